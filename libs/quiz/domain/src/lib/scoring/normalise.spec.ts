import { normaliseAnswerText, parseLearnerNumber } from './normalise';

describe('normaliseAnswerText', () => {
  it.each([
    ['« l’État »', "l'etat"],
    ['  L’ETAT ', "l'etat"],
    ['l\u2018État', "l'etat"],
    ['Ça   va\u00a0\u202fbien', 'ca va bien'],
    ['“Cœur” ', 'coeur'],
    ['Lætitia', 'laetitia'],
    ['Straße', 'strasse'],
    ['Saint\u2011Étienne', 'saint-etienne'],
    ['l´État', "l'etat"],
    ['\tRéseau\n social ', 'reseau social'],
  ])('%p → %p', (input, expected) => {
    expect(normaliseAnswerText(input)).toBe(expected);
  });

  it('keeps meaningful punctuation: a hyphen is not a space', () => {
    expect(normaliseAnswerText('Saint-Étienne')).not.toBe(normaliseAnswerText('saint etienne'));
  });

  it('keeps letters that are not accents of one another apart', () => {
    expect(normaliseAnswerText('pâte')).toBe(normaliseAnswerText('pate'));
    expect(normaliseAnswerText('pâte')).not.toBe(normaliseAnswerText('patte'));
  });
});

describe('parseLearnerNumber', () => {
  it.each([
    [12.5, 12.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    [' -3 ', -3],
    ['\u22123,5', -3.5],
    ['+7', 7],
    [',5', 0.5],
    ['4,', 4],
    ['1,234', 1.234],
    [0, 0],
  ])('%p → %p', (input, expected) => {
    expect(parseLearnerNumber(input)).toBe(expected);
  });

  it.each(['', 'abc', '12 €', '1.234,5', '1,2,3', '1e3', '--1', '.', Infinity, NaN, '0x10'])('refuses %p', (input) => {
    expect(parseLearnerNumber(input)).toBeNull();
  });
});
