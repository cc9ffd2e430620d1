import { PersonalDataRegistry } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

interface Person {
  id: string;
  email: string;
  cookie: string;
  ip: string;
  password: string;
}

/** Administration over HTTP: deactivating and reactivating accounts, and reading the security journal. */
describe('administration', () => {
  let t: TestApp;
  let db: DataSource;
  let people = 0;
  let admin: Person;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    admin = await person('Ada Admin', ['learner', 'admin']);
  });
  afterAll(() => t.close());

  async function call(who: Person | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    const res = await t.app.inject({ method, url, payload, headers: who ? { cookie: who.cookie } : {}, remoteAddress: who?.ip ?? '192.0.2.1' });
    return { status: res.statusCode, headers: res.headers, body: res.body ? res.json() : undefined };
  }

  async function person(name: string, roles: string[] = ['learner']): Promise<Person> {
    people += 1;
    const password = `une phrase de passe ${people} pour administrer`;
    const ip = `198.51.100.${people}`;
    const email = `admin-${people}@exemple.fr`;
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', remoteAddress: ip, payload: { email, password, displayName: name, audience: 'agent' } });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, roles]);
    return { id, email, cookie: String(res.headers['set-cookie']).split(';')[0], ip, password };
  }

  async function signIn(who: Person) {
    return t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: who.ip, payload: { email: who.email, password: who.password } });
  }

  it('deactivating ends every session at once, sign-in answers like a wrong password, reactivating gives the account back', async () => {
    const learner = await person('Léa Apprenante');
    const second = await signIn(learner);
    const secondCookie = String(second.headers['set-cookie']).split(';')[0];
    expect((await call(learner, 'GET', '/api/me/sessions')).status).toBe(200);

    const res = await call(admin, 'PATCH', `/api/admin/users/${learner.id}`, { active: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: learner.id, active: false, roles: ['learner'] });
    expect(res.body.deactivatedAt).toEqual(expect.any(String));

    expect((await call(learner, 'GET', '/api/me/sessions')).status).toBe(401);
    expect((await call({ ...learner, cookie: secondCookie }, 'GET', '/api/me/sessions')).status).toBe(401);
    const refused = await signIn(learner);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('INVALID_CREDENTIALS');
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM session WHERE user_id = $1`, [learner.id]);
    expect(count).toBe(0);

    expect((await call(admin, 'PATCH', `/api/admin/users/${learner.id}`, { active: true })).body).toMatchObject({ active: true, deactivatedAt: null });
    expect((await signIn(learner)).statusCode).toBe(200);

    const journal = await call(admin, 'GET', `/api/admin/audit?userId=${learner.id}`);
    const types = (journal.body.items as { type: string }[]).map((e) => e.type);
    expect(types.slice(0, 4)).toEqual(['signed_in', 'account_reactivated', 'sign_in_failed', 'account_deactivated']);
    const deactivated = journal.body.items.find((e: { type: string }) => e.type === 'account_deactivated');
    expect(deactivated.actor).toEqual({ id: admin.id, displayName: 'Ada Admin' });
    expect(deactivated.user).toEqual({ id: learner.id, displayName: 'Léa Apprenante' });
  });

  it('a deactivated person shows it in their data export', async () => {
    const learner = await person('Noé Exporté');
    await db.query(`UPDATE user_account SET deactivated_at = now() WHERE id = $1`, [learner.id]);
    // The person cannot call /api/me/export while deactivated (no session): read identity's contribution to it.
    const identity = t.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.name === 'identity');
    const exported = await identity?.export(learner.id, db.manager);
    expect(exported).toMatchObject({ account: { id: learner.id, deactivatedAt: expect.stringMatching(/^\d{4}-/) } });
  });

  it('an admin cannot deactivate their own account, nor leave no active admin (422 LAST_ADMIN)', async () => {
    const self = await call(admin, 'PATCH', `/api/admin/users/${admin.id}`, { active: false });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('LAST_ADMIN');

    const other = await person('Otto Admin', ['learner', 'admin']);
    // Otto deactivates Ada: allowed (Otto stays). Then Ada's session is gone; Otto demoting himself is refused.
    expect((await call(other, 'PATCH', `/api/admin/users/${admin.id}`, { active: false })).status).toBe(200);
    const demote = await call(other, 'PATCH', `/api/admin/users/${other.id}`, { roles: ['learner'] });
    expect(demote.status).toBe(422);
    expect(demote.body.code).toBe('LAST_ADMIN');
    expect((await call(other, 'PATCH', `/api/admin/users/${admin.id}`, { active: true })).status).toBe(200);
    const back = await signIn(admin);
    expect(back.statusCode).toBe(200);
    admin.cookie = String(back.headers['set-cookie']).split(';')[0];
  });

  it('two admins deactivating each other at once leave one active admin', async () => {
    const a = await person('Alix Admin', ['learner', 'admin']);
    const b = await person('Béa Admin', ['learner', 'admin']);
    // Only these two count: the others lose the role for this test.
    await db.query(`UPDATE user_account SET deactivated_at = now() WHERE 'admin' = ANY(roles) AND id NOT IN ($1, $2)`, [a.id, b.id]);
    const [ra, rb] = await Promise.all([call(a, 'PATCH', `/api/admin/users/${b.id}`, { active: false }), call(b, 'PATCH', `/api/admin/users/${a.id}`, { active: false })]);
    const statuses = [ra.status, rb.status].sort();
    // The second is refused by the rule (422), or finds its own session ended by the first (401).
    expect(statuses[0]).toBe(200);
    expect([401, 422]).toContain(statuses[1]);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM user_account WHERE 'admin' = ANY(roles) AND deactivated_at IS NULL`);
    expect(count).toBe(1);
    await db.query(`UPDATE user_account SET deactivated_at = NULL WHERE id = $1`, [admin.id]);
  });

  it('refuses a body with nothing to change, naming the field', async () => {
    const learner = await person('Vide');
    const res = await call(admin, 'PATCH', `/api/admin/users/${learner.id}`, {});
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('NOTHING_TO_CHANGE');
    expect((await call(admin, 'PATCH', `/api/admin/users/${learner.id}`, { active: 'non' })).body.errors[0].field).toBe('active');
  });

  it('pages through the journal newest first with a cursor, filtered by type and period, without secrets', async () => {
    const learner = await person('Paul Paginé');
    for (const roles of [['author'], ['facilitator'], ['author', 'facilitator']]) {
      expect((await call(admin, 'PATCH', `/api/admin/users/${learner.id}`, { roles })).status).toBe(200);
    }
    const first = await call(admin, 'GET', `/api/admin/audit?type=roles_changed&userId=${learner.id}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { details: { after: string[] } }) => e.details.after)).toEqual([
      ['learner', 'author', 'facilitator'],
      ['learner', 'facilitator'],
    ]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(admin, 'GET', `/api/admin/audit?type=roles_changed&userId=${learner.id}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((e: { details: { after: string[] } }) => e.details.after)).toEqual([['learner', 'author']]);
    expect(second.body.nextCursor).toBeNull();

    const future = await call(admin, 'GET', `/api/admin/audit?from=2999-01-01`);
    expect(future.body).toEqual({ items: [], nextCursor: null });
    const all = await call(admin, 'GET', '/api/admin/audit?limit=100');
    expect(JSON.stringify(all.body)).not.toMatch(/phrase de passe|@exemple\.fr|password_hash|token/);

    const bad = await call(admin, 'GET', '/api/admin/audit?cursor=bm9wZQ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('cursor');
  });
});
