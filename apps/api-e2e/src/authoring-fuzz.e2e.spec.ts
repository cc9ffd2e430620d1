import { exampleParcoursDocument } from '@culture-d/catalog/contracts';
import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import fc from 'fast-check';
import { Client as Pg } from 'pg';
import { Client, newPerson } from './support/client';
import { freePort, startServer, type RunningServer } from './support/server';

const ADMIN = { email: 'admin-fuzz@culture-d.test', password: 'la gouvernance des données locales' };

/** Tables that any signed-in request may touch (session activity, throttling, audit, pg-boss): not compared. */
const VOLATILE = new Set(['session', 'throttle_counter', 'audit_event', 'user_account', 'migrations', 'typeorm_metadata']);

/**
 * The authors' write routes (parcours, modules, activities, orders, question bank, workshops) and the learners'
 * statements get random bodies: each answer is a success or a 4xx problem with a code, never a 500, and after a 4xx
 * no table has changed.
 */
describe('authoring write routes under random bodies: never a 500, nothing written on 4xx', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let pg: Pg;
  let author: Client;
  let learner: Client;
  let tables: string[];
  const ids: Record<string, string> = {};
  let revision = 0;

  async function signedIn(roles?: string[]): Promise<Client> {
    const person = newPerson();
    const client = new Client(server.baseUrl);
    const created = await client.post('/api/auth/register', person);
    expect(created.status).toBe(201);
    if (roles) {
      await pg.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [created.body.id, roles]);
      expect((await client.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);
    }
    return client;
  }

  /** Every row of every non-volatile table of the public schema, hashed. */
  async function snapshot(): Promise<string> {
    const parts = tables.map((table) => `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "${table}" t)`);
    return (await pg.query(`SELECT concat_ws('|', ${parts.join(', ')}) AS hash`)).rows[0].hash;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    server = await startServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      TRUST_PROXY: 'true',
      LOAD_STARTER_CONTENT: 'false',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    pg = new Pg({ connectionString: database.url });
    await pg.connect();
    const { rows } = await pg.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    tables = rows.map((row) => row.tablename as string).filter((table) => !VOLATILE.has(table));
    author = await signedIn(['learner', 'author']);
    learner = await signedIn();

    const draft = await author.post('/api/authoring/parcours/import', exampleParcoursDocument({ slug: 'fuzz', title: 'Parcours à secouer', modules: 2 }));
    expect(draft.status).toBe(201);
    ids.parcours = draft.body.id;
    const loaded = await author.get(`/api/authoring/parcours/${ids.parcours}`);
    revision = loaded.body.revision;
    ids.module = Object.values<string>(loaded.body.ids.modules)[0];
    ids.activity = Object.values<string>(loaded.body.ids.activities)[0];
    const question = await author.post('/api/authoring/questions', {
      question: {
        key: 'fuzz-q',
        type: 'true_false',
        stem: 'Une donnée publique peut-elle être réutilisée ?',
        answer: true,
        explanation: 'Oui, sauf exceptions.',
        competencies: [],
      },
    });
    expect(question.status).toBe(201);
    ids.question = question.body.id;
  });
  afterAll(async () => {
    await pg?.end();
    await server?.stop();
    await database?.drop();
  });

  const anything = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue());
  const bodies = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        revision: fc.oneof(fc.integer(), anything),
        document: anything,
        title: anything,
        summary: anything,
        objectives: anything,
        minutes: anything,
        competencies: anything,
        prerequisites: fc.oneof(fc.array(fc.string()), anything),
        ids: fc.oneof(fc.array(fc.string()), anything),
        activity: fc.oneof(
          fc.record({ type: fc.constantFrom('lesson', 'quiz', 'workshop', 'video'), key: fc.string(), title: anything, blocks: anything }, { requiredKeys: [] }),
          anything,
        ),
        question: fc.oneof(fc.record({ type: fc.string(), key: fc.string(), stem: anything, choices: anything }, { requiredKeys: [] }), anything),
        category: anything,
        capacity: anything,
        startsAt: anything,
        endsAt: anything,
        statements: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), anything),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
    fc.string().map((s) => `{"revision": ${s}`), // broken JSON
  );

  const targets = [
    { name: 'POST /api/authoring/parcours', method: 'POST', path: () => '/api/authoring/parcours', as: () => author },
    { name: 'POST /api/authoring/parcours/import', method: 'POST', path: () => '/api/authoring/parcours/import', as: () => author },
    { name: 'PATCH /api/authoring/parcours/:id', method: 'PATCH', path: () => `/api/authoring/parcours/${ids.parcours}`, as: () => author },
    { name: 'POST /api/authoring/parcours/:id/modules', method: 'POST', path: () => `/api/authoring/parcours/${ids.parcours}/modules`, as: () => author },
    { name: 'PATCH /api/authoring/modules/:id', method: 'PATCH', path: () => `/api/authoring/modules/${ids.module}`, as: () => author },
    { name: 'PUT /api/authoring/parcours/:id/module-order', method: 'PUT', path: () => `/api/authoring/parcours/${ids.parcours}/module-order`, as: () => author },
    { name: 'PUT /api/authoring/modules/:id/activity-order', method: 'PUT', path: () => `/api/authoring/modules/${ids.module}/activity-order`, as: () => author },
    { name: 'POST /api/authoring/modules/:id/activities', method: 'POST', path: () => `/api/authoring/modules/${ids.module}/activities`, as: () => author },
    { name: 'PATCH /api/authoring/activities/:id', method: 'PATCH', path: () => `/api/authoring/activities/${ids.activity}`, as: () => author },
    { name: 'POST /api/authoring/questions', method: 'POST', path: () => '/api/authoring/questions', as: () => author },
    { name: 'PATCH /api/authoring/questions/:id', method: 'PATCH', path: () => `/api/authoring/questions/${ids.question}`, as: () => author },
    { name: 'POST /api/authoring/workshops', method: 'POST', path: () => '/api/authoring/workshops', as: () => author },
    { name: 'POST /api/statements', method: 'POST', path: () => '/api/statements', as: () => learner },
  ];

  it.each(targets)('$name', async ({ method, path, as }) => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const payload = typeof body === 'string' && body.startsWith('{"revision"') ? body : JSON.stringify(body);
        const before = await snapshot();
        const res = await as().request(method, path(), payload);
        expect(res.status).toBeLessThan(500);
        if (res.status < 300) return; // a random body that happens to be valid (an empty edit, a valid statement…)
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(typeof res.body.code).toBe('string');
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 30, seed: 20261127 },
    );
  });

  it('keeps the draft it shook intact and editable at its revision', async () => {
    const loaded = await author.get(`/api/authoring/parcours/${ids.parcours}`);
    expect(loaded.status).toBe(200);
    expect(loaded.body.revision).toBe(revision);
  });
});
