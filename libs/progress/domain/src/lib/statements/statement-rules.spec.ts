import { ADL_VERB_PREFIX, canonicalJson, canonicalStatementBody, validateStatementBatch, validateStatements } from './statement-rules';

const ID = '5f0c6a3e-8d2b-4c1a-9e7f-0a1b2c3d4e5f';

function statement(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    verb: { id: `${ADL_VERB_PREFIX}completed`, display: { 'fr-FR': 'a terminé' } },
    object: { id: 'https://culture-d.fr/activites/lire-un-graphique', objectType: 'Activity', definition: { name: { 'fr-FR': 'Lire un graphique' } } },
    result: { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, success: true, completion: true, duration: 'PT4M30S' },
    timestamp: '2026-11-27T11:00:00+01:00',
    ...overrides,
  };
}

const fields = (input: unknown) => validateStatements(input).errors.map((e) => e.field);

describe('statement validation', () => {
  it('accepts an xAPI statement and normalises it (lower-case id, UTC timestamp, display left out of the body)', () => {
    const { statements, errors } = validateStatements([statement({ id: ID.toUpperCase() })]);
    expect(errors).toEqual([]);
    expect(statements).toEqual([
      {
        id: ID,
        verb: 'completed',
        object: { id: 'https://culture-d.fr/activites/lire-un-graphique', objectType: 'Activity', definition: { name: { 'fr-FR': 'Lire un graphique' } } },
        result: { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, success: true, completion: true, duration: 'PT4M30S' },
        context: null,
        timestamp: '2026-11-27T10:00:00.000Z',
      },
    ]);
  });

  it('accepts each ADL verb of the product, an activity id as object, no result and no timestamp', () => {
    for (const verb of ['experienced', 'attempted', 'answered', 'completed', 'passed', 'failed', 'registered', 'attended']) {
      const { statements, errors } = validateStatements([{ id: ID, verb: { id: ADL_VERB_PREFIX + verb }, object: { id: '0b7e2c64-3f7d-4e8a-9a55-2f4c1d0e9b11' } }]);
      expect(errors).toEqual([]);
      expect(statements[0]).toMatchObject({ verb, result: null, timestamp: null });
    }
  });

  it('names the faulty field by its index in the batch, and refuses the whole batch', () => {
    const batch = [statement(), statement(), statement(), statement({ verb: { id: `${ADL_VERB_PREFIX}liked` } })];
    const result = validateStatements(batch);
    expect(result.statements).toEqual([]);
    expect(result.errors).toEqual([{ field: 'statements[3].verb.id', message: expect.stringContaining('http://adlnet.gov/expapi/verbs/completed') }]);
  });

  it('refuses an actor, an authority or a stored time: the server sets them', () => {
    expect(fields([statement({ actor: { mbox: 'mailto:autre@exemple.fr' }, authority: {}, stored: '2026-01-01T00:00:00Z' })])).toEqual([
      'statements[0].actor',
      'statements[0].authority',
      'statements[0].stored',
    ]);
  });

  it('checks the id, the verb, the object, the result and the timestamp', () => {
    expect(fields([statement({ id: 'pas-un-uuid' })])).toEqual(['statements[0].id']);
    expect(fields([statement({ id: undefined })])).toEqual(['statements[0].id']);
    expect(fields([statement({ verb: 'completed' })])).toEqual(['statements[0].verb']);
    expect(fields([statement({ verb: { id: 'http://example.com/verbs/completed' } })])).toEqual(['statements[0].verb.id']);
    expect(fields([statement({ object: { id: 'pas une IRI' } })])).toEqual(['statements[0].object.id']);
    expect(fields([statement({ object: { id: 'https://x.fr/a', objectType: 'Agent' } })])).toEqual(['statements[0].object.objectType']);
    expect(fields([statement({ result: { score: { scaled: 1.5 } } })])).toEqual(['statements[0].result.score.scaled']);
    expect(fields([statement({ result: { score: { scaled: -1 } } })])).toEqual([]);
    expect(fields([statement({ result: { score: { raw: 12, min: 0, max: 10 } } })])).toEqual(['statements[0].result.score.raw']);
    expect(fields([statement({ result: { score: { min: 10, max: 0 } } })])).toEqual(['statements[0].result.score.min']);
    expect(fields([statement({ result: { success: 'oui' } })])).toEqual(['statements[0].result.success']);
    expect(fields([statement({ result: { duration: '4 minutes' } })])).toEqual(['statements[0].result.duration']);
    expect(fields([statement({ result: { duration: 'P' } })])).toEqual(['statements[0].result.duration']);
    expect(fields([statement({ result: { duration: 'P1DT2H3M4.5S' } })])).toEqual([]);
    expect(fields([statement({ timestamp: '27/11/2026' })])).toEqual(['statements[0].timestamp']);
    expect(fields([statement({ timestamp: '2026-11-27T10:00:00' })])).toEqual(['statements[0].timestamp']);
    expect(fields([statement({ timestamp: '2026-02-30T10:00:00Z' })])).toEqual(['statements[0].timestamp']);
    expect(fields([statement({ timestamp: '2028-02-29T10:00:00.123456Z' })])).toEqual([]);
    expect(fields([statement({ context: [] })])).toEqual(['statements[0].context']);
    expect(fields([statement({ attachments: [] })])).toEqual(['statements[0].attachments']);
    expect(fields(['texte'])).toEqual(['statements[0]']);
    expect(fields([statement({ result: { response: 'a\u0000b' } })])).toEqual(['statements[0]']);
  });

  it('bounds the batch (1 to 100 statements) and the size of one statement', () => {
    expect(fields([])).toEqual(['statements']);
    expect(fields({})).toEqual(['statements']);
    expect(fields(Array.from({ length: 100 }, () => statement()))).toEqual([]);
    expect(fields(Array.from({ length: 101 }, () => statement()))).toEqual(['statements']);
    expect(fields([statement({ context: { extensions: { 'https://x.fr/notes': 'x'.repeat(17_000) } } })])).toEqual(['statements[0]']);
  });

  it('takes a body with statements and nothing else', () => {
    expect(validateStatementBatch({ statements: [statement()] }).errors).toEqual([]);
    expect(validateStatementBatch({ statements: [statement()], actor: {} }).errors.map((e) => e.field)).toEqual(['actor']);
    expect(validateStatementBatch([statement()]).errors.map((e) => e.field)).toEqual(['statements']);
    expect(validateStatementBatch(null).errors.map((e) => e.field)).toEqual(['statements']);
    expect(validateStatementBatch({}).errors.map((e) => e.field)).toEqual(['statements']);
  });

  it('reports at most 50 faults', () => {
    expect(fields(Array.from({ length: 100 }, () => ({})))).toHaveLength(50);
  });
});

describe('canonical body', () => {
  it('does not depend on the order of properties nor on the verb’s display', () => {
    const a = validateStatements([statement()]).statements[0];
    const b = validateStatements([
      {
        timestamp: '2026-11-27T10:00:00Z',
        result: { duration: 'PT4M30S', completion: true, success: true, score: { max: 10, min: 0, raw: 8, scaled: 0.8 } },
        object: { definition: { name: { 'fr-FR': 'Lire un graphique' } }, objectType: 'Activity', id: 'https://culture-d.fr/activites/lire-un-graphique' },
        verb: { id: `${ADL_VERB_PREFIX}completed` },
        id: ID,
      },
    ]).statements[0];
    expect(canonicalStatementBody(a)).toBe(canonicalStatementBody(b));
  });

  it('changes with any meaningful difference', () => {
    const base = canonicalStatementBody(validateStatements([statement()]).statements[0]);
    expect(canonicalStatementBody(validateStatements([statement({ result: { success: false } })]).statements[0])).not.toBe(base);
    expect(canonicalStatementBody(validateStatements([statement({ timestamp: '2026-11-27T11:00:01+01:00' })]).statements[0])).not.toBe(base);
    expect(canonicalStatementBody(validateStatements([statement({ verb: { id: `${ADL_VERB_PREFIX}passed` } })]).statements[0])).not.toBe(base);
  });

  it('sorts keys at every level, arrays keep their order', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }, 3], a: 'x', u: undefined })).toBe('{"a":"x","b":[{"c":2,"d":1},3]}');
  });
});
