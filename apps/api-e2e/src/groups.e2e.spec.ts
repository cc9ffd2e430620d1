import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import fc from 'fast-check';
import { Client as Pg } from 'pg';
import { Client, newPerson } from './support/client';
import { freePort, startServer, type RunningServer } from './support/server';

const ADMIN = { email: 'admin-groups@culture-d.test', password: 'la gouvernance des données locales' };

describe('groups over HTTP: a facilitator follows consenting members; random bodies never break anything', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let pg: Pg;
  let facilitator: Client;
  let learner: Client;
  let group: { id: string; joinCode: string };

  async function signedIn(roles?: string[]): Promise<Client> {
    const person = newPerson();
    const client = new Client(server.baseUrl);
    const created = await client.post('/api/auth/register', person);
    expect(created.status).toBe(201);
    if (roles) {
      const admin = new Client(server.baseUrl);
      expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200);
      expect((await admin.patch(`/api/admin/users/${created.body.id}`, { roles })).status).toBe(200);
      // A change of roles ends the person's sessions.
      expect((await client.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);
    }
    return client;
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
    facilitator = await signedIn(['learner', 'facilitator']);
    learner = await signedIn();
    const created = await facilitator.post('/api/groups', { name: 'Médiathèque, le mardi' });
    expect(created.status).toBe(201);
    group = created.body;
  });
  afterAll(async () => {
    await pg?.end();
    await server?.stop();
    await database?.drop();
  });

  it('a learner joins without sharing, then shares: the facilitator sees their progress only then', async () => {
    const joined = await learner.post('/api/groups/join', { code: group.joinCode.toLowerCase(), shareProgress: false });
    expect(joined.status).toBe(201);
    const me = (await learner.get('/api/auth/me')).body;
    const names = async () => (await facilitator.get(`/api/groups/${group.id}/members`)).body.items;
    expect(await names()).toEqual([{ displayName: me.displayName, joinedAt: expect.any(String), shared: false }]);
    expect((await learner.patch(`/api/groups/${group.id}/membership`, { shareProgress: true })).status).toBe(200);
    expect(await names()).toEqual([{ displayName: me.displayName, joinedAt: expect.any(String), shared: true, enrolments: [], quizzes: [], workshops: [] }]);
    const csv = await facilitator.get(`/api/groups/${group.id}/members.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text).toContain(me.displayName);
  });

  describe('fuzzing the write routes: a 4xx problem for what is invalid, never a 500, nothing written on 4xx', () => {
    /** Every row of the groups tables, hashed. */
    async function snapshot(): Promise<string> {
      const { rows } = await pg.query(
        `SELECT md5(concat((SELECT string_agg(g::text, ',' ORDER BY g.id) FROM learner_group g), '|',
                           (SELECT string_agg(m::text, ',' ORDER BY m.id) FROM group_member m), '|',
                           (SELECT string_agg(p::text, ',' ORDER BY p.group_id, p.position) FROM group_parcours p))) AS hash`,
      );
      return rows[0].hash;
    }

    const bodies = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          name: fc.oneof(fc.string(), fc.jsonValue()),
          description: fc.jsonValue(),
          parcours: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
          regenerateCode: fc.jsonValue(),
          code: fc.oneof(fc.string(), fc.jsonValue()),
          shareProgress: fc.oneof(fc.boolean(), fc.jsonValue()),
          extra: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.string().map((s) => `{"name": ${s}`), // broken JSON
    );

    const targets = [
      { name: 'POST /api/groups', method: 'POST', path: () => '/api/groups', as: () => facilitator },
      { name: 'PATCH /api/groups/:id', method: 'PATCH', path: () => `/api/groups/${group.id}`, as: () => facilitator },
      { name: 'POST /api/groups/join', method: 'POST', path: () => '/api/groups/join', as: () => learner },
      { name: 'PATCH /api/groups/:id/membership', method: 'PATCH', path: () => `/api/groups/${group.id}/membership`, as: () => learner },
    ];

    it.each(targets)('$name', async ({ method, path, as }) => {
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const payload = typeof body === 'string' && body.startsWith('{"name"') ? body : JSON.stringify(body);
          const before = await snapshot();
          const res = await as().request(method, path(), payload);
          expect(res.status).toBeLessThan(500);
          if (res.status < 300) return; // a body that happens to be valid (e.g. `{}` for an edit, a string name)
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(typeof res.body.code).toBe('string');
          expect(await snapshot()).toBe(before);
        }),
        { numRuns: 40, seed: 20261127 },
      );
    });
  });
});
