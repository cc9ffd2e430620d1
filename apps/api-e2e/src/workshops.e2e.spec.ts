import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as Pg } from 'pg';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js');
import { Client, newPerson } from './support/client';
import { freePort, startServer, type RunningServer } from './support/server';

describe('workshops: registration, waiting list and cancellation over HTTP, on two API instances', () => {
  let database: TestDatabase;
  const servers: RunningServer[] = [];
  const dataDirs: string[] = [];
  let pg: Pg;
  const client = (i = 0) => new Client(servers[i].baseUrl);

  async function workshop(overrides: { capacity?: number | null; closesInHours?: number; slug?: string } = {}): Promise<string> {
    const { rows } = await pg.query(
      `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, venue, capacity, registration_closes_at, status)
       VALUES ($1, 'Atelier Culture D', 'Résumé', 'Description', '{citoyen}', 'in_person', now() + interval '10 days', now() + interval '10 days 2 hours',
               '{"name":"TUBÀ","address":"Adresse communiquée aux personnes inscrites","postcode":"69003","city":"Lyon"}', $2, now() + make_interval(hours => $3), 'published')
       RETURNING id`,
      [overrides.slug ?? `atelier-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, overrides.capacity === undefined ? 20 : overrides.capacity, overrides.closesInHours ?? 24],
    );
    return rows[0].id as string;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'cd-workshops-'));
      dataDirs.push(dataDir);
      servers.push(await startServer({ PORT: String(port), DATABASE_URL: database.url, DATA_DIR: dataDir, TRUST_PROXY: 'true', PUBLIC_URL: `http://127.0.0.1:${port}`, LOAD_STARTER_CONTENT: 'false' }));
    }
    pg = new Pg({ connectionString: database.url });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
    dataDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('never confirms more than the seats: 200 simultaneous guests on two instances for 20 seats, then 5 cancellations promote positions 1 to 5', async () => {
    const id = await workshop({ capacity: 20 });
    const guests = Array.from({ length: 200 }, (_, i) => ({ name: `Invité·e ${i}`, email: `invite-${i}-${id.slice(0, 8)}@exemple.fr`, consent: true }));
    const answers = await Promise.all(guests.map((guest, i) => client(i % 2).post(`/api/workshops/${id}/registrations`, { guest })));
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    expect(answers.filter((a) => a.body.status === 'confirmed')).toHaveLength(20);
    expect(answers.filter((a) => a.body.status === 'waitlisted')).toHaveLength(180);

    const { rows } = await pg.query(
      `SELECT status, count(*)::int AS n, count(DISTINCT guest_email)::int AS people FROM registration WHERE workshop_id = $1 GROUP BY status ORDER BY status`,
      [id],
    );
    expect(rows).toEqual([
      { status: 'confirmed', n: 20, people: 20 },
      { status: 'waitlisted', n: 180, people: 180 },
    ]);
    expect((await pg.query('SELECT confirmed_count FROM workshop WHERE id = $1', [id])).rows[0].confirmed_count).toBe(20);
    const listed = (await client().get(`/api/workshops/${id}`)).body;
    expect(listed).toMatchObject({ capacity: 20, seatsLeft: 0, waitlistCount: 180 });

    // Cancellation tokens arrive by e-mail (file outbox of each instance), sent just after each answer.
    const tokens = new Map<string, string>();
    for (let attempt = 0; attempt < 100 && tokens.size < 200; attempt += 1) {
      for (const dir of dataDirs) {
        for (const file of readdirSync(join(dir, 'mail'))) {
          const raw = readFileSync(join(dir, 'mail', file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
          const to = /^To: (.+)$/m.exec(raw)?.[1].trim();
          const token = /jeton=([A-Za-z0-9_-]+)/.exec(raw)?.[1];
          if (to && token) tokens.set(to, token);
        }
      }
      if (tokens.size < 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(tokens.size).toBe(200);
    const waitlistBefore = (await pg.query(`SELECT guest_email FROM registration WHERE workshop_id = $1 AND status = 'waitlisted' ORDER BY queue_number`, [id])).rows.map((r) => r.guest_email);
    const leaving = (await pg.query(`SELECT guest_email FROM registration WHERE workshop_id = $1 AND status = 'confirmed' LIMIT 5`, [id])).rows.map((r) => r.guest_email);
    const cancelled = await Promise.all(leaving.map((email, i) => client(i % 2).post('/api/registrations/cancel', { token: tokens.get(email) })));
    expect(cancelled.map((c) => c.status)).toEqual([204, 204, 204, 204, 204]);

    const confirmedNow = (await pg.query(`SELECT guest_email FROM registration WHERE workshop_id = $1 AND status = 'confirmed'`, [id])).rows.map((r) => r.guest_email);
    expect(confirmedNow).toHaveLength(20);
    expect(confirmedNow).toEqual(expect.arrayContaining(waitlistBefore.slice(0, 5)));
    expect(confirmedNow).not.toEqual(expect.arrayContaining([waitlistBefore[5]]));
    expect((await client().get(`/api/workshops/${id}`)).body).toMatchObject({ seatsLeft: 0, waitlistCount: 175 });
    // A used link does not work twice.
    expect((await client().post('/api/registrations/cancel', { token: tokens.get(leaving[0]) })).status).toBe(404);
  });

  it('registers a signed-in learner once, lists it, and cancels it, giving the seat back', async () => {
    const id = await workshop({ capacity: 3 });
    const learner = client();
    await learner.post('/api/auth/register', newPerson({ audience: 'citoyen' }));
    const first = await learner.post(`/api/workshops/${id}/registrations`);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'confirmed', workshopId: id });
    const twice = await learner.post(`/api/workshops/${id}/registrations`);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_REGISTERED');
    const mine = (await learner.get('/api/me/registrations')).body;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'confirmed', workshop: { id } });
    expect((await client().get(`/api/workshops/${id}`)).body.seatsLeft).toBe(2);
    expect((await learner.delete(`/api/workshops/${id}/registrations/mine`)).status).toBe(204);
    expect((await client().get(`/api/workshops/${id}`)).body.seatsLeft).toBe(3);
    expect((await learner.delete(`/api/workshops/${id}/registrations/mine`)).status).toBe(404);
    expect((await learner.post(`/api/workshops/${id}/registrations`)).status).toBe(201); // again after cancelling
  });

  it('refuses a guest twice with the same e-mail, a guest without consent, a visitor without details, and closed registrations', async () => {
    const id = await workshop();
    const guest = { name: 'Dominique', email: `dominique-${id.slice(0, 8)}@exemple.fr`, consent: true };
    expect((await client().post(`/api/workshops/${id}/registrations`, { guest })).status).toBe(201);
    const again = await client(1).post(`/api/workshops/${id}/registrations`, { guest: { ...guest, email: guest.email.toUpperCase() } });
    expect(again.status).toBe(409);
    expect((await client().post(`/api/workshops/${id}/registrations`, { guest: { ...guest, email: 'autre@exemple.fr', consent: false } })).status).toBe(400);
    const anonymous = await client().post(`/api/workshops/${id}/registrations`, {});
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.code).toBe('GUEST_DETAILS_REQUIRED');
    const closed = await workshop({ closesInHours: -1 });
    const late = await client().post(`/api/workshops/${closed}/registrations`, { guest: { ...guest, email: 'tard@exemple.fr' } });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('REGISTRATION_CLOSED');
    expect((await client().post('/api/workshops/00000000-0000-4000-8000-000000000000/registrations', { guest })).status).toBe(404);
  });

  it('limits guest registrations per IP and per address, since each one sends an e-mail', async () => {
    const id = await workshop({ capacity: null });
    const sameIp = client();
    for (let i = 0; i < 20; i += 1) {
      expect((await sameIp.post(`/api/workshops/${id}/registrations`, { guest: { name: `G${i}`, email: `g${i}-${id.slice(0, 6)}@exemple.fr`, consent: true } })).status).toBe(201);
    }
    const blocked = await sameIp.post(`/api/workshops/${id}/registrations`, { guest: { name: 'G20', email: `g20-${id.slice(0, 6)}@exemple.fr`, consent: true } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);

    const victim = `cible-${id.slice(0, 6)}@exemple.fr`;
    const others = [await workshop(), await workshop(), await workshop(), await workshop()];
    const answers = [];
    for (const other of others) answers.push((await client().post(`/api/workshops/${other}/registrations`, { guest: { name: 'X', email: victim, consent: true } })).status);
    expect(answers).toEqual([201, 201, 201, 429]);
  });

  it('lists upcoming workshops with seats left, filtered by audience and city (accents and case ignored)', async () => {
    const id = await workshop({ capacity: null });
    const lyon = (await client().get('/api/workshops?city=LYON&audience=citoyen')).body;
    expect(lyon.items.map((w: { id: string }) => w.id)).toContain(id);
    const unlimited = lyon.items.find((w: { id: string }) => w.id === id);
    expect(unlimited).toMatchObject({ seatsLeft: null, capacity: null, timeZone: 'Europe/Paris', registrationOpen: true });
    expect((await client().get('/api/workshops?city=Paris')).body.items.map((w: { id: string }) => w.id)).not.toContain(id);
    expect((await client().get('/api/workshops?audience=elu')).body.items.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it('offers valid iCalendar files, for one workshop and as a feed, and sends the invitation with the confirmation', async () => {
    const id = await workshop({ capacity: 10 });
    const one = await client().get(`/api/workshops/${id}/ics`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(one.text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    const { rows } = await pg.query('SELECT starts_at, ends_at FROM workshop WHERE id = $1', [id]);
    expect(event.uid).toBe(`workshop-${id}@culture-d`);
    expect(event.summary).toBe('Atelier Culture D');
    const seconds = (d: Date) => Math.floor(d.getTime() / 1000); // iCalendar times have whole seconds
    expect(seconds(event.startDate.toJSDate())).toBe(seconds(new Date(rows[0].starts_at)));
    expect(seconds(event.endDate.toJSDate())).toBe(seconds(new Date(rows[0].ends_at)));
    expect(event.location).toContain('TUBÀ');
    expect(events[0].getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(String(events[0].getFirstPropertyValue('url'))).toMatch(/\/ateliers\/atelier-/);
    expect(one.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true); // folded lines

    const feed = new ICAL.Component(ICAL.parse((await client().get('/api/workshops/feed.ics')).text));
    const uids = feed.getAllSubcomponents('vevent').map((e: InstanceType<typeof ICAL.Component>) => new ICAL.Event(e).uid);
    expect(uids).toContain(`workshop-${id}@culture-d`);

    const email = `ics-${id.slice(0, 8)}@exemple.fr`;
    expect((await client().post(`/api/workshops/${id}/registrations`, { guest: { name: 'Alex', email, consent: true } })).status).toBe(201);
    let mail = '';
    for (let i = 0; i < 50 && !mail; i += 1) {
      for (const dir of dataDirs) {
        for (const file of readdirSync(join(dir, 'mail'))) {
          const raw = readFileSync(join(dir, 'mail', file), 'utf8');
          if (raw.includes(`To: ${email}`)) mail = raw;
        }
      }
      if (!mail) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mail).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/);
  });
  describe('authors, facilitators and attendance', () => {
    let author: Client;
    let facilitator: Client;
    let facilitatorId: string;
    let other: Client;

    const body = (overrides: Record<string, unknown> = {}) => ({
      title: 'Atelier des médiateur·rices',
      summary: 'Explorer les besoins.',
      description: 'Un atelier pour identifier les besoins et les attentes.',
      audiences: ['mediateur'],
      format: 'online',
      startsAt: new Date(Date.now() + 20 * 86400_000).toISOString(),
      endsAt: new Date(Date.now() + 20 * 86400_000 + 7200_000).toISOString(),
      onlineUrl: 'https://visio.example.org/culture-d',
      partners: ['La Mednum'],
      capacity: 2,
      registrationClosesAt: new Date(Date.now() + 19 * 86400_000).toISOString(),
      status: 'published',
      links: [],
      facilitatorIds: [facilitatorId],
      ...overrides,
    });

    async function withRole(role: string): Promise<{ c: Client; id: string }> {
      const person = newPerson();
      const id = (await client().post('/api/auth/register', person)).body.id as string;
      await pg.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, ['learner', role]]);
      const fresh = client();
      expect((await fresh.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);
      return { c: fresh, id };
    }

    beforeAll(async () => {
      author = (await withRole('author')).c;
      const f = await withRole('facilitator');
      facilitator = f.c;
      facilitatorId = f.id;
      other = (await withRole('facilitator')).c;
    });

    it('creates, lists, edits and refuses impossible schedules', async () => {
      const created = await author.post('/api/authoring/workshops', body());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ slug: 'atelier-des-mediateur-rices', capacity: 2, seatsLeft: 2, status: 'published' });
      const backwards = await author.post('/api/authoring/workshops', body({ slug: 'a-l-envers', endsAt: new Date(Date.now() + 86400_000).toISOString() }));
      expect(backwards.status).toBe(422);
      expect(backwards.body.code).toBe('INVALID_SCHEDULE');
      expect((await author.post('/api/authoring/workshops', body({ slug: 'sans-lien', onlineUrl: undefined }))).status).toBe(422);
      expect((await author.get('/api/authoring/workshops')).body.map((w: { id: string }) => w.id)).toContain(created.body.id);
    });

    it('gives new seats to the waiting list in order when the capacity grows, and refuses to shrink below the confirmed', async () => {
      const id = (await author.post('/api/authoring/workshops', body({ slug: `capacite-${Date.now()}` }))).body.id;
      const answers = [];
      for (let i = 0; i < 4; i += 1) answers.push(await client().post(`/api/workshops/${id}/registrations`, { guest: { name: `P${i}`, email: `p${i}-${id.slice(0, 6)}@exemple.fr`, consent: true } }));
      expect(answers.map((a) => a.body.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
      expect((await author.patch(`/api/authoring/workshops/${id}`, body({ capacity: 1 }))).body.code).toBe('CAPACITY_BELOW_CONFIRMED');
      const grown = await author.patch(`/api/authoring/workshops/${id}`, body({ capacity: 3 }));
      expect(grown.body).toMatchObject({ capacity: 3, seatsLeft: 0, waitlistCount: 1 });
      const statuses = (await pg.query(`SELECT status FROM registration WHERE workshop_id = $1 ORDER BY queue_number`, [id])).rows;
      expect(statuses.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    });

    it('shows registrants to the workshop’s facilitators only, as JSON or CSV, and records attendance', async () => {
      const id = (await author.post('/api/authoring/workshops', body({ slug: `presence-${Date.now()}` }))).body.id;
      const learner = client();
      await learner.post('/api/auth/register', newPerson({ displayName: 'Élodie Présente' }));
      await learner.post(`/api/workshops/${id}/registrations`);
      await client().post(`/api/workshops/${id}/registrations`, { guest: { name: 'Zoé; "invitée"', email: `zoe-${id.slice(0, 6)}@exemple.fr`, consent: true } });

      expect((await other.get(`/api/workshops/${id}/registrations`)).status).toBe(403);
      expect((await learner.get(`/api/workshops/${id}/registrations`)).status).toBe(403);
      const list = await facilitator.get(`/api/workshops/${id}/registrations`);
      expect(list.status).toBe(200);
      expect(list.body.map((r: { name: string; kind: string }) => [r.name, r.kind])).toEqual([
        ['Élodie Présente', 'member'],
        ['Zoé; "invitée"', 'guest'],
      ]);

      const raw = await fetch(`${servers[0].baseUrl}/api/workshops/${id}/registrations?separator=semicolon`, { headers: { accept: 'text/csv', cookie: facilitator.cookie ?? '', 'x-forwarded-for': facilitator.ip } });
      expect(raw.headers.get('content-type')).toMatch(/^text\/csv/);
      const bytes = Buffer.from(await raw.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8');
      expect(csv).toContain('Nom;E-mail;Type;Statut;Position;Présence;Inscription');
      expect(csv).toContain('"Zoé; ""invitée"""');
      // A plain download link cannot send `Accept: text/csv`: `?format=csv` gives the same file.
      const linked = await fetch(`${servers[0].baseUrl}/api/workshops/${id}/registrations?format=csv`, { headers: { cookie: facilitator.cookie ?? '', 'x-forwarded-for': facilitator.ip } });
      expect(linked.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(await linked.text()).toContain('Nom,E-mail,Type,Statut,Position,Présence,Inscription');

      const member = list.body[0];
      const marked = await facilitator.patch(`/api/registrations/${member.id}`, { attendance: 'attended' });
      expect(marked.status).toBe(200);
      expect(marked.body.attendance).toBe('attended');
      expect((await other.patch(`/api/registrations/${member.id}`, { attendance: 'no_show' })).status).toBe(403);
      expect((await facilitator.patch(`/api/registrations/${member.id}`, { attendance: 'peut-être' })).status).toBe(400);
      const sheet = await facilitator.request('PUT', `/api/workshops/${id}/attendance`, { attendance: 'no_show', registrationIds: list.body.map((r: { id: string }) => r.id) });
      expect(sheet.status).toBe(200);
      expect(sheet.body.map((r: { attendance: string }) => r.attendance)).toEqual(['no_show', 'no_show']);
      expect((await facilitator.request('PUT', `/api/workshops/${id}/attendance`, { attendance: 'attended', registrationIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(404);
    });

    it('cancels a workshop, telling the people registered, and refuses to delete one with registrations', async () => {
      const id = (await author.post('/api/authoring/workshops', body({ slug: `annule-${Date.now()}` }))).body.id;
      const email = `annule-${id.slice(0, 6)}@exemple.fr`;
      await client().post(`/api/workshops/${id}/registrations`, { guest: { name: 'Sam', email, consent: true } });
      expect((await author.delete(`/api/authoring/workshops/${id}`)).status).toBe(409);
      expect((await author.post(`/api/authoring/workshops/${id}/cancel`)).status).toBe(204);
      expect((await client().get(`/api/workshops/${id}`)).body).toMatchObject({ status: 'cancelled', registrationOpen: false });
      expect((await client().post(`/api/workshops/${id}/registrations`, { guest: { name: 'Tard', email: 'tard2@exemple.fr', consent: true } })).status).toBe(422);
      let found = false;
      for (let i = 0; i < 50 && !found; i += 1) {
        found = dataDirs.some((dir) =>
          readdirSync(join(dir, 'mail')).some((f) => {
            const raw = readFileSync(join(dir, 'mail', f), 'utf8');
            return raw.includes(`To: ${email}`) && raw.includes('annul');
          }),
        );
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      expect(found).toBe(true);
      const draft = (await author.post('/api/authoring/workshops', body({ slug: `brouillon-${Date.now()}`, status: 'draft' }))).body.id;
      expect((await client().get(`/api/workshops/${draft}`)).status).toBe(404);
      expect((await author.delete(`/api/authoring/workshops/${draft}`)).status).toBe(204);
    });

    it('lets registrants answer the needs survey and shows organisers the aggregate only', async () => {
      const survey = [
        { key: 'aisance', kind: 'scale', question: 'Votre aisance avec les données ?', min: 1, max: 5 },
        { key: 'format', kind: 'choice', question: 'Quel format préférez-vous ?', choices: ['présentiel', 'en ligne'] },
        { key: 'attentes', kind: 'text', question: 'Qu’attendez-vous de cet atelier ?' },
      ];
      const id = (await author.post('/api/authoring/workshops', body({ slug: `enquete-${Date.now()}`, capacity: 10, survey }))).body.id;
      const people = [client(), client()];
      for (const p of people) {
        await p.post('/api/auth/register', newPerson());
        await p.post(`/api/workshops/${id}/registrations`);
      }
      expect((await people[0].get(`/api/workshops/${id}/survey`)).body).toEqual({ questions: survey, answers: null });
      expect((await people[0].post(`/api/workshops/${id}/survey/responses`, { answers: { aisance: 9 } })).status).toBe(400);
      expect((await people[0].post(`/api/workshops/${id}/survey/responses`, { answers: { aisance: 2, format: 'en ligne', attentes: 'Des exemples' } })).status).toBe(204);
      expect((await people[0].post(`/api/workshops/${id}/survey/responses`, { answers: { aisance: 3, format: 'en ligne' } })).status).toBe(204); // changed mind
      expect((await people[1].post(`/api/workshops/${id}/survey/responses`, { answers: { aisance: 5, format: 'présentiel' } })).status).toBe(204);
      const outsider = client();
      await outsider.post('/api/auth/register', newPerson());
      expect((await outsider.post(`/api/workshops/${id}/survey/responses`, { answers: { aisance: 1 } })).status).toBe(404);
      expect((await people[0].get(`/api/workshops/${id}/survey/results`)).status).toBe(403);

      const results = (await facilitator.get(`/api/workshops/${id}/survey/results`)).body;
      expect(results.responses).toBe(2);
      expect(results.questions[0]).toMatchObject({ key: 'aisance', mean: 4, counts: { '3': 1, '5': 1 } });
      expect(results.questions[1].counts).toEqual({ présentiel: 1, 'en ligne': 1 });
      expect(JSON.stringify(results)).not.toMatch(/@exemple\.fr|Des exemples/);
      const csv = await fetch(`${servers[0].baseUrl}/api/workshops/${id}/survey/results?separator=semicolon`, { headers: { accept: 'text/csv', cookie: facilitator.cookie ?? '', 'x-forwarded-for': facilitator.ip } });
      const text = (await csv.text()).replace(/^\uFEFF/, '');
      expect(text.split('\r\n')[0]).toBe('Question;Type;Réponse;Nombre;Moyenne');
      expect(text).toContain('Votre aisance avec les données ?;échelle;5;1;4');
    });
  });
});
