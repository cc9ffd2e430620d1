import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import { Client as Pg } from 'pg';
import { Client, newPerson } from './support/client';
import { Mailbox } from './support/mailbox';
import { freePort, startServer, type RunningServer } from './support/server';

const ADMIN = { email: 'admin@culture-d.test', password: 'la gouvernance des données locales' };

describe('identity and personal data over HTTP', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let mailbox: Mailbox;
  let pg: Pg;
  const client = () => new Client(server.baseUrl);

  async function registered(overrides: Record<string, unknown> = {}) {
    const c = client();
    const person = newPerson(overrides);
    const res = await c.post('/api/auth/register', person);
    expect(res.status).toBe(201);
    return { c, person, user: res.body as { id: string; email: string } };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = new Mailbox();
    const smtpUrl = await mailbox.start();
    const port = await freePort();
    server = await startServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      SMTP_URL: smtpUrl,
      TRUST_PROXY: 'true',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOAD_STARTER_CONTENT: 'false',
    });
    pg = new Pg({ connectionString: database.url });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await server?.stop();
    await mailbox?.stop();
    await database?.drop();
  });

  describe('registering and signing in', () => {
    it('registers, signs in with an HttpOnly SameSite=Lax cookie, and knows who is there', async () => {
      const c = client();
      const person = newPerson({ email: '  Camille.Martin+e2e@Exemple.FR ', audience: 'mediateur' });
      const res = await c.post('/api/auth/register', person);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email: 'camille.martin+e2e@exemple.fr', displayName: person.displayName, audience: 'mediateur', roles: ['learner'], locale: 'fr' });
      expect(res.body).not.toHaveProperty('passwordHash');
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^cd_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const me = await c.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual({ id: res.body.id, email: 'camille.martin+e2e@exemple.fr', displayName: person.displayName, audience: 'mediateur', roles: ['learner'], locale: 'fr' });
    });

    it('tells the web app who is signed in without an error for a visitor (GET /api/auth/session), never cached', async () => {
      const c = client();
      const visitor = await c.get('/api/auth/session');
      expect(visitor.status).toBe(200);
      expect(visitor.body).toEqual({ user: null });
      expect(visitor.headers.get('cache-control')).toBe('no-store');
      const person = newPerson();
      const res = await c.post('/api/auth/register', person);
      const signedIn = await c.get('/api/auth/session');
      expect(signedIn.body).toEqual({ user: (await c.get('/api/auth/me')).body });
      expect(signedIn.body.user.id).toBe(res.body.id);
      await c.post('/api/auth/logout');
      expect((await c.get('/api/auth/session')).body).toEqual({ user: null });
      // A made-up or stale cookie is a visitor too, not an error.
      expect((await client().get('/api/auth/session', { cookie: 'cd_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).body).toEqual({ user: null });
    });

    it('keeps one account per address, without telling anyone that the address has one', async () => {
      const { person, user } = await registered();
      const fresh = await client().post('/api/auth/register', newPerson());
      const intruder = client();
      const taken = await intruder.post('/api/auth/register', { ...newPerson(), email: person.email.toUpperCase() });
      // Same status, same body shape, same cookie attributes as a real registration…
      expect(taken.status).toBe(201);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect(taken.body.email).toBe(person.email);
      expect(taken.body.id).not.toBe(user.id);
      const attributes = (h: string | null) => (h ?? '').split(';').slice(1).map((a) => a.trim().split('=')[0]).sort();
      expect(attributes(taken.headers.get('set-cookie'))).toEqual(attributes(fresh.headers.get('set-cookie')));
      // …but the cookie opens nothing, no second account exists, and the owner is told by e-mail.
      expect((await intruder.get('/api/auth/me')).status).toBe(401);
      const { rows } = await pg.query('SELECT count(*)::int AS n FROM user_account WHERE email = $1', [person.email]);
      expect(rows[0].n).toBe(1);
      const mail = await mailbox.waitFor(person.email);
      expect(mail.raw).toContain('Subject: =?UTF-8?Q?Culture_D_=E2=80=94_vous_avez_d=C3=A9j');
      expect(mail.raw.replace(/=\r?\n/g, '')).toContain('a d=C3=A9j=C3=A0 un. Aucun nouveau compte');
    });

    it('refuses common and too short passwords with a field message', async () => {
      const common = await client().post('/api/auth/register', newPerson({ password: 'Azertyuiop123!' }));
      expect(common.status).toBe(400);
      expect(common.body).toMatchObject({ code: 'PASSWORD_TOO_COMMON', errors: [{ field: 'password' }] });
      const short = await client().post('/api/auth/register', newPerson({ password: 'court' }));
      expect(short.status).toBe(400);
      expect(short.body.errors).toEqual([{ field: 'password', message: 'password must be at least 12 characters' }]);
    });

    it('answers a wrong password and an unknown e-mail in exactly the same way', async () => {
      const { person } = await registered();
      const wrong = await client().post('/api/auth/login', { email: person.email, password: 'pas le bon mot de passe' });
      const unknown = await client().post('/api/auth/login', { email: `inconnu-${Date.now()}@exemple.fr`, password: 'pas le bon mot de passe' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('signs out for real: the old cookie is dead server-side', async () => {
      const { c } = await registered();
      const stolen = c.cookie;
      expect((await c.post('/api/auth/logout')).status).toBe(204);
      const replay = await client().get('/api/auth/me', { cookie: stolen! });
      expect(replay.status).toBe(401);
    });

    it('throttles 30 rapid failures on one account: the 31st attempt gets 429, even with the right password', async () => {
      const { person } = await registered();
      for (let i = 0; i < 30; i += 1) {
        const attacker = client(); // a different IP each time: the account limit is what counts
        expect((await attacker.post('/api/auth/login', { email: person.email, password: `essai numéro ${i} raté` })).status).toBe(401);
      }
      const blocked = await client().post('/api/auth/login', { email: person.email, password: person.password });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(blocked.body.code).toBe('RATE_LIMITED');
    });

    it('ends a session after its idle limit', async () => {
      const { c, user } = await registered();
      expect((await c.get('/api/auth/me')).status).toBe(200);
      await pg.query(`UPDATE session SET last_seen_at = now() - interval '8 days', created_at = now() - interval '8 days' WHERE user_id = $1`, [user.id]);
      expect((await c.get('/api/auth/me')).status).toBe(401);
      const { rows } = await pg.query('SELECT count(*)::int AS n FROM session WHERE user_id = $1', [user.id]);
      expect(rows[0].n).toBe(0);
    });
  });

  describe('passwords', () => {
    it('resets a forgotten password through the e-mailed link, once, and ends every session', async () => {
      const { c, person } = await registered();
      const forgot = await client().post('/api/auth/password/forgot', { email: person.email });
      expect(forgot.status).toBe(202);
      const mail = await mailbox.waitFor(person.email);
      expect(mail.raw).toContain('Subject: =?UTF-8?Q?Culture_D_=E2=80=94_choisir_un_nouveau');
      expect(mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')).toContain(`${server.baseUrl}/mot-de-passe/nouveau?jeton=`);
      const token = Mailbox.resetToken(mail);

      const reset = await client().post('/api/auth/password/reset', { token, password: 'un tout nouveau mot de passe' });
      expect(reset.status).toBe(204);
      expect((await c.get('/api/auth/me')).status).toBe(401);
      const again = await client().post('/api/auth/password/reset', { token, password: 'encore un autre mot de passe' });
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('RESET_TOKEN_INVALID');
      expect((await client().post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(401);
      expect((await client().post('/api/auth/login', { email: person.email, password: 'un tout nouveau mot de passe' })).status).toBe(200);
    });

    it('accepts a request for an unknown address the same way, and sends nothing', async () => {
      const address = `personne-${Date.now()}@inconnu.fr`;
      const res = await client().post('/api/auth/password/forgot', { email: address });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'accepted' });
      await new Promise((r) => setTimeout(r, 300));
      expect(mailbox.received.some((m) => m.to.includes(address))).toBe(false);
    });

    it('refuses an expired link', async () => {
      const { person, user } = await registered();
      await client().post('/api/auth/password/forgot', { email: person.email });
      const token = Mailbox.resetToken(await mailbox.waitFor(person.email));
      await pg.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect((await client().post('/api/auth/password/reset', { token, password: 'un tout nouveau mot de passe' })).status).toBe(422);
    });

    it('changes the password, keeping this session and ending the others', async () => {
      const { c, person } = await registered();
      const other = client();
      expect((await other.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);
      const wrong = await c.post('/api/me/password', { currentPassword: 'pas le bon du tout', newPassword: 'un nouveau mot de passe long' });
      expect(wrong.status).toBe(403);
      expect(wrong.body.code).toBe('WRONG_PASSWORD');
      expect((await c.post('/api/me/password', { currentPassword: person.password, newPassword: 'un nouveau mot de passe long' })).status).toBe(204);
      expect((await c.get('/api/auth/me')).status).toBe(200);
      expect((await other.get('/api/auth/me')).status).toBe(401);
    });
  });

  describe('profile and sessions', () => {
    it('edits the profile and refuses unknown fields or a bad audience without changing anything', async () => {
      const { c } = await registered();
      const ok = await c.patch('/api/me', { displayName: 'Dominique', audience: 'elu', locale: 'en' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ displayName: 'Dominique', audience: 'elu', locale: 'en' });
      expect((await c.patch('/api/me', { roles: ['admin'] })).status).toBe(400);
      expect((await c.patch('/api/me', { audience: 'ministre', displayName: 'X' })).status).toBe(400);
      expect((await c.get('/api/auth/me')).body).toMatchObject({ displayName: 'Dominique', audience: 'elu', roles: ['learner'] });
    });

    it('lists my sessions and signs out everywhere else', async () => {
      const { c, person } = await registered();
      const phone = client();
      await phone.post('/api/auth/login', { email: person.email, password: person.password }, { 'user-agent': 'Téléphone de test' });
      const list = await c.get('/api/me/sessions');
      expect(list.body.items).toHaveLength(2);
      expect(list.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
      expect((await c.delete('/api/me/sessions')).status).toBe(204);
      expect((await phone.get('/api/auth/me')).status).toBe(401);
      expect((await c.get('/api/me/sessions')).body.items).toHaveLength(1);
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request from another site, with or without a session', async () => {
      const { c } = await registered();
      const evil = await c.patch('/api/me', { displayName: 'Piraté' });
      expect(evil.status).toBe(200); // same client without browser headers: allowed
      const fromEvil = await c.request('PATCH', '/api/me', { displayName: 'Piraté' }, { origin: 'https://evil.example' });
      expect(fromEvil.status).toBe(403);
      expect(fromEvil.body.code).toBe('CSRF_REJECTED');
      const crossSite = await c.request('POST', '/api/auth/logout', {}, { 'sec-fetch-site': 'cross-site' });
      expect(crossSite.status).toBe(403);
      const login = await client().request('POST', '/api/auth/login', { email: 'a@b.fr', password: 'x' }, { origin: 'https://evil.example' });
      expect(login.status).toBe(403);
      const sameOrigin = await c.request('PATCH', '/api/me', { displayName: 'Moi' }, { origin: server.baseUrl, 'sec-fetch-site': 'same-origin' });
      expect(sameOrigin.status).toBe(200);
    });
  });

  describe('roles and administration', () => {
    let admin: Client;
    beforeAll(async () => {
      admin = client();
      expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200);
    });

    it('was created from ADMIN_EMAIL, without any default credential', async () => {
      expect((await admin.get('/api/auth/me')).body.roles).toEqual(['learner', 'admin']);
    });

    it('denies the user list to visitors (401) and learners (403)', async () => {
      expect((await client().get('/api/admin/users')).status).toBe(401);
      const { c } = await registered();
      const res = await c.get('/api/admin/users');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('lets an admin find people and give roles; the person’s sessions end', async () => {
      const { c, user, person } = await registered({ displayName: 'Hélène Tréfle' });
      const found = await admin.get(`/api/admin/users?q=${encodeURIComponent('helene trefle')}`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([user.id]);
      const res = await admin.patch(`/api/admin/users/${user.id}`, { roles: ['author'] });
      expect(res.status).toBe(200);
      expect(res.body.roles).toEqual(['learner', 'author']);
      expect((await c.get('/api/auth/me')).status).toBe(401);
      const again = client();
      expect((await again.post('/api/auth/login', { email: person.email, password: person.password })).body.roles).toEqual(['learner', 'author']);
      expect((await again.get('/api/admin/users')).status).toBe(403);
    });

    it('keeps at least one admin', async () => {
      const me = (await admin.get('/api/auth/me')).body;
      const res = await admin.patch(`/api/admin/users/${me.id}`, { roles: ['learner'] });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('LAST_ADMIN');
    });

    it('answers 404 for an unknown user and 400 for an unknown role', async () => {
      expect((await admin.get('/api/admin/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await admin.get('/api/admin/users/not-a-uuid')).status).toBe(404);
      const { user } = await registered();
      expect((await admin.patch(`/api/admin/users/${user.id}`, { roles: ['superuser'] })).status).toBe(400);
    });
  });

  describe('my personal data (RGPD)', () => {
    it('exports everything held about me as one JSON document', async () => {
      const { c, user, person } = await registered();
      const res = await c.get('/api/me/export');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('attachment');
      expect(res.body).toMatchObject({
        format: 'culture-d-personal-data/1',
        subject: user.id,
        sections: { identity: { account: { id: user.id, email: person.email, displayName: person.displayName }, sessions: [expect.objectContaining({ createdAt: expect.any(String) })] } },
      });
      expect(res.text).not.toMatch(/argon2|password_hash|passwordHash|token/i);
      expect(res.body.sections.identity.securityEvents.map((e: { type: string }) => e.type)).toContain('registered');
    });

    it('deletes my account with my password: I cannot sign in again and nothing personal is left', async () => {
      const { c, user, person } = await registered();
      const wrong = await c.delete('/api/me', { password: 'pas le bon du tout' });
      expect(wrong.status).toBe(403);
      expect((await c.get('/api/auth/me')).status).toBe(200);

      expect((await c.delete('/api/me', { password: person.password })).status).toBe(204);
      expect((await c.get('/api/me/export')).status).toBe(401);
      expect((await client().post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(401);
      const left = await pg.query(
        `SELECT (SELECT count(*) FROM user_account WHERE id = $1)::int AS accounts, (SELECT count(*) FROM session WHERE user_id = $1)::int AS sessions,
                (SELECT count(*) FROM audit_event WHERE user_id = $1)::int AS linked_events, (SELECT count(*) FROM audit_event WHERE type = 'account_deleted' AND user_id IS NULL)::int AS anonymous_deletions`,
        [user.id],
      );
      expect(left.rows[0]).toMatchObject({ accounts: 0, sessions: 0, linked_events: 0 });
      expect(left.rows[0].anonymous_deletions).toBeGreaterThan(0);
      // The address is free again.
      expect((await client().post('/api/auth/register', { ...newPerson(), email: person.email })).status).toBe(201);
    });
  });
});
