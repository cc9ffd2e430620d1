import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import fc from 'fast-check';
import { Client as Pg } from 'pg';
import { Client, newPerson } from './support/client';
import { freePort, startServer, type RunningServer } from './support/server';

const ADMIN = { email: 'admin-matrix@culture-d.test', password: 'la gouvernance des données locales' };
const SOME_ID = '00000000-0000-4000-8000-000000000000';

type Rule = 'public' | 'signed-in' | 'facilitator' | 'author' | 'admin';
/**
 * Every route of the API with who may call it. The first test fails when the OpenAPI description has a route that is
 * missing here, so a new route cannot ship without its row.
 */
const MATRIX: { method: string; path: string; rule: Rule; body?: unknown; route?: string }[] = [
  { method: 'GET', path: '/api/health', rule: 'public' },
  { method: 'GET', path: '/api/health/ready', rule: 'public' },
  { method: 'POST', path: '/api/auth/register', rule: 'public', body: {} },
  { method: 'POST', path: '/api/auth/login', rule: 'public', body: {} },
  { method: 'POST', path: '/api/auth/password/forgot', rule: 'public', body: {} },
  { method: 'POST', path: '/api/auth/password/reset', rule: 'public', body: {} },
  { method: 'POST', path: '/api/auth/logout', rule: 'signed-in' },
  { method: 'GET', path: '/api/auth/me', rule: 'signed-in' },
  { method: 'GET', path: '/api/auth/session', rule: 'public' },
  { method: 'PATCH', path: '/api/me', rule: 'signed-in', body: {} },
  { method: 'DELETE', path: '/api/me', rule: 'signed-in', body: {} },
  { method: 'POST', path: '/api/me/password', rule: 'signed-in', body: {} },
  { method: 'GET', path: '/api/me/sessions', rule: 'signed-in' },
  { method: 'DELETE', path: '/api/me/sessions', rule: 'signed-in' },
  { method: 'GET', path: '/api/me/export', rule: 'signed-in' },
  { method: 'GET', path: '/api/admin/users', rule: 'admin' },
  { method: 'GET', path: `/api/admin/users/${SOME_ID}`, rule: 'admin' },
  { method: 'PATCH', path: `/api/admin/users/${SOME_ID}`, rule: 'admin', body: { roles: ['learner'] } },
  { method: 'PATCH', path: `/api/admin/users/${SOME_ID}`, rule: 'admin', body: { active: false } },
  { method: 'GET', path: '/api/admin/audit', rule: 'admin' },
  { method: 'PUT', path: '/api/admin/referentiel', rule: 'admin', body: { format: 'culture-d/referentiel@1', domains: [] } },
  { method: 'GET', path: '/api/audiences', rule: 'public' },
  { method: 'GET', path: '/api/workshops', rule: 'public' },
  { method: 'GET', path: '/api/workshops/feed.ics', rule: 'public' },
  { method: 'GET', path: `/api/workshops/${SOME_ID}/ics`, rule: 'public' },
  { method: 'GET', path: `/api/workshops/${SOME_ID}`, rule: 'public' },
  { method: 'POST', path: `/api/workshops/${SOME_ID}/registrations`, rule: 'public', body: {} },
  { method: 'DELETE', path: `/api/workshops/${SOME_ID}/registrations/mine`, rule: 'signed-in' },
  { method: 'POST', path: '/api/registrations/cancel', rule: 'public', body: {} },
  { method: 'GET', path: '/api/me/registrations', rule: 'signed-in' },
  { method: 'GET', path: '/api/authoring/workshops', rule: 'author' },
  { method: 'POST', path: '/api/authoring/workshops', rule: 'author', body: {} },
  { method: 'GET', path: `/api/authoring/workshops/${SOME_ID}`, rule: 'author' },
  { method: 'PATCH', path: `/api/authoring/workshops/${SOME_ID}`, rule: 'author', body: {} },
  { method: 'DELETE', path: `/api/authoring/workshops/${SOME_ID}`, rule: 'author' },
  { method: 'POST', path: `/api/authoring/workshops/${SOME_ID}/cancel`, rule: 'author' },
  { method: 'GET', path: `/api/workshops/${SOME_ID}/registrations`, rule: 'author' },
  { method: 'PATCH', path: `/api/registrations/${SOME_ID}`, rule: 'author', body: { attendance: 'attended' } },
  { method: 'GET', path: `/api/workshops/${SOME_ID}/survey`, rule: 'signed-in' },
  { method: 'POST', path: `/api/workshops/${SOME_ID}/survey/responses`, rule: 'signed-in', body: { answers: {} } },
  { method: 'GET', path: `/api/workshops/${SOME_ID}/survey/results`, rule: 'author' },
  { method: 'PUT', path: `/api/workshops/${SOME_ID}/attendance`, rule: 'author', body: { attendance: 'attended', registrationIds: [SOME_ID] } },
  { method: 'GET', path: '/api/me/certificates', rule: 'signed-in' },
  { method: 'GET', path: `/api/me/certificates/${SOME_ID}/pdf`, rule: 'signed-in' },
  { method: 'GET', path: '/api/certificates/CD-0000-0000-0000-0000-0000', rule: 'public', route: '/api/certificates/:id' },
  { method: 'POST', path: '/api/statements', rule: 'signed-in', body: { statements: [] } },
  { method: 'GET', path: '/api/me/statements', rule: 'signed-in' },
  { method: 'POST', path: `/api/quizzes/${SOME_ID}/attempts`, rule: 'signed-in' },
  { method: 'GET', path: `/api/quizzes/${SOME_ID}/attempts`, rule: 'signed-in' },
  { method: 'POST', path: `/api/attempts/${SOME_ID}/submission`, rule: 'signed-in', body: { responses: [] } },
  { method: 'GET', path: '/api/authoring/questions', rule: 'author' },
  { method: 'POST', path: '/api/authoring/questions', rule: 'author', body: {} },
  { method: 'POST', path: '/api/authoring/questions/import?format=gift', rule: 'author', body: {}, route: '/api/authoring/questions/import' },
  { method: 'GET', path: '/api/authoring/questions/export?format=gift', rule: 'author', route: '/api/authoring/questions/export' },
  { method: 'GET', path: `/api/authoring/questions/${SOME_ID}`, rule: 'author' },
  { method: 'PATCH', path: `/api/authoring/questions/${SOME_ID}`, rule: 'author', body: {} },
  { method: 'DELETE', path: `/api/authoring/questions/${SOME_ID}`, rule: 'author' },
  { method: 'GET', path: `/api/analytics/quizzes/${SOME_ID}`, rule: 'author' },
  { method: 'GET', path: `/api/analytics/questions/${SOME_ID}`, rule: 'author' },
  { method: 'GET', path: `/api/analytics/parcours/${SOME_ID}`, rule: 'author' },
  { method: 'GET', path: '/api/analytics/workshops', rule: 'author' },
  { method: 'POST', path: '/api/parcours/un-parcours/enrolment', rule: 'signed-in', route: '/api/parcours/:id/enrolment' },
  { method: 'DELETE', path: '/api/parcours/un-parcours/enrolment', rule: 'signed-in', route: '/api/parcours/:id/enrolment' },
  { method: 'GET', path: '/api/me/enrolments', rule: 'signed-in' },
  { method: 'GET', path: '/api/me/parcours/un-parcours/progress', rule: 'signed-in', route: '/api/me/parcours/:id/progress' },
  { method: 'POST', path: `/api/activities/${SOME_ID}/completion`, rule: 'signed-in' },
  { method: 'GET', path: '/api/me/competencies', rule: 'signed-in' },
  { method: 'GET', path: '/api/referentiel', rule: 'public' },
  { method: 'GET', path: '/api/parcours', rule: 'public' },
  { method: 'GET', path: '/api/parcours/inconnu', rule: 'public', route: '/api/parcours/:id' },
  { method: 'GET', path: `/api/activities/${SOME_ID}`, rule: 'public' },
  { method: 'GET', path: `/api/activities/${SOME_ID}/resources/0`, rule: 'public', route: '/api/activities/:id/resources/:id' },
  { method: 'GET', path: `/api/activities/${SOME_ID}/datasets/x.csv`, rule: 'public', route: '/api/activities/:id/datasets/:id' },
  { method: 'GET', path: '/api/authoring/parcours', rule: 'author' },
  { method: 'POST', path: '/api/authoring/parcours', rule: 'author', body: {} },
  { method: 'POST', path: '/api/authoring/parcours/import', rule: 'author', body: {} },
  { method: 'GET', path: `/api/authoring/parcours/${SOME_ID}`, rule: 'author' },
  { method: 'PATCH', path: `/api/authoring/parcours/${SOME_ID}`, rule: 'author', body: {} },
  { method: 'POST', path: `/api/authoring/parcours/${SOME_ID}/publish`, rule: 'author' },
  { method: 'POST', path: `/api/authoring/parcours/${SOME_ID}/unpublish`, rule: 'author' },
  { method: 'GET', path: `/api/authoring/parcours/${SOME_ID}/versions`, rule: 'author' },
  { method: 'GET', path: `/api/authoring/parcours/${SOME_ID}/export`, rule: 'author' },
  { method: 'GET', path: `/api/authoring/parcours/${SOME_ID}/preview`, rule: 'author' },
  { method: 'POST', path: `/api/authoring/parcours/${SOME_ID}/modules`, rule: 'author', body: { revision: 1 } },
  { method: 'PUT', path: `/api/authoring/parcours/${SOME_ID}/module-order`, rule: 'author', body: { revision: 1, ids: [] } },
  { method: 'PATCH', path: `/api/authoring/modules/${SOME_ID}`, rule: 'author', body: { revision: 1 } },
  { method: 'DELETE', path: `/api/authoring/modules/${SOME_ID}`, rule: 'author', body: { revision: 1 } },
  { method: 'PUT', path: `/api/authoring/modules/${SOME_ID}/activity-order`, rule: 'author', body: { revision: 1, ids: [] } },
  { method: 'POST', path: `/api/authoring/modules/${SOME_ID}/activities`, rule: 'author', body: { revision: 1, activity: {} } },
  { method: 'PATCH', path: `/api/authoring/activities/${SOME_ID}`, rule: 'author', body: { revision: 1, activity: {} } },
  { method: 'DELETE', path: `/api/authoring/activities/${SOME_ID}`, rule: 'author', body: { revision: 1 } },
  { method: 'POST', path: '/api/groups', rule: 'facilitator', body: {} },
  { method: 'GET', path: '/api/groups', rule: 'facilitator' },
  { method: 'GET', path: `/api/groups/${SOME_ID}`, rule: 'facilitator' },
  { method: 'PATCH', path: `/api/groups/${SOME_ID}`, rule: 'facilitator', body: {} },
  { method: 'DELETE', path: `/api/groups/${SOME_ID}`, rule: 'facilitator' },
  { method: 'GET', path: `/api/groups/${SOME_ID}/members`, rule: 'facilitator' },
  { method: 'GET', path: `/api/groups/${SOME_ID}/members.csv`, rule: 'facilitator' },
  { method: 'POST', path: '/api/groups/join', rule: 'signed-in', body: {} },
  { method: 'GET', path: '/api/me/groups', rule: 'signed-in' },
  { method: 'PATCH', path: `/api/groups/${SOME_ID}/membership`, rule: 'signed-in', body: { shareProgress: true } },
  { method: 'DELETE', path: `/api/groups/${SOME_ID}/membership`, rule: 'signed-in' },
];

describe('authorisation matrix and invalid input', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let pg: Pg;
  let learner: Client;
  let author: Client;
  let facilitator: Client;
  let admin: Client;
  let learnerId: string;

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
    admin = new Client(server.baseUrl);
    expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200);
    learner = new Client(server.baseUrl);
    const learnerRegistered = await learner.post('/api/auth/register', newPerson());
    expect(learnerRegistered.status).toBe(201);
    learnerId = learnerRegistered.body.id;
    const authorPerson = newPerson();
    const created = await new Client(server.baseUrl).post('/api/auth/register', authorPerson);
    expect((await admin.patch(`/api/admin/users/${created.body.id}`, { roles: ['author'] })).status).toBe(200);
    author = new Client(server.baseUrl);
    expect((await author.post('/api/auth/login', { email: authorPerson.email, password: authorPerson.password })).status).toBe(200);
    const facilitatorPerson = newPerson();
    const registered = await new Client(server.baseUrl).post('/api/auth/register', facilitatorPerson);
    expect((await admin.patch(`/api/admin/users/${registered.body.id}`, { roles: ['facilitator'] })).status).toBe(200);
    facilitator = new Client(server.baseUrl);
    expect((await facilitator.post('/api/auth/login', { email: facilitatorPerson.email, password: facilitatorPerson.password })).status).toBe(200);
  });
  afterAll(async () => {
    await pg?.end();
    await server?.stop();
    await database?.drop();
  });

  it('lists every route of the OpenAPI description', async () => {
    const doc = (await new Client(server.baseUrl).get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':id')}`));
    const inMatrix = MATRIX.map((r) => `${r.method} ${r.route ?? r.path.replace(SOME_ID, ':id')}`);
    expect(documented.filter((route) => !inMatrix.includes(route))).toEqual([]);
  });

  it.each(MATRIX.filter((r) => r.rule !== 'public'))('$method $path: 401 for a visitor', async ({ method, path, body }) => {
    const res = await new Client(server.baseUrl).request(method, path, body);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it.each(MATRIX.filter((r) => r.rule === 'admin'))('$method $path: 403 for a learner and for an author', async ({ method, path, body }) => {
    expect((await learner.request(method, path, body)).status).toBe(403);
    expect((await author.request(method, path, body)).status).toBe(403);
  });

  it.each(MATRIX.filter((r) => r.rule === 'author'))('$method $path: 403 for a learner, allowed to an author and an admin', async ({ method, path, body }) => {
    expect((await learner.request(method, path, body)).status).toBe(403);
    expect([401, 403]).not.toContain((await author.request(method, path, body)).status);
    expect([401, 403]).not.toContain((await admin.request(method, path, body)).status);
  });

  it.each(MATRIX.filter((r) => r.rule === 'facilitator'))(
    '$method $path: 403 for a learner and an author, allowed to a facilitator and an admin',
    async ({ method, path, body }) => {
      expect((await learner.request(method, path, body)).status).toBe(403);
      expect((await author.request(method, path, body)).status).toBe(403);
      expect([401, 403]).not.toContain((await facilitator.request(method, path, body)).status);
      expect([401, 403]).not.toContain((await admin.request(method, path, body)).status);
    },
  );

  it.each(MATRIX.filter((r) => r.rule === 'public'))('$method $path: open to a visitor', async ({ method, path, body }) => {
    const res = await new Client(server.baseUrl).request(method, path, body);
    expect([401, 403]).not.toContain(res.status);
  });

  describe('fuzzing: random bodies get a 4xx problem and change nothing', () => {
    async function snapshot() {
      const { rows } = await pg.query(
        `SELECT (SELECT md5(coalesce(string_agg(u::text, ',' ORDER BY id), '')) FROM user_account u) AS accounts,
                (SELECT count(*) FROM session)::int AS sessions, (SELECT count(*) FROM password_reset)::int AS resets`,
      );
      return rows[0];
    }

    const bodies = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          email: fc.jsonValue(),
          password: fc.jsonValue(),
          displayName: fc.jsonValue(),
          audience: fc.jsonValue(),
          token: fc.jsonValue(),
          currentPassword: fc.jsonValue(),
          newPassword: fc.jsonValue(),
          roles: fc.jsonValue(),
          active: fc.jsonValue(),
          locale: fc.jsonValue(),
          extra: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.string().map((s) => `{"email": ${s}`), // broken JSON
    );

    const targets: { name: string; method: string; path: string; as: () => Client }[] = [
      { name: 'register', method: 'POST', path: '/api/auth/register', as: () => new Client(server.baseUrl) },
      { name: 'login', method: 'POST', path: '/api/auth/login', as: () => new Client(server.baseUrl) },
      { name: 'forgot', method: 'POST', path: '/api/auth/password/forgot', as: () => new Client(server.baseUrl) },
      { name: 'reset', method: 'POST', path: '/api/auth/password/reset', as: () => new Client(server.baseUrl) },
      { name: 'profile', method: 'PATCH', path: '/api/me', as: () => learner },
      { name: 'password', method: 'POST', path: '/api/me/password', as: () => learner },
      { name: 'delete', method: 'DELETE', path: '/api/me', as: () => learner },
      { name: 'roles', method: 'PATCH', path: `/api/admin/users/${SOME_ID}`, as: () => admin },
      // An existing account, so that the body reaches the rules (a random body must never deactivate it).
      { name: 'account', method: 'PATCH', path: '/api/admin/users/:learner', as: () => admin },
    ];

    it.each(targets)('$method $path', async ({ name, method, path, as }) => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          // A real deactivation is a valid change (proven in admin.integration.spec.ts), not what fuzzing looks for.
          fc.pre(!(name === 'account' && typeof body === 'object' && body !== null && (body as { active?: unknown }).active === false));
          const payload = typeof body === 'string' && body.startsWith('{"email"') ? body : JSON.stringify(body);
          const res = await as().request(method, path.replace(':learner', learnerId), payload);
          if (res.status >= 200 && res.status < 300) {
            // Only an empty profile edit, or an account update to what it already is, is valid among random bodies:
            // it must not change anything either.
            expect(method === 'PATCH' && (path === '/api/me' || name === 'account')).toBe(true);
            return;
          }
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(typeof res.body.code).toBe('string');
        }),
        { numRuns: 40, seed: 20261127 },
      );
      expect(await snapshot()).toEqual(before);
    });
  });
});
