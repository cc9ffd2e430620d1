import { SLUG_MAX_LENGTH, isSlug, slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Protection des données', 'protection-des-donnees'],
    ['L’État & vous', 'l-etat-et-vous'],
    ["L'État & vous", 'l-etat-et-vous'],
    ['Œuvres, cœur et ÆSOP', 'oeuvres-coeur-et-aesop'],
    ['Ça déménage à Noël : où, quand ?', 'ca-demenage-a-noel-ou-quand'],
    ['  --Données   ouvertes--  ', 'donnees-ouvertes'],
    ['RGPD 2016/679', 'rgpd-2016-679'],
    ['Straße', 'strasse'],
    ['ﬁchier', 'fichier'],
    ['«\u00A0Démocratie\u202Fnumérique\u00A0»', 'democratie-numerique'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('!!! — ???')).toBe('');
    expect(slugify('数据')).toBe('');
  });

  it('keeps at most 80 characters, cut at a word boundary', () => {
    const title = 'Les données publiques au service de la transparence et de la participation des habitants de la commune';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('les-donnees-publiques-au-service-de-la-transparence-et-de-la-participation-des');
    expect(isSlug(slug)).toBe(true);
  });

  it('cuts a single word longer than the limit at the limit', () => {
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
    expect(slugify(`${'b'.repeat(79)} cd`)).toBe('b'.repeat(79));
  });

  it('is idempotent', () => {
    for (const title of ['Protection des données', 'L’État & vous', 'x'.repeat(120)]) {
      expect(slugify(slugify(title))).toBe(slugify(title));
    }
  });
});

describe('isSlug', () => {
  it.each(['a', 'donnees-ouvertes', 'm2', '2024-bilan'])('accepts %s', (slug) => expect(isSlug(slug)).toBe(true));
  it.each(['', 'Donnees', 'données', 'a--b', '-a', 'a-', 'a_b', 'a b', 'a'.repeat(81)])('refuses %j', (slug) => expect(isSlug(slug)).toBe(false));
});
