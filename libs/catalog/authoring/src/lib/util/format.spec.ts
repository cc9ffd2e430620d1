import { formatTime, slugify } from './format';

describe('authoring formats', () => {
  it('proposes an address without accents, spaces or punctuation', () => {
    expect(slugify('  Ouvrir ses données : l’open data ! ')).toBe('ouvrir-ses-donnees-l-open-data');
    expect(slugify('Élu·e·s & Citoyen·ne·s')).toBe('elu-e-s-citoyen-ne-s');
  });

  it('says the time of the last save in Paris time, hours and minutes', () => {
    expect(formatTime(new Date('2026-11-27T13:02:40Z'), 'fr')).toBe('14:02');
  });
});
