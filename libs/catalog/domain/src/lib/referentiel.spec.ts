import { validateReferentiel } from './referentiel';

const valid = {
  format: 'culture-d/referentiel@1',
  domains: [{ code: 'C1', title: 'Comprendre', description: 'Les enjeux.', competencies: [{ code: 'C1.1', title: 'Situer', description: 'Situer les données.' }] }],
};

describe('validateReferentiel', () => {
  it('accepts a well-formed référentiel', () => {
    expect(validateReferentiel(valid)).toEqual({ ok: true, document: valid });
  });

  it('reports duplicates, bad codes, empty texts and unknown fields with their paths', () => {
    const result = validateReferentiel({
      format: 'culture-d/referentiel@1',
      domains: [
        { code: 'C1', title: '', description: 'x', competencies: [{ code: 'C1', title: 't', description: 'd', extra: 1 }] },
        { code: 'pas un code', title: 't', description: 'd', competencies: [] },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual(['/domains/0/title', '/domains/0/competencies/0/extra', '/domains/0/competencies/0/code', '/domains/1/code']);
    }
  });

  it('refuses an empty list and a wrong format', () => {
    const result = validateReferentiel({ format: 'autre', domains: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['/format', '/domains']);
  });
});
