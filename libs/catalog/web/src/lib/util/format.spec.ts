import { durationPhrase, fold, formatFrenchNumber, hostOf, kilobytes, mediaTypeKey, nameFromSlug } from './format';

describe('format', () => {
  it('formats numbers the French way: narrow no-break space for thousands, comma for decimals', () => {
    expect(formatFrenchNumber(1200)).toBe('1\u202f200');
    expect(formatFrenchNumber(12345.5)).toBe('12\u202f345,5');
    expect(formatFrenchNumber(-3.25)).toBe('-3,25');
    expect(formatFrenchNumber(4)).toBe('4');
  });

  it('says durations in hours and minutes', () => {
    expect(durationPhrase(45)).toEqual({ key: 'catalog.duration.minutes', params: { minutes: 45 } });
    expect(durationPhrase(180)).toEqual({ key: 'catalog.duration.hours', params: { hours: 3 } });
    expect(durationPhrase(140)).toEqual({ key: 'catalog.duration.hoursMinutes', params: { hours: 2, minutes: 20 } });
  });

  it('gives file sizes in whole kilobytes, at least 1', () => {
    expect(kilobytes(442, 'fr')).toBe('1');
    expect(kilobytes(2048, 'fr')).toBe('2');
    expect(kilobytes(1_534_000, 'fr')).toBe('1\u202f534');
    expect(kilobytes(1_534_000, 'en')).toBe('1,534');
  });

  it('names media types plainly', () => {
    expect(mediaTypeKey('text/csv')).toBe('catalog.mediaTypes.csv');
    expect(mediaTypeKey('text/markdown; charset=utf-8')).toBe('catalog.mediaTypes.text');
    expect(mediaTypeKey('application/pdf')).toBe('catalog.mediaTypes.pdf');
    expect(mediaTypeKey('application/zip')).toBe('catalog.mediaTypes.other');
  });

  it('reads a slug as a name, a URL as its host, and folds accents', () => {
    expect(nameFromSlug('atelier-citoyens-tuba-lyon')).toBe('Atelier citoyens tuba lyon');
    expect(hostOf('https://www.etalab.gouv.fr/licence')).toBe('etalab.gouv.fr');
    expect(hostOf('not a url')).toBe('not a url');
    expect(fold('Données  Élu·e')).toBe('donnees elue'); // the point médian is a diacritic too
  });
});
