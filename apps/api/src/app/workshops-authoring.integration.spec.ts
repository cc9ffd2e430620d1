import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The text of a message file whose body is quoted-printable (accents, long lines). */
function quotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

interface Person {
  id: string;
  cookie: string;
  ip: string;
}

/** What the workshop editor reads back, the survey questions it writes, and a cancellation with its reason (docs/api.md). */
describe('workshops for authors', () => {
  let t: TestApp;
  let db: DataSource;
  let people = 0;
  let author: Person;
  let facilitator: Person;
  const dataDir = join(process.cwd(), 'tmp', `workshops-authoring-${process.pid}`);

  beforeAll(async () => {
    t = await startTestApp({ env: { DATA_DIR: dataDir, LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    author = await person('Aude Autrice', ['learner', 'author']);
    facilitator = await person('Félix Animateur', ['learner', 'facilitator']);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(who: Person | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const res = await t.app.inject({ method, url, payload, headers: who ? { cookie: who.cookie } : {}, remoteAddress: who?.ip ?? '192.0.2.1' });
    return { status: res.statusCode, body: res.body && String(res.headers['content-type']).includes('json') ? res.json() : undefined };
  }

  async function person(name: string, roles: string[]): Promise<Person> {
    people += 1;
    const ip = `198.51.100.${people}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      remoteAddress: ip,
      payload: { email: `ateliers-auteur-${people}@exemple.fr`, password: `une phrase de passe ${people} pour les ateliers`, displayName: name, audience: 'citoyen' },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, roles]);
    return { id, cookie: String(res.headers['set-cookie']).split(';')[0], ip };
  }

  const day = 86400_000;
  const workshop = (overrides: Record<string, unknown> = {}) => ({
    title: 'Atelier des élu·es',
    summary: 'Ouvrir les données de la commune.',
    description: 'Un atelier pour commencer.',
    audiences: ['elu'],
    format: 'online',
    startsAt: new Date(Date.now() + 20 * day).toISOString(),
    endsAt: new Date(Date.now() + 20 * day + 7200_000).toISOString(),
    onlineUrl: 'https://visio.example.org/culture-d',
    partners: [],
    capacity: 1,
    registrationOpensAt: new Date(Date.now() - day).toISOString(),
    registrationClosesAt: new Date(Date.now() + 19 * day).toISOString(),
    status: 'published',
    links: [],
    survey: [],
    facilitatorIds: [facilitator.id],
    ...overrides,
  });
  const survey = [
    { key: 'aisance', kind: 'scale', question: 'Votre aisance avec les données ?', min: 0, max: 10 },
    { key: 'sujets', kind: 'choice', question: 'Quels sujets ?', choices: ['budget', 'urbanisme', 'écoles'], multiple: true },
    { key: 'format', kind: 'choice', question: 'Quel format ?', choices: ['présentiel', 'en ligne'] },
  ];

  it('gives back what the editor edits: survey, facilitators by name, opening of registrations, seats taken', async () => {
    const created = await call(author, 'POST', '/api/authoring/workshops', workshop({ slug: 'relu', survey }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const learner = await person('Léa Inscrite', ['learner']);
    expect((await call(learner, 'POST', `/api/workshops/${id}/registrations`, {})).body.status).toBe('confirmed');

    const read = await call(author, 'GET', `/api/authoring/workshops/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      survey,
      facilitators: [{ id: facilitator.id, name: 'Félix Animateur' }],
      registrationOpensAt: expect.any(String),
      confirmedCount: 1,
      seatsLeft: 0,
    });
    const listed = (await call(author, 'GET', '/api/authoring/workshops')).body as { id: string; confirmedCount: number }[];
    expect(listed.find((w) => w.id === id)?.confirmedCount).toBe(1);

    // Saving what was read (the survey edited) keeps everything else.
    const { facilitators, ...rest } = read.body;
    const edited = { ...rest, facilitatorIds: facilitators.map((f: { id: string }) => f.id), survey: survey.slice(1) };
    for (const key of ['id', 'slug', 'timeZone', 'seatsLeft', 'waitlistCount', 'registrationOpen', 'confirmedCount']) delete (edited as Record<string, unknown>)[key];
    const saved = await call(author, 'PATCH', `/api/authoring/workshops/${id}`, edited);
    expect(saved.status).toBe(200);
    expect(saved.body.survey.map((q: { key: string }) => q.key)).toEqual(['sujets', 'format']);
    expect(saved.body.facilitators).toHaveLength(1);

    // Several options only where the question allows it.
    expect((await call(learner, 'POST', `/api/workshops/${id}/survey/responses`, { answers: { sujets: ['budget', 'écoles'], format: ['présentiel', 'en ligne'] } })).status).toBe(
      400,
    );
    expect((await call(learner, 'POST', `/api/workshops/${id}/survey/responses`, { answers: { sujets: ['budget', 'écoles'], format: 'en ligne' } })).status).toBe(204);
    expect((await call(facilitator, 'GET', `/api/workshops/${id}/survey/results`)).body.questions[0].counts).toEqual({ budget: 1, urbanisme: 0, écoles: 1 });
  });

  it('refuses survey questions that do not hold together, naming the question', async () => {
    const oneChoice = await call(
      author,
      'POST',
      '/api/authoring/workshops',
      workshop({ slug: 'un-choix', survey: [{ key: 'x', kind: 'choice', question: 'Un seul ?', choices: ['oui'] }] }),
    );
    expect(oneChoice.status).toBe(400);
    expect(oneChoice.body.errors.map((e: { field: string }) => e.field)).toEqual(['survey.0.choices']);

    const sameKey = await call(author, 'POST', '/api/authoring/workshops', workshop({ slug: 'meme-cle', survey: [survey[0], { ...survey[2], key: 'aisance' }] }));
    expect(sameKey.status).toBe(400);
    expect(sameKey.body).toMatchObject({ code: 'SURVEY_INVALID', errors: [{ field: 'survey.1.key' }] });

    const flat = await call(author, 'POST', '/api/authoring/workshops', workshop({ slug: 'plate', survey: [{ ...survey[0], min: 3, max: 3 }] }));
    expect(flat.body).toMatchObject({ code: 'SURVEY_INVALID', errors: [{ field: 'survey.0.max' }] });
    expect(Number((await db.query(`SELECT count(*) FROM workshop WHERE slug IN ('un-choix', 'meme-cle', 'plate')`))[0].count)).toBe(0);
  });

  it('cancels with a reason quoted in the e-mail to the people registered; without a reason too', async () => {
    const id = (await call(author, 'POST', '/api/authoring/workshops', workshop({ slug: 'annule', capacity: 5 }))).body.id as string;
    expect((await call(null, 'POST', `/api/workshops/${id}/registrations`, { guest: { name: 'Sam', email: 'sam-annule@exemple.fr', consent: true } })).status).toBe(201);
    expect((await call(author, 'POST', `/api/authoring/workshops/${id}/cancel`, { reason: 'x'.repeat(1001) })).status).toBe(400);
    expect((await call(author, 'POST', `/api/authoring/workshops/${id}/cancel`, { reason: '  La salle est inondée.  ' })).status).toBe(204);
    const cancelled = (await call(author, 'GET', `/api/authoring/workshops/${id}`)).body;
    expect(cancelled.status).toBe('cancelled');
    // Saving it again (published) must not bring it back behind the registrants' backs.
    expect((await call(author, 'PATCH', `/api/authoring/workshops/${id}`, workshop({ slug: 'annule', capacity: 5 }))).body).toMatchObject({ code: 'WORKSHOP_CANCELLED' });
    expect((await call(author, 'GET', `/api/authoring/workshops/${id}`)).body.status).toBe('cancelled');
    let mail: string | undefined;
    for (let i = 0; i < 50 && !mail; i += 1) {
      mail = readdirSync(join(dataDir, 'mail'))
        .map((f) => quotedPrintable(readFileSync(join(dataDir, 'mail', f), 'utf8')))
        .find((m) => m.includes('To: sam-annule@exemple.fr') && m.includes('est annulé'));
      if (!mail) await new Promise((r) => setTimeout(r, 50));
    }
    expect(mail).toContain('Raison de l’annulation : La salle est inondée.');

    const other = (await call(author, 'POST', '/api/authoring/workshops', workshop({ slug: 'annule-sans-raison' }))).body.id as string;
    expect((await call(author, 'POST', `/api/authoring/workshops/${other}/cancel`)).status).toBe(204);
  });
});
