import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'libs', 'quiz', 'domain', 'src', 'lib', 'gift', 'fixtures');

/** The question bank: authors write, find, change and delete questions, and move them in and out as Moodle GIFT. */
describe('question bank', () => {
  let t: TestApp;
  let db: DataSource;
  let author: string;
  let learner: string;
  let counter = 0;

  async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: unknown, contentType = 'application/json') {
    const res = await t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(payload !== undefined ? { 'content-type': contentType } : {}) },
      payload: payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    let body: any = res.body; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON or text, read by the tests
    try {
      body = JSON.parse(res.body);
    } catch {
      // text
    }
    return { status: res.statusCode, body, headers: res.headers, text: res.body };
  }

  async function person(roles?: string[]): Promise<string> {
    counter += 1;
    const email = `banque-${counter}-${randomUUID()}@exemple.fr`;
    const res = await call('POST', '/api/auth/register', undefined, { email, password: 'une longue phrase de passe', displayName: `Personne ${counter}`, audience: 'agent' });
    expect(res.status).toBe(201);
    if (roles) await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [res.body.id, roles]);
    return String(res.headers['set-cookie']).split(';')[0];
  }

  const question = (key: string, overrides: Record<string, unknown> = {}) => ({
    key,
    type: 'single_choice',
    stem: 'Quelle autorité protège les données personnelles ?',
    explanation: 'La CNIL.',
    competencies: ['D1.1'],
    choices: [
      { text: 'CNIL', correct: true },
      { text: 'INSEE', correct: false },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    author = await person(['learner', 'author']);
    learner = await person();
  });
  afterAll(() => t.close());

  it('creates, lists with filters, changes and deletes questions', async () => {
    const created = await call('POST', '/api/authoring/questions', author, { question: question('q-cnil'), category: 'RGPD' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'q-cnil', type: 'single_choice', category: 'RGPD', competencies: ['D1.1'], difficulty: 'moyen', question: { key: 'q-cnil' } });
    await call('POST', '/api/authoring/questions', author, {
      question: { ...question('q-vrai'), type: 'true_false', choices: undefined, answer: true, competencies: ['D2.1'], stem: 'Les données ouvertes sont réutilisables.' },
    });

    expect((await call('GET', '/api/authoring/questions?competency=D1.1', author)).body).toMatchObject({ total: 1, items: [{ key: 'q-cnil' }] });
    expect((await call('GET', '/api/authoring/questions?type=true_false', author)).body).toMatchObject({ total: 1, items: [{ key: 'q-vrai' }] });
    expect((await call('GET', '/api/authoring/questions?q=DONNEES ouvertes', author)).body).toMatchObject({ total: 1, items: [{ key: 'q-vrai' }] });
    expect((await call('GET', '/api/authoring/questions?q=100%25', author)).body.total).toBe(0);
    const page = await call('GET', '/api/authoring/questions?limit=1&offset=1', author);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '/api/authoring/questions?type=essay', author)).status).toBe(400);

    const changed = await call('PATCH', `/api/authoring/questions/${created.body.id}`, author, { question: question('q-cnil', { difficulty: 'facile', competencies: ['D1.2'] }) });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ difficulty: 'facile', competencies: ['D1.2'], category: 'RGPD' });
    expect((await call('GET', `/api/authoring/questions/${created.body.id}`, author)).body.difficulty).toBe('facile');

    expect((await call('DELETE', `/api/authoring/questions/${created.body.id}`, author)).status).toBe(204);
    expect((await call('DELETE', `/api/authoring/questions/${created.body.id}`, author)).status).toBe(404);
    expect((await call('PATCH', `/api/authoring/questions/${created.body.id}`, author, { question: question('q-cnil') })).body.code).toBe('QUESTION_NOT_FOUND');
  });

  it('refuses an invalid question with every error and its path, and dataset questions', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM question`))[0].n;
    const bad = await call('POST', '/api/authoring/questions', author, {
      question: question('Pas une clé', {
        choices: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('QUESTION_INVALID');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['/choices', '/key']);
    const shape = await call('POST', '/api/authoring/questions', author, { question: { type: 'single_choice' } });
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['/choices', '/key', '/stem']));
    const dataset = await call('POST', '/api/authoring/questions', author, {
      question: {
        key: 'q-ds',
        type: 'dataset',
        stem: 'Combien ?',
        explanation: '',
        competencies: [],
        dataset: 'budget',
        answer: { kind: 'numeric', answers: [{ value: 1, credit: 100 }] },
      },
    });
    expect(dataset.status).toBe(400);
    expect(dataset.body.errors).toEqual([{ field: '/type', message: expect.stringContaining('dataset') }]);
    expect((await call('POST', '/api/authoring/questions', author, { question: question('q-x'), extra: 1 })).status).toBe(400);
    expect((await db.query(`SELECT count(*)::int AS n FROM question`))[0].n).toBe(before);
  });

  it('is for authors only', async () => {
    expect((await call('GET', '/api/authoring/questions', learner)).status).toBe(403);
    expect((await call('POST', '/api/authoring/questions/import?format=gift', learner, '::a::b{T}', 'text/plain')).status).toBe(403);
    expect((await call('GET', '/api/authoring/questions')).status).toBe(401);
  });

  it('imports a GIFT file of every type, and exports GIFT that reads back to the same questions', async () => {
    const text = readFileSync(join(FIXTURES, 'all-types.gift'), 'utf8');
    const res = await call('POST', '/api/authoring/questions/import?format=gift', author, text, 'text/plain; charset=utf-8');
    expect(res.status).toBe(201);
    expect(res.body.errors).toEqual([]);
    expect(res.body.imported).toBeGreaterThanOrEqual(20);
    expect(new Set(res.body.questions.map((q: { type: string }) => q.type))).toEqual(
      new Set(['single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric', 'matching', 'cloze']),
    );
    expect(res.body.questions[0].category).toContain('Culture D');

    const ids = res.body.questions.map((q: { id: string }) => q.id);
    const exported = await call('GET', `/api/authoring/questions/export?format=gift&ids=${ids.join(',')}`, author);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/plain/);
    const again = await call('POST', '/api/authoring/questions/import?format=gift', author, exported.text, 'text/plain');
    expect(again.status).toBe(201);
    expect(again.body.imported).toBe(res.body.imported);
    const strip = (q: { question: Record<string, unknown> }) => ({ ...q.question, competencies: [], difficulty: undefined, points: undefined });
    const byKey = (a: { key: unknown }, b: { key: unknown }) => String(a.key).localeCompare(String(b.key));
    expect(again.body.questions.map(strip).sort(byKey)).toEqual(res.body.questions.map(strip).sort(byKey));
  });

  it('lists what GIFT cannot express as comments at the top of an export', async () => {
    const ordering = await call('POST', '/api/authoring/questions', author, {
      question: { ...question('q-ordre'), type: 'ordering', choices: undefined, items: ['Collecter', 'Partager'] },
    });
    const single = await call('POST', '/api/authoring/questions', author, { question: question('q-simple') });
    const exported = await call('GET', `/api/authoring/questions/export?format=gift&ids=${ordering.body.id},${single.body.id}`, author);
    expect(exported.text.split('\n')[0]).toMatch(/^\/\/ skipped q-ordre: /);
    expect(exported.text).toContain('::q-simple::');
    expect((await call('GET', '/api/authoring/questions/export?format=gift&ids=nope', author)).status).toBe(400);
    expect((await call('GET', '/api/authoring/questions/export?format=qti', author)).status).toBe(400);
  });

  it('imports nothing from a broken file and names each error’s line, unless asked to skip the bad questions', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM question`))[0].n;
    const text = readFileSync(join(FIXTURES, 'broken.gift'), 'utf8');
    const refused = await call('POST', '/api/authoring/questions/import?format=gift', author, text, 'text/plain');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('GIFT_INVALID');
    expect(refused.body.errors.length).toBeGreaterThanOrEqual(3);
    for (const error of refused.body.errors) {
      expect(error).toEqual({ field: `line ${error.line}`, line: expect.any(Number), code: expect.any(String), params: expect.any(Object), message: expect.any(String) });
    }
    expect(refused.body.errors.find((e: { line: number }) => e.line === 21)).toMatchObject({ code: 'WEIGHTS_SUM', params: { sum: 80 } });
    expect((await db.query(`SELECT count(*)::int AS n FROM question`))[0].n).toBe(before);

    const skipped = await call('POST', '/api/authoring/questions/import?format=gift&skipInvalid=true', author, text, 'text/plain');
    expect(skipped.status).toBe(201);
    expect(skipped.body.imported).toBeGreaterThanOrEqual(2);
    expect(skipped.body.errors).toEqual(refused.body.errors.map(({ line, code, params, message }: Record<string, unknown>) => ({ line, code, params, message })));
    expect((await db.query(`SELECT count(*)::int AS n FROM question`))[0].n).toBe(before + skipped.body.imported);
  });

  it('names a question GIFT can express but the question rules refuse as QUESTION_INVALID, with its field', async () => {
    const text = `::Bonne::Q ?{T}\n\n::Trop longue::Sigle ?{=${'a'.repeat(501)}}`;
    const skipped = await call('POST', '/api/authoring/questions/import?format=gift&skipInvalid=true', author, text, 'text/plain');
    expect(skipped.status).toBe(201);
    expect(skipped.body.imported).toBe(1);
    expect(skipped.body.errors).toEqual([{ line: 3, code: 'QUESTION_INVALID', params: { field: 'answers/0/text' }, message: expect.stringMatching(/^answers\/0\/text: /) }]);
  });

  it('reads plain text on the import route only, up to 2 MB', async () => {
    expect((await call('POST', '/api/authoring/questions/import?format=gift', author, { text: '::a::b{T}' })).status).toBe(415);
    expect((await call('POST', '/api/authoring/parcours/import', author, 'hello', 'text/plain')).status).toBe(415);
    expect((await call('POST', '/api/authoring/questions/import?format=xml', author, '::a::b{T}', 'text/plain')).status).toBe(400);
    const huge = `::a::${'x'.repeat(2 * 1024 * 1024)}{T}`;
    expect((await call('POST', '/api/authoring/questions/import?format=gift', author, huge, 'text/plain')).status).toBe(413);
  });
});
