import { exampleParcoursDocument } from '@culture-d/catalog/contracts';
import { LearnerProgress } from '@culture-d/progress/server';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Analytics for authors (docs/analytics.md): the completion funnel of a parcours, and the workshops' figures. */
describe('analytics', () => {
  let t: TestApp;
  let db: DataSource;
  let author: string;
  let counter = 0;

  async function call(method: 'GET' | 'POST', url: string, cookie?: string, payload?: unknown) {
    const res = await t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      payload: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined };
  }

  async function person(audience = 'agent', roles?: string[]): Promise<{ cookie: string; id: string }> {
    counter += 1;
    const res = await call('POST', '/api/auth/register', undefined, {
      email: `analyse-${counter}-${randomUUID()}@exemple.fr`,
      password: 'une longue phrase de passe',
      displayName: `Personne ${counter}`,
      audience,
    });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    if (roles) await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, roles]);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: res.body.email, password: 'une longue phrase de passe' }) });
    return { cookie: String(login.headers['set-cookie']).split(';')[0], id };
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    await db.query(`INSERT INTO competency_domain (code, title, description, position) VALUES ('D1', 'Comprendre', 'd', 1), ('D2', 'Protéger', 'd', 2)`);
    await db.query(
      `INSERT INTO competency (code, domain_code, title, description, position) VALUES ('D1.1', 'D1', 'Les enjeux', 'd', 1), ('D1.2', 'D1', 'Les acteurs', 'd', 2), ('D2.1', 'D2', 'Le RGPD', 'd', 1)`,
    );
    author = (await person('agent', ['learner', 'author'])).cookie;
  });
  afterAll(() => t.close());

  it('follows learners from enrolment through each module to completion, by audience, and names the drop-off', async () => {
    const document = exampleParcoursDocument({ slug: 'entonnoir', title: 'Parcours entonnoir', modules: 2 });
    const created = await call('POST', '/api/authoring/parcours/import', author, document);
    expect((await call('POST', `/api/authoring/parcours/${created.body.id}/publish`, author)).status).toBe(201);
    const outline = (await call('GET', '/api/parcours/entonnoir')).body as { modules: { key: string; activities: { id: string; type: string }[] }[] };
    const [m1, m2] = outline.modules;

    const completeModule = async (learner: { cookie: string; id: string }, module: (typeof outline.modules)[number]) => {
      for (const a of module.activities) {
        if (a.type === 'lesson') expect((await call('POST', `/api/activities/${a.id}/completion`, learner.cookie)).status).toBe(200);
        if (a.type === 'quiz')
          await db.transaction((m) =>
            t.app.get(LearnerProgress).recordQuizResult(m, { userId: learner.id, activityId: a.id, attemptId: randomUUID(), percent: 100, passed: true, competencies: [], submittedAt: new Date() }),
          );
      }
    };
    const onlyEnrolled = await person('agent');
    const firstModule = await person('agent');
    const everything = await person('agent');
    const elu = await person('elu');
    for (const learner of [onlyEnrolled, firstModule, everything, elu]) expect((await call('POST', '/api/parcours/entonnoir/enrolment', learner.cookie)).status).toBe(201);
    await completeModule(firstModule, m1);
    await completeModule(everything, m1);
    await completeModule(everything, m2);
    await completeModule(elu, m1);

    const all = await call('GET', `/api/analytics/parcours/${created.body.id}`, author);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ parcours: { id: created.body.id, slug: 'entonnoir' }, enrolled: 4, completed: 1, completionRate: 0.25 });
    expect(all.body.funnel.map((s: { step: string; count: number; lost: number }) => [s.step, s.count, s.lost])).toEqual([
      ['enrolled', 4, 0],
      [m1.key, 3, 1],
      [m2.key, 1, 2],
      ['completed', 1, 0],
    ]);
    expect(all.body.dropOff).toMatchObject({ step: m1.key, lost: 2 });
    expect(all.body.medianDaysToComplete).toBeGreaterThanOrEqual(0);

    const bySlug = await call('GET', '/api/analytics/parcours/entonnoir?audience=elu', author);
    expect(bySlug.body).toMatchObject({ enrolled: 1, completed: 0, filters: { audience: 'elu' } });
    expect(bySlug.body.funnel.map((s: { count: number }) => s.count)).toEqual([1, 1, 0, 0]);

    const future = await call('GET', `/api/analytics/parcours/entonnoir?from=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`, author);
    expect(future.body).toMatchObject({ enrolled: 0, completionRate: 0, medianDaysToComplete: null, dropOff: null });

    expect((await call('GET', '/api/analytics/parcours/entonnoir', onlyEnrolled.cookie)).status).toBe(403);
    expect((await call('GET', '/api/analytics/parcours/entonnoir')).status).toBe(401);
    expect((await call('GET', '/api/analytics/parcours/nulle-part', author)).body.code).toBe('PARCOURS_NOT_FOUND');
    expect((await call('GET', '/api/analytics/parcours/entonnoir?from=hier', author)).status).toBe(400);
    expect((await call('GET', '/api/analytics/parcours/entonnoir?audience=maire', author)).status).toBe(400);
  });

  it('gives each workshop its fill rate, waiting list and attendance rate, filtered by period and audience', async () => {
    const [full] = (await db.query(
      `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, confirmed_count, registration_closes_at, status)
       VALUES ('analyse-plein', 'Plein', 's', 'd', '{elu}', 'online', '2031-03-01T10:00:00Z', '2031-03-01T12:00:00Z', 'https://visio.exemple.fr', 2, 2, '2031-02-28T10:00:00Z', 'published')
       RETURNING id`,
    )) as { id: string }[];
    const [open] = (await db.query(
      `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, confirmed_count, registration_closes_at, status)
       VALUES ('analyse-libre', 'Libre', 's', 'd', '{agent,citoyen}', 'online', '2031-04-01T10:00:00Z', '2031-04-01T12:00:00Z', 'https://visio.exemple.fr', NULL, 1, '2031-03-31T10:00:00Z', 'published')
       RETURNING id`,
    )) as { id: string }[];
    const guest = (workshop: string, status: string, attendance: string | null, n: number) =>
      db.query(
        `INSERT INTO registration (workshop_id, guest_name, guest_email, guest_consent_at, status, attendance, confirmed_at) VALUES ($1, 'Invité', $2, now(), $3, $4, CASE WHEN $3 = 'confirmed' THEN now() END)`,
        [workshop, `invite-${n}-${randomUUID()}@exemple.fr`, status, attendance],
      );
    await guest(full.id, 'confirmed', 'attended', 1);
    await guest(full.id, 'confirmed', 'no_show', 2);
    await guest(full.id, 'waitlisted', null, 3);
    await guest(open.id, 'confirmed', null, 4);

    const period = '?from=2031-01-01&to=2032-01-01';
    const report = await call('GET', `/api/analytics/workshops${period}`, author);
    expect(report.status).toBe(200);
    const byslug = Object.fromEntries(report.body.items.map((w: { slug: string }) => [w.slug, w]));
    expect(Object.keys(byslug).sort()).toEqual(['analyse-libre', 'analyse-plein']);
    expect(byslug['analyse-plein']).toMatchObject({ capacity: 2, confirmed: 2, waitlisted: 1, fillRate: 1, attended: 1, noShow: 1, attendanceRate: 0.5 });
    expect(byslug['analyse-libre']).toMatchObject({ capacity: null, confirmed: 1, fillRate: null, attendanceRate: null });
    expect(report.body.totals).toMatchObject({ workshops: 2, confirmed: 3, waitlisted: 1, attended: 1, noShow: 1, fillRate: 1, attendanceRate: 0.5 });

    const forElus = await call('GET', `/api/analytics/workshops${period}&audience=elu`, author);
    expect(forElus.body.items.map((w: { slug: string }) => w.slug)).toEqual(['analyse-plein']);
    const before = await call('GET', '/api/analytics/workshops?to=2031-01-01', author);
    expect(before.body.items.map((w: { slug: string }) => w.slug)).not.toContain('analyse-plein');
  });
});
