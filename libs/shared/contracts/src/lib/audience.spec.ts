import { isAudience, isTheme } from './audience';

describe('audience and theme guards', () => {
  it.each(['elu', 'agent', 'mediateur', 'citoyen'])('accepts the audience %s', (code) => {
    expect(isAudience(code)).toBe(true);
  });

  it.each(['Elu', 'élu', 'admin', '', null, 3, undefined])('refuses %p as an audience', (value) => {
    expect(isAudience(value)).toBe(false);
  });

  it('knows the three themes and nothing else', () => {
    expect(['performance', 'innovation', 'democratie'].every(isTheme)).toBe(true);
    expect(isTheme('démocratie')).toBe(false);
  });
});
