import { ContentLoader } from '@culture-d/catalog/server';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

const CONTENT = join(__dirname, '..', '..', '..', '..', 'content');

interface Person {
  id: string;
  cookie: string;
  ip: string;
  name: string;
  password: string;
}

/** Groups over HTTP: join codes, consent, leaving, and what a facilitator may see (docs/groups.md). */
describe('groups', () => {
  let t: TestApp;
  let db: DataSource;
  let people = 0;
  let facilitator: Person;
  let otherFacilitator: Person;
  let admin: Person;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    await t.app.get(ContentLoader).load(CONTENT);
    facilitator = await person('Fanny Facilitatrice', ['learner', 'facilitator']);
    otherFacilitator = await person('Omar Autre', ['learner', 'facilitator']);
    admin = await person('Ada Admin', ['learner', 'admin']);
  });
  afterAll(() => t.close());

  async function call(who: Person | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const res = await t.app.inject({ method, url, payload, headers: who ? { cookie: who.cookie } : {}, remoteAddress: who?.ip ?? '192.0.2.1' });
    return { status: res.statusCode, headers: res.headers, text: res.body, body: res.body && String(res.headers['content-type']).includes('json') ? res.json() : undefined };
  }

  async function person(name: string, roles: string[] = ['learner']): Promise<Person> {
    people += 1;
    const password = `une phrase de passe ${people} pour les groupes`;
    const ip = `198.51.100.${people}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      remoteAddress: ip,
      payload: { email: `groupes-${people}@exemple.fr`, password, displayName: name, audience: 'citoyen' },
    });
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const id = res.json().id as string;
    await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, roles]);
    return { id, cookie, ip, name, password };
  }

  async function createGroup(owner: Person, body: object = { name: 'Les mardis du numérique' }) {
    const res = await call(owner, 'POST', '/api/groups', body);
    expect(res.status).toBe(201);
    return res.body as { id: string; joinCode: string };
  }

  /** A past workshop the person attended, with a title that names them: it must only show where they consented. */
  async function attendedWorkshop(who: Person, title: string): Promise<void> {
    const [w] = await db.query(
      `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, registration_closes_at, status)
       VALUES ($1, $2, 's', 'd', '{citoyen}', 'online', now() - interval '3 days', now() - interval '3 days' + interval '2 hours', 'https://visio.example.org', 10, now() - interval '4 days', 'published') RETURNING id`,
      [`atelier-${who.id}`, title],
    );
    await db.query(`INSERT INTO registration (workshop_id, user_id, status, attendance) VALUES ($1, $2, 'confirmed', 'attended')`, [w.id, who.id]);
  }

  /** Enrols in the starter parcours over HTTP, completes its first lesson, and gets 85 % at its first quiz in two attempts. */
  async function followedParcours(who: Person): Promise<void> {
    expect((await call(who, 'POST', '/api/parcours/mes-donnees-ma-commune/enrolment')).status).toBe(201);
    const [lesson] = await db.query(
      `SELECT a.id FROM version_activity a JOIN parcours p ON p.current_version_id = a.version_id JOIN version_module m ON m.id = a.module_id
        WHERE p.slug = 'mes-donnees-ma-commune' AND a.type = 'lesson' ORDER BY m.position, a.position LIMIT 1`,
    );
    expect((await call(who, 'POST', `/api/activities/${lesson.id}/completion`)).status).toBeLessThan(300);
    await db.query(
      `INSERT INTO activity_progress (enrolment_id, activity_id, status, best_percent, attempts, completed_at)
       SELECT e.id, a.id, 'completed', 85, 2, now() FROM enrolment e JOIN version_activity a ON a.version_id = e.version_id
        WHERE e.user_id = $1 AND a.type = 'quiz' ORDER BY a.position LIMIT 1`,
      [who.id],
    );
  }

  describe('creating and managing a group', () => {
    it('gives a facilitator a group with a join code and its assigned parcours', async () => {
      const res = await call(facilitator, 'POST', '/api/groups', { name: '  Atelier   du mardi ', description: 'Médiathèque', parcours: ['mes-donnees-ma-commune'] });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Atelier du mardi',
        description: 'Médiathèque',
        joinCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/),
        parcours: [{ slug: 'mes-donnees-ma-commune', title: expect.any(String) }],
        memberCount: 0,
        sharingCount: 0,
        createdAt: expect.any(String),
      });
      const list = await call(facilitator, 'GET', '/api/groups');
      expect(list.body.items.map((g: { id: string }) => g.id)).toContain(res.body.id);
      expect((await call(otherFacilitator, 'GET', '/api/groups')).body.items.map((g: { id: string }) => g.id)).not.toContain(res.body.id);
    });

    it('refuses unknown parcours (422, naming the field), empty names (400) and learners (403), writing nothing', async () => {
      const [{ count: before }] = await db.query(`SELECT count(*)::int AS count FROM learner_group`);
      const unknown = await call(facilitator, 'POST', '/api/groups', { name: 'Groupe', parcours: ['mes-donnees-ma-commune', 'parcours-inconnu'] });
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('GROUP_PARCOURS_UNKNOWN');
      expect(unknown.body.errors).toEqual([{ field: 'parcours', message: expect.stringContaining('parcours-inconnu') }]);
      const empty = await call(facilitator, 'POST', '/api/groups', { name: '   ' });
      expect(empty.status).toBe(400);
      expect(empty.body.errors[0].field).toBe('name');
      const learner = await person('Léa Apprenante');
      expect((await call(learner, 'POST', '/api/groups', { name: 'Le mien' })).status).toBe(403);
      expect((await db.query(`SELECT count(*)::int AS count FROM learner_group`))[0].count).toBe(before);
    });

    it('edits name and parcours, and regenerates the code: the old one stops working, members stay', async () => {
      const group = await createGroup(facilitator);
      const member = await person('Mina Membre');
      expect((await call(member, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false })).status).toBe(201);
      const edited = await call(facilitator, 'PATCH', `/api/groups/${group.id}`, {
        name: 'Jeudis',
        parcours: ['piloter-son-territoire-avec-les-donnees', 'mes-donnees-ma-commune'],
        regenerateCode: true,
      });
      expect(edited.status).toBe(200);
      expect(edited.body.name).toBe('Jeudis');
      expect(edited.body.parcours.map((p: { slug: string }) => p.slug)).toEqual(['piloter-son-territoire-avec-les-donnees', 'mes-donnees-ma-commune']);
      expect(edited.body.joinCode).not.toBe(group.joinCode);
      expect(edited.body.memberCount).toBe(1);
      const late = await person('Tom Tardif');
      expect((await call(late, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false })).body.code).toBe('GROUP_CODE_UNKNOWN');
      expect((await call(late, 'POST', '/api/groups/join', { code: edited.body.joinCode, shareProgress: false })).status).toBe(201);
    });

    it('archives a group: its code stops working and it disappears for its facilitator and its members', async () => {
      const group = await createGroup(facilitator);
      const member = await person('Noé Membre');
      await call(member, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: true });
      expect((await call(facilitator, 'DELETE', `/api/groups/${group.id}`)).status).toBe(204);
      expect((await call(facilitator, 'GET', `/api/groups/${group.id}`)).status).toBe(404);
      expect((await call(facilitator, 'GET', `/api/groups/${group.id}/members`)).status).toBe(404);
      expect((await call(facilitator, 'GET', '/api/groups')).body.items.map((g: { id: string }) => g.id)).not.toContain(group.id);
      expect((await call(member, 'GET', '/api/me/groups')).body.items).toEqual([]);
      expect((await call(await person('Zoé'), 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false })).status).toBe(404);
    });

    it('answers 404 to another facilitator for every route of a group, and lets an admin in', async () => {
      const group = await createGroup(facilitator);
      for (const [method, url, body] of [
        ['GET', `/api/groups/${group.id}`],
        ['PATCH', `/api/groups/${group.id}`, { name: 'À moi' }],
        ['DELETE', `/api/groups/${group.id}`],
        ['GET', `/api/groups/${group.id}/members`],
        ['GET', `/api/groups/${group.id}/members.csv`],
      ] as const) {
        const res = await call(otherFacilitator, method, url, body);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('GROUP_NOT_FOUND');
      }
      expect((await call(facilitator, 'GET', `/api/groups/${group.id}`)).body.name).toBe('Les mardis du numérique');
      expect((await call(admin, 'GET', `/api/groups/${group.id}/members`)).status).toBe(200);
      expect((await call(facilitator, 'GET', '/api/groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await call(facilitator, 'GET', '/api/groups/pas-un-id')).status).toBe(404);
    });
  });

  describe('joining, consent and leaving', () => {
    it('joins with the code as typed (any case, dashes, O for 0), not shared by default choice, once', async () => {
      const group = await createGroup(facilitator);
      const member = await person('Jade Membre');
      const typed = `${group.joinCode.slice(0, 4)}-${group.joinCode.slice(4)}`.toLowerCase().replace(/0/g, 'o');
      const first = await call(member, 'POST', '/api/groups/join', { code: ` ${typed} `, shareProgress: false });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: group.id,
        name: 'Les mardis du numérique',
        description: '',
        facilitator: { displayName: 'Fanny Facilitatrice' },
        parcours: [],
        shareProgress: false,
        joinedAt: expect.any(String),
        consentChangedAt: null,
      });
      const again = await call(member, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false });
      expect(again.status).toBe(200);
      expect((await call(member, 'GET', '/api/me/groups')).body).toEqual({ items: [first.body], total: 1 });
    });

    it('requires an explicit choice and answers 404 GROUP_CODE_UNKNOWN to unknown codes', async () => {
      const member = await person('Yann');
      const missing = await call(member, 'POST', '/api/groups/join', { code: 'ABCD-EFGH' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('shareProgress');
      for (const code of ['ABCD-EFGH', 'pas un code', '']) {
        const res = await call(member, 'POST', '/api/groups/join', { code, shareProgress: false });
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('GROUP_CODE_UNKNOWN');
      }
      expect((await call(null, 'POST', '/api/groups/join', { code: 'ABCD-EFGH', shareProgress: false })).status).toBe(401);
    });

    it('throttles join attempts per person (429 with Retry-After), before looking at the code', async () => {
      const group = await createGroup(facilitator);
      const guesser = await person('Gaspard Devin');
      for (let i = 0; i < 10; i += 1) expect((await call(guesser, 'POST', '/api/groups/join', { code: `ZZZZ-ZZ${i}0`, shareProgress: false })).status).toBe(404);
      const throttled = await call(guesser, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect((await db.query(`SELECT count(*)::int AS count FROM group_member WHERE user_id = $1`, [guesser.id]))[0].count).toBe(0);
    });

    it('throttles join attempts per network address too: 120 in 15 minutes, whoever makes them', async () => {
      const group = await createGroup(facilitator);
      const room = '203.0.113.7';
      for (let p = 0; p < 12; p += 1) {
        const guesser = { ...(await person(`Devin ${p}`)), ip: room };
        for (let i = 0; i < 10; i += 1) expect((await call(guesser, 'POST', '/api/groups/join', { code: `YYYY-Y${p % 10}${i}0`, shareProgress: false })).status).toBe(404);
      }
      const latecomer = { ...(await person('Retardataire')), ip: room };
      expect((await call(latecomer, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false })).status).toBe(429);
      expect((await call({ ...latecomer, ip: '203.0.113.8' }, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false })).status).toBe(201);
    });

    it('gives one membership when the same person joins several times at once', async () => {
      const group = await createGroup(facilitator);
      const member = await person('Paul Pressé');
      const statuses = (await Promise.all(Array.from({ length: 6 }, () => call(member, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false })))).map(
        (r) => r.status,
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect((await db.query(`SELECT count(*)::int AS count FROM group_member WHERE user_id = $1`, [member.id]))[0].count).toBe(1);
    });

    it('changes consent any time, records when, and leaving deletes the link', async () => {
      const group = await createGroup(facilitator);
      const member = await person('Clara Change');
      await call(member, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false });
      const shared = await call(member, 'PATCH', `/api/groups/${group.id}/membership`, { shareProgress: true });
      expect(shared.status).toBe(200);
      expect(shared.body.shareProgress).toBe(true);
      expect(shared.body.consentChangedAt).toEqual(expect.any(String));
      expect((await call(member, 'PATCH', `/api/groups/${group.id}/membership`, {})).status).toBe(400);
      expect((await call(facilitator, 'GET', `/api/groups/${group.id}`)).body).toMatchObject({ memberCount: 1, sharingCount: 1 });

      expect((await call(member, 'DELETE', `/api/groups/${group.id}/membership`)).status).toBe(204);
      expect((await db.query(`SELECT count(*)::int AS count FROM group_member WHERE user_id = $1`, [member.id]))[0].count).toBe(0);
      expect((await call(member, 'DELETE', `/api/groups/${group.id}/membership`)).body.code).toBe('GROUP_NOT_MEMBER');
      expect((await call(member, 'PATCH', `/api/groups/${group.id}/membership`, { shareProgress: true })).status).toBe(404);
      expect((await call(facilitator, 'GET', `/api/groups/${group.id}/members`)).body).toEqual({ items: [], total: 0, sharing: 0 });
    });
  });

  describe('what the facilitator sees', () => {
    it("never shows a non-consenting member's data in any facilitator response; shows it once shared, and hides it again", async () => {
      const group = await createGroup(facilitator, { name: 'Suivi', parcours: ['mes-donnees-ma-commune'] });
      const reserved = await person('Rémi Réservé');
      const open = await person('Olga Ouverte');
      await attendedWorkshop(reserved, 'Atelier-secret-de-Remi');
      await attendedWorkshop(open, 'Atelier-partage-par-Olga');
      await call(reserved, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: false });
      await call(open, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: true });
      for (const who of [reserved, open]) await followedParcours(who);

      /** Everything a facilitator (or an admin) can read about the group. */
      const facilitatorViews = async () =>
        Promise.all(
          [facilitator, admin].flatMap((who) => [
            call(who, 'GET', '/api/groups'),
            call(who, 'GET', `/api/groups/${group.id}`),
            call(who, 'GET', `/api/groups/${group.id}/members`),
            call(who, 'GET', `/api/groups/${group.id}/members.csv`),
            call(who, 'GET', `/api/groups/${group.id}/members.csv?separator=semicolon`),
          ]),
        );

      const before = await facilitatorViews();
      expect(before.every((r) => r.status === 200)).toBe(true);
      for (const res of before) expect(res.text).not.toContain('Atelier-secret-de-Remi');
      const members = (await call(facilitator, 'GET', `/api/groups/${group.id}/members`)).body;
      expect(members.total).toBe(2);
      expect(members.sharing).toBe(1);
      const seenReserved = members.items.find((m: { displayName: string }) => m.displayName === 'Rémi Réservé');
      expect(seenReserved).toEqual({ displayName: 'Rémi Réservé', joinedAt: expect.any(String), shared: false });
      const seenOpen = members.items.find((m: { displayName: string }) => m.displayName === 'Olga Ouverte');
      expect(seenOpen).toMatchObject({
        shared: true,
        enrolments: [
          {
            parcours: { slug: 'mes-donnees-ma-commune', title: expect.any(String) },
            status: 'in_progress',
            percent: expect.any(Number),
            startedAt: expect.any(String),
            completedAt: null,
          },
        ],
        quizzes: [{ activityId: expect.any(String), title: expect.any(String), parcours: { slug: 'mes-donnees-ma-commune' }, bestPercent: 85, passed: true, attempts: 2 }],
        workshops: [{ title: 'Atelier-partage-par-Olga', status: 'confirmed', attendance: 'attended', startsAt: expect.any(String) }],
      });
      expect(seenOpen.enrolments[0].percent).toBeGreaterThan(0);
      expect(seenOpen.enrolments[0].percent).toBeLessThan(100);
      const csv = (await call(facilitator, 'GET', `/api/groups/${group.id}/members.csv?separator=semicolon`)).text;
      expect(csv.startsWith('\uFEFFNom;Membre depuis;Type')).toBe(true);
      expect(csv).toContain('Olga Ouverte');
      expect(csv).toContain('Atelier-partage-par-Olga');
      expect(csv).toMatch(/Olga Ouverte;[^;]+;parcours;[^;]+;mes-donnees-ma-commune;en cours;\d+;/);
      expect(csv).toMatch(/Olga Ouverte;[^;]+;quiz;[^;]+;mes-donnees-ma-commune;réussi;85;/);
      expect(csv).not.toContain('Rémi');

      expect((await call(reserved, 'PATCH', `/api/groups/${group.id}/membership`, { shareProgress: true })).status).toBe(200);
      const shared = await call(facilitator, 'GET', `/api/groups/${group.id}/members`);
      expect(shared.body.items.find((m: { displayName: string }) => m.displayName === 'Rémi Réservé')).toMatchObject({
        shared: true,
        workshops: [{ title: 'Atelier-secret-de-Remi' }],
      });
      expect((await call(facilitator, 'GET', `/api/groups/${group.id}/members.csv`)).text).toContain('Atelier-secret-de-Remi');

      expect((await call(reserved, 'PATCH', `/api/groups/${group.id}/membership`, { shareProgress: false })).status).toBe(200);
      for (const res of await facilitatorViews()) expect(res.text).not.toContain('Atelier-secret-de-Remi');
    });
    it('reads the members with the same number of queries for one member as for four', async () => {
      const queriesFor = async (size: number) => {
        const group = await createGroup(facilitator, { name: `Groupe de ${size}` });
        for (let i = 0; i < size; i += 1) {
          const member = await person(`Membre ${size}-${i}`);
          await call(member, 'POST', '/api/groups/join', { code: group.joinCode, shareProgress: true });
          await followedParcours(member);
          await attendedWorkshop(member, `Atelier ${size}-${i}`);
        }
        const spy = jest.spyOn(db, 'query');
        try {
          const res = await call(facilitator, 'GET', `/api/groups/${group.id}/members`);
          expect(res.body.items).toHaveLength(size);
          expect(
            res.body.items.every((m: { shared: boolean; enrolments: unknown[]; workshops: unknown[] }) => m.shared && m.enrolments.length === 1 && m.workshops.length === 1),
          ).toBe(true);
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      expect(await queriesFor(4)).toBe(await queriesFor(1));
    });
  });

  describe('personal data', () => {
    it('exports memberships and owned groups, and erasure deletes both, with the groups the person owned', async () => {
      const owner = await person('Félix Partant', ['learner', 'facilitator']);
      const owned = await createGroup(owner, { name: 'Groupe de Félix' });
      const member = await person('Marie Restante');
      await call(member, 'POST', '/api/groups/join', { code: owned.joinCode, shareProgress: true });
      await call(owner, 'POST', '/api/groups/join', { code: (await createGroup(facilitator)).joinCode, shareProgress: false });

      const exported = (await call(owner, 'GET', '/api/me/export')).body;
      expect(exported.sections.groups.ownedGroups).toEqual([expect.objectContaining({ name: 'Groupe de Félix', joinCode: owned.joinCode, memberCount: 1 })]);
      expect(exported.sections.groups.memberships).toEqual([expect.objectContaining({ group: 'Les mardis du numérique', shareProgress: false })]);

      expect((await call(owner, 'DELETE', '/api/me', { password: owner.password })).status).toBe(204);
      expect(await db.query(`SELECT id FROM learner_group WHERE owner_id = $1`, [owner.id])).toEqual([]);
      expect(await db.query(`SELECT id FROM group_member WHERE user_id = $1 OR group_id = $2`, [owner.id, owned.id])).toEqual([]);
      expect((await call(member, 'GET', '/api/me/groups')).body.items).toEqual([]);
    });
  });
});
