import { exampleParcoursDocument, type ParcoursDocument } from '@culture-d/catalog/contracts';
import { LearnerProgress, type QuizResult } from '@culture-d/progress/server';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Enrolment, progress, completion rules, prerequisites, version pinning, workshop steps, query counts (docs/progress.md). */
describe('progress', () => {
  let t: TestApp;
  let db: DataSource;
  let author: string;
  let counter = 0;

  async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: unknown) {
    const res = await t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      payload: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
  }

  async function person(roles?: string[]): Promise<{ cookie: string; id: string }> {
    counter += 1;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        email: `apprenant-${counter}-${randomUUID()}@exemple.fr`,
        password: 'une longue phrase de passe',
        displayName: `Apprenant ${counter}`,
        audience: 'agent',
      }),
    });
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const id = JSON.parse(res.body).id as string;
    if (roles) await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, roles]);
    return { cookie, id };
  }

  /** A parcours of `modules` modules (each a lesson and a quiz, each module requiring the previous one), published. */
  function document(slug: string, modules = 2, edit?: (d: ParcoursDocument) => void): ParcoursDocument {
    const d = exampleParcoursDocument({ slug, title: `Parcours ${slug}`, modules });
    edit?.(d);
    return d;
  }

  async function publish(d: ParcoursDocument): Promise<{ id: string; outline: { modules: { key: string; activities: { id: string; key: string; type: string }[] }[] } }> {
    const created = await call('POST', '/api/authoring/parcours/import', author, d);
    expect(created.status).toBe(201);
    expect((await call('POST', `/api/authoring/parcours/${created.body.id}/publish`, author)).status).toBe(201);
    return { id: created.body.id, outline: (await call('GET', `/api/parcours/${d.parcours.slug}`)).body };
  }

  async function republish(parcoursId: string, slug: string) {
    expect((await call('POST', `/api/authoring/parcours/${parcoursId}/publish`, author)).status).toBe(201);
    return (await call('GET', `/api/parcours/${slug}`)).body as { modules: { activities: { id: string }[] }[] };
  }

  const activity = (outline: { modules: { key: string; activities: { id: string; key: string }[] }[] }, key: string) =>
    outline.modules.flatMap((m) => m.activities).find((a) => a.key === key)?.id as string;

  async function quizResult(userId: string, activityId: string, percent: number, passed: boolean, competencies: QuizResult['competencies'] = []) {
    await db.transaction((m) =>
      t.app.get(LearnerProgress).recordQuizResult(m, { userId, activityId, attemptId: randomUUID(), percent, passed, competencies, submittedAt: new Date() }),
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    await db.query(`INSERT INTO competency_domain (code, title, description, position) VALUES ('D1', 'Comprendre', 'd', 1), ('D2', 'Protéger', 'd', 2)`);
    await db.query(
      `INSERT INTO competency (code, domain_code, title, description, position) VALUES ('D1.1', 'D1', 'Les enjeux', 'd', 1), ('D1.2', 'D1', 'Les acteurs', 'd', 2), ('D2.1', 'D2', 'Le RGPD', 'd', 1)`,
    );
    author = (await person(['learner', 'author'])).cookie;
  });
  afterAll(() => t.close());

  it('enrols once: 201, then 200, and one enrolment for ten simultaneous clicks', async () => {
    await publish(document('enrolment-unique'));
    const learner = await person();
    const first = await call('POST', '/api/parcours/enrolment-unique/enrolment', learner.cookie);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ parcours: { slug: 'enrolment-unique', title: 'Parcours enrolment-unique' }, version: 1, status: 'in_progress', completedAt: null });
    const again = await call('POST', '/api/parcours/enrolment-unique/enrolment', learner.cookie);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const other = await person();
    const clicks = await Promise.all(Array.from({ length: 10 }, () => call('POST', '/api/parcours/enrolment-unique/enrolment', other.cookie)));
    expect(clicks.map((c) => c.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(clicks.map((c) => c.body.id)).size).toBe(1);
    expect((await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE user_id = $1`, [other.id]))[0].n).toBe(1);

    expect((await call('POST', '/api/parcours/nulle-part/enrolment', learner.cookie)).body.code).toBe('PARCOURS_NOT_FOUND');
    expect((await call('POST', '/api/parcours/enrolment-unique/enrolment')).status).toBe(401);
  });

  it('shows every module and activity, locks modules behind their prerequisites, and completes lessons idempotently', async () => {
    const { outline } = await publish(document('regles', 2));
    const learner = await person();
    expect(await call('GET', '/api/me/parcours/regles/progress', learner.cookie)).toMatchObject({ status: 404, body: { code: 'NOT_ENROLLED' } });
    await call('POST', '/api/parcours/regles/enrolment', learner.cookie);

    const start = (await call('GET', '/api/me/parcours/regles/progress', learner.cookie)).body;
    expect(start.modules.map((m: { key: string; status: string }) => [m.key, m.status])).toEqual([
      ['m1', 'not_started'],
      ['m2', 'locked'],
    ]);
    expect(start.modules[1].missingPrerequisites).toEqual([{ key: 'm1', title: 'Les données autour de nous' }]);
    expect(start.modules[0].activities[0]).toMatchObject({ key: 'm1-lecon', type: 'lesson', required: true, status: 'not_started', bestPercent: null, attempts: 0 });
    expect(start.next).toMatchObject({ id: activity(outline, 'm1-lecon'), type: 'lesson', module: { key: 'm1', slug: 'module-1' } });
    expect(start.percent).toBe(0);

    const locked = await call('POST', `/api/activities/${activity(outline, 'm2-lecon')}/completion`, learner.cookie);
    expect(locked).toMatchObject({ status: 409, body: { code: 'ACTIVITY_LOCKED', missing: [{ key: 'm1', title: 'Les données autour de nous' }] } });
    expect(await call('POST', `/api/activities/${activity(outline, 'm1-quiz')}/completion`, learner.cookie)).toMatchObject({ status: 422, body: { code: 'ACTIVITY_NEEDS_QUIZ' } });
    expect((await call('POST', `/api/activities/${randomUUID()}/completion`, learner.cookie)).body.code).toBe('ACTIVITY_NOT_FOUND');

    const done = await call('POST', `/api/activities/${activity(outline, 'm1-lecon')}/completion`, learner.cookie);
    expect(done).toMatchObject({ status: 200, body: { status: 'completed', moduleCompleted: false, parcoursCompleted: false } });
    const twice = await call('POST', `/api/activities/${activity(outline, 'm1-lecon')}/completion`, learner.cookie);
    expect(twice).toMatchObject({ status: 200, body: { completedAt: done.body.completedAt } });

    const after = (await call('GET', '/api/me/parcours/regles/progress', learner.cookie)).body;
    expect(after.modules[0]).toMatchObject({ status: 'in_progress' });
    expect(after.percent).toBe(25);
    expect(after.next).toMatchObject({ id: activity(outline, 'm1-quiz'), type: 'quiz' });

    const mine = (await call('GET', '/api/me/enrolments', learner.cookie)).body;
    expect(mine).toEqual([
      expect.objectContaining({
        parcours: { slug: 'regles', title: 'Parcours regles' },
        percent: 25,
        next: expect.objectContaining({ id: activity(outline, 'm1-quiz'), title: 'Vérifier mes acquis' }),
      }),
    ]);
  });

  it('completes a quiz when passed, keeps the best score and never goes back; the parcours completes with its certificate', async () => {
    const { outline } = await publish(document('quiz-et-fin', 2));
    const learner = await person();
    await call('POST', '/api/parcours/quiz-et-fin/enrolment', learner.cookie);
    const quiz = activity(outline, 'm1-quiz');
    await t.app.get(LearnerProgress).assertActivityOpen(learner.id, quiz);
    await expect(t.app.get(LearnerProgress).assertActivityOpen(learner.id, activity(outline, 'm2-quiz'))).rejects.toMatchObject({ code: 'ACTIVITY_LOCKED' });

    await quizResult(learner.id, quiz, 40, false);
    let page = (await call('GET', '/api/me/parcours/quiz-et-fin/progress', learner.cookie)).body;
    expect(page.modules[0].activities[1]).toMatchObject({ status: 'in_progress', bestPercent: 40, attempts: 1 });
    await quizResult(learner.id, quiz, 80, true);
    await quizResult(learner.id, quiz, 20, false);
    page = (await call('GET', '/api/me/parcours/quiz-et-fin/progress', learner.cookie)).body;
    expect(page.modules[0].activities[1]).toMatchObject({ status: 'completed', bestPercent: 80, attempts: 3 });
    expect(page.modules[0].status).toBe('in_progress'); // the lesson is still to do

    await call('POST', `/api/activities/${activity(outline, 'm1-lecon')}/completion`, learner.cookie);
    page = (await call('GET', '/api/me/parcours/quiz-et-fin/progress', learner.cookie)).body;
    expect(page.modules.map((m: { status: string }) => m.status)).toEqual(['completed', 'not_started']);

    await call('POST', `/api/activities/${activity(outline, 'm2-lecon')}/completion`, learner.cookie);
    await quizResult(learner.id, activity(outline, 'm2-quiz'), 100, true);
    page = (await call('GET', '/api/me/parcours/quiz-et-fin/progress', learner.cookie)).body;
    expect(page.enrolment).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    expect(page).toMatchObject({ percent: 100, next: null });
    expect((await db.query(`SELECT count(*)::int AS n FROM certificate WHERE enrolment_id = $1`, [page.enrolment.id]))[0].n).toBe(1);

    // Once completed, always completed: a later failed attempt changes nothing but the count.
    await quizResult(learner.id, activity(outline, 'm2-quiz'), 0, false);
    page = (await call('GET', '/api/me/parcours/quiz-et-fin/progress', learner.cookie)).body;
    expect(page.enrolment.status).toBe('completed');
    expect(page.modules[1].activities[1]).toMatchObject({ status: 'completed', bestPercent: 100, attempts: 2 });
    expect((await db.query(`SELECT count(*)::int AS n FROM certificate WHERE enrolment_id = $1`, [page.enrolment.id]))[0].n).toBe(1);
  });

  it('moves forward only, and exactly once, under simultaneous requests', async () => {
    const { outline } = await publish(document('concurrence', 2));
    const learner = await person();
    const lesson = activity(outline, 'm1-lecon');
    // Not enrolled yet: every request auto-enrols, one enrolment results.
    const results = await Promise.all(Array.from({ length: 8 }, () => call('POST', `/api/activities/${lesson}/completion`, learner.cookie)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(results.map((r) => r.body.completedAt)).size).toBe(1);
    expect((await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE user_id = $1`, [learner.id]))[0].n).toBe(1);

    const quiz = activity(outline, 'm1-quiz');
    await Promise.all([
      quizResult(learner.id, quiz, 90, true),
      quizResult(learner.id, quiz, 10, false),
      quizResult(learner.id, quiz, 30, false),
      quizResult(learner.id, quiz, 70, true),
    ]);
    const [row] = await db.query(
      `SELECT ap.status, ap.attempts, ap.best_percent FROM activity_progress ap JOIN enrolment e ON e.id = ap.enrolment_id WHERE e.user_id = $1 AND ap.activity_id = $2`,
      [learner.id, quiz],
    );
    expect(row).toEqual({ status: 'completed', attempts: 4, best_percent: 90 });

    // Both modules' last activities completed at the same time: the parcours still completes, once.
    await call('POST', `/api/activities/${activity(outline, 'm2-lecon')}/completion`, learner.cookie);
    const other = await person();
    await call('POST', '/api/parcours/concurrence/enrolment', other.cookie);
    await call('POST', `/api/activities/${lesson}/completion`, other.cookie);
    await quizResult(other.id, quiz, 100, true);
    await call('POST', `/api/activities/${activity(outline, 'm2-lecon')}/completion`, other.cookie);
    await Promise.all([quizResult(learner.id, activity(outline, 'm2-quiz'), 100, true), quizResult(learner.id, activity(outline, 'm2-quiz'), 95, true)]);
    const enrolment = (await db.query(`SELECT id, status FROM enrolment WHERE user_id = $1`, [learner.id]))[0];
    expect(enrolment.status).toBe('completed');
    expect((await db.query(`SELECT count(*)::int AS n FROM certificate WHERE enrolment_id = $1`, [enrolment.id]))[0].n).toBe(1);
  });

  it('keeps learners on the version they enrolled in when a new one is published', async () => {
    const { id, outline: v1 } = await publish(document('versions', 2));
    const early = await person();
    await call('POST', '/api/parcours/versions/enrolment', early.cookie);
    await call('POST', `/api/activities/${activity(v1, 'm1-lecon')}/completion`, early.cookie);

    const v2 = await republish(id, 'versions');
    const v2Lesson = v2.modules[0].activities[0].id;
    expect(v2Lesson).not.toBe(activity(v1, 'm1-lecon'));

    const page = (await call('GET', '/api/me/parcours/versions/progress', early.cookie)).body;
    expect(page.enrolment.version).toBe(1);
    expect(page.modules[0].activities[0]).toMatchObject({ id: activity(v1, 'm1-lecon'), status: 'completed' });
    expect(await call('POST', `/api/activities/${v2Lesson}/completion`, early.cookie)).toMatchObject({ status: 409, body: { code: 'ENROLLED_IN_OTHER_VERSION', version: 1 } });
    // Their version's activities keep working.
    expect((await call('POST', `/api/activities/${activity(v1, 'm2-lecon')}/completion`, early.cookie)).status).toBe(409); // still locked: m1's quiz
    expect((await call('POST', '/api/parcours/versions/enrolment', early.cookie)).body.version).toBe(1);

    const late = await person();
    expect((await call('POST', '/api/parcours/versions/enrolment', late.cookie)).body.version).toBe(2);
  });

  it('unenrols keeping the history, and reactivates it on enrolling again', async () => {
    const { outline } = await publish(document('desinscription', 2));
    const learner = await person();
    await call('POST', '/api/parcours/desinscription/enrolment', learner.cookie);
    await call('POST', `/api/activities/${activity(outline, 'm1-lecon')}/completion`, learner.cookie);
    expect((await call('DELETE', '/api/parcours/desinscription/enrolment', learner.cookie)).status).toBe(204);
    expect((await call('GET', '/api/me/parcours/desinscription/progress', learner.cookie)).body.code).toBe('NOT_ENROLLED');
    expect((await call('GET', '/api/me/enrolments', learner.cookie)).body).toEqual([]);
    expect(await call('DELETE', '/api/parcours/desinscription/enrolment', learner.cookie)).toMatchObject({ status: 404, body: { code: 'NOT_ENROLLED' } });

    expect((await call('POST', '/api/parcours/desinscription/enrolment', learner.cookie)).status).toBe(201);
    const page = (await call('GET', '/api/me/parcours/desinscription/progress', learner.cookie)).body;
    expect(page.modules[0].activities[0].status).toBe('completed');
  });

  it('reads the progress page in the same number of queries for 2 and for 6 modules', async () => {
    await publish(document('petit', 2));
    await publish(document('grand', 6));
    const learner = await person();
    await call('POST', '/api/parcours/petit/enrolment', learner.cookie);
    await call('POST', '/api/parcours/grand/enrolment', learner.cookie);
    const count = async (url: string) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        expect((await call('GET', url, learner.cookie)).status).toBe(200);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const small = await count('/api/me/parcours/petit/progress');
    const large = await count('/api/me/parcours/grand/progress');
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5); // the session lookup and three queries of the page
    const page = (await call('GET', '/api/me/parcours/grand/progress', learner.cookie)).body;
    expect(page.modules).toHaveLength(6);
    expect(await count('/api/me/enrolments')).toBe(small);
  });

  it('uses the diagnostic to mark modules already mastered and feeds the competency profile', async () => {
    const { outline } = await publish(
      document('diagnostic', 3, (d) => {
        const [m1, m2, m3] = d.parcours.modules;
        m1.prerequisites = [];
        m2.prerequisites = [];
        m3.prerequisites = [];
        m1.competencies = [];
        m2.competencies = ['D1.1'];
        m3.competencies = ['D1.2', 'D2.1'];
        const quiz = m1.activities[1];
        if (quiz.type === 'quiz') quiz.diagnostic = true;
      }),
    );
    const learner = await person();
    await call('POST', '/api/parcours/diagnostic/enrolment', learner.cookie);
    await quizResult(learner.id, activity(outline, 'm1-quiz'), 70, true, [
      { code: 'D1.1', points: 4, maxPoints: 5 },
      { code: 'D1.2', points: 1, maxPoints: 4 },
    ]);
    const page = (await call('GET', '/api/me/parcours/diagnostic/progress', learner.cookie)).body;
    expect(page.modules.map((m: { key: string; mastered: boolean; status: string }) => [m.key, m.mastered, m.status])).toEqual([
      ['m1', false, 'in_progress'],
      ['m2', true, 'not_started'],
      ['m3', false, 'not_started'],
    ]);
    expect(page.diagnostic).toEqual({
      competencies: [
        { code: 'D1.1', percent: 80 },
        { code: 'D1.2', percent: 25 },
      ],
      recommendedStart: 'm1',
    });
    expect(page.next.id).toBe(activity(outline, 'm1-lecon'));

    // Another quiz touching D1.2 adds evidence; each quiz counts its best attempt once.
    await quizResult(learner.id, activity(outline, 'm3-quiz'), 50, false, [{ code: 'D1.2', points: 2, maxPoints: 4 }]);
    await quizResult(learner.id, activity(outline, 'm3-quiz'), 100, true, [{ code: 'D1.2', points: 4, maxPoints: 4 }]);
    const profile = (await call('GET', '/api/me/competencies', learner.cookie)).body;
    expect(profile.domains).toEqual([
      {
        code: 'D1',
        title: 'Comprendre',
        competencies: [
          { code: 'D1.1', title: 'Les enjeux', percent: 80, level: 'mastered', evidence: 1 },
          { code: 'D1.2', title: 'Les acteurs', percent: 63, level: 'developing', evidence: 2 },
        ],
      },
      { code: 'D2', title: 'Protéger', competencies: [{ code: 'D2.1', title: 'Le RGPD', percent: null, level: 'not_assessed', evidence: 0 }] },
    ]);
  });

  it('exports the enrolments with their progress, and erases them with the account', async () => {
    const { outline } = await publish(document('donnees-personnelles', 2));
    const learner = await person();
    await call('POST', `/api/activities/${activity(outline, 'm1-lecon')}/completion`, learner.cookie);
    await quizResult(learner.id, activity(outline, 'm1-quiz'), 75, true, [{ code: 'D1.1', points: 3, maxPoints: 4 }]);
    const exported = await call('GET', '/api/me/export', learner.cookie);
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body)).toContain('donnees-personnelles');
    const section = exported.body.sections.progress as { enrolments: { parcours: string; activities: { status: string }[] }[] };
    expect(section.enrolments).toEqual([
      expect.objectContaining({
        parcours: 'donnees-personnelles',
        activities: [expect.objectContaining({ status: 'completed' }), expect.objectContaining({ status: 'completed', best_percent: 75 })],
      }),
    ]);

    expect((await call('DELETE', '/api/me', learner.cookie, { password: 'une longue phrase de passe' })).status).toBe(204);
    expect((await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE user_id = $1`, [learner.id]))[0].n).toBe(0);
    expect(
      (
        await db.query(`SELECT count(*)::int AS n FROM activity_progress ap WHERE ap.activity_id = ANY($1::uuid[])`, [
          [activity(outline, 'm1-lecon'), activity(outline, 'm1-quiz')],
        ])
      )[0].n,
    ).toBe(0);
  });

  it('completes the workshop step when a facilitator records attendance through the workshops API', async () => {
    const [{ id: workshopId }] = await db.query(
      `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, registration_closes_at, status)
       VALUES ('atelier-suivi', 'Atelier', 's', 'd', '{agent}', 'online', now() + interval '2 days', now() + interval '2 days 2 hours', 'https://visio.example.org', 10, now() + interval '1 day', 'published') RETURNING id`,
    );
    const { outline } = await publish(
      document('avec-atelier', 2, (d) => {
        d.parcours.modules[0].activities.push({
          key: 'm1-atelier',
          type: 'workshop',
          title: 'Participer à l’atelier',
          minutes: 60,
          role: 'follow_up',
          workshops: ['atelier-suivi'],
          instructions: 'Venez.',
        });
      }),
    );
    const learner = await person();
    await call('POST', '/api/parcours/avec-atelier/enrolment', learner.cookie);
    const step = activity(outline, 'm1-atelier');
    expect(await call('POST', `/api/activities/${step}/completion`, learner.cookie)).toMatchObject({ status: 422, body: { code: 'ACTIVITY_NEEDS_ATTENDANCE' } });
    let page = (await call('GET', '/api/me/parcours/avec-atelier/progress', learner.cookie)).body;
    expect(page.modules[0].activities[2]).toMatchObject({ id: step, required: false, status: 'not_started' });

    const registration = await call('POST', `/api/workshops/${workshopId}/registrations`, learner.cookie, {});
    expect(registration.status).toBe(201);
    const marked = await call('PATCH', `/api/registrations/${registration.body.id}`, author, { attendance: 'attended' });
    expect(marked.status).toBe(200);

    // The event is handled after the response: wait for it (bounded), then check.
    for (let i = 0; i < 50 && page.modules[0].activities[2].status !== 'completed'; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      page = (await call('GET', '/api/me/parcours/avec-atelier/progress', learner.cookie)).body;
    }
    expect(page.modules[0].activities[2]).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    expect(page.modules[0].status).toBe('in_progress'); // optional: the lesson and the quiz are still required
  });
});
