import { checkGroupName, distinctSlugs, GROUP_NAME_MAX, JOIN_THROTTLE } from './group-rules';

describe('group rules', () => {
  it('trims names and collapses inner whitespace', () => {
    expect(checkGroupName('  Atelier   du mardi \n')).toEqual({
      ok: true,
      name: 'Atelier du mardi',
    });
  });

  it('refuses empty, too long or control-character names', () => {
    expect(checkGroupName('   ')).toEqual({
      ok: false,
      message: 'name must not be empty',
    });
    expect(checkGroupName('a'.repeat(GROUP_NAME_MAX))).toEqual({
      ok: true,
      name: 'a'.repeat(GROUP_NAME_MAX),
    });
    expect(checkGroupName('a'.repeat(GROUP_NAME_MAX + 1)).ok).toBe(false);
    expect(checkGroupName('Groupe\u0000A').ok).toBe(false);
    expect(checkGroupName('Groupe\u007fA').ok).toBe(false);
  });

  it('keeps each assigned parcours once, in order', () => {
    expect(distinctSlugs(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });

  it('lets a whole room behind one address join, not a guesser', () => {
    expect(JOIN_THROTTLE.perAddress.limit).toBeGreaterThanOrEqual(60);
    expect(JOIN_THROTTLE.perPerson.limit).toBeLessThanOrEqual(10);
  });
});
