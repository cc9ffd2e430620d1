// Data the benchmarks share, written through the API where its rules matter (a published quiz, a started attempt)
// and in bulk SQL where only volume matters (learners, enrolments, progress, workshops).
import { randomUUID } from 'node:crypto';
import { httpRequest } from './http.mjs';

/** A published parcours of one module: a lesson and a quiz of `questions` single-choice questions. */
export function benchQuizDocument({ slug, questions }) {
  const items = Array.from({ length: questions }, (_, i) => ({
    key: `q-${i + 1}`,
    type: 'single_choice',
    stem: `Question ${i + 1} : quelle autorité protège les **données personnelles** ?`,
    explanation: 'La CNIL, autorité administrative indépendante.',
    competencies: [],
    choices: [
      { text: 'La CNIL', correct: true, feedback: 'Oui.' },
      { text: 'L’INSEE', correct: false, feedback: 'Non : l’INSEE produit des statistiques.' },
      { text: 'La CADA', correct: false },
      { text: 'L’ARCOM', correct: false },
    ],
  }));
  return {
    format: 'culture-d/parcours@1',
    parcours: {
      slug,
      title: 'Banc d’essai des quiz',
      summary: 'Un parcours pour mesurer les quiz.',
      summaryEn: 'A parcours to measure quizzes.',
      audiences: ['agent'],
      themes: ['democratie'],
      level: 'decouverte',
      objectives: ['Mesurer'],
      durationMinutes: 20,
      modules: [
        {
          key: 'm1',
          slug: 'module-1',
          title: 'Le module',
          summary: 'Un module.',
          objectives: ['Mesurer'],
          minutes: 20,
          competencies: [],
          prerequisites: [],
          activities: [
            { key: 'm1-lecon', type: 'lesson', title: 'Une leçon', minutes: 10, blocks: [{ type: 'markdown', markdown: 'Une **leçon**.' }] },
            {
              key: 'm1-quiz',
              type: 'quiz',
              title: 'Le quiz',
              minutes: 10,
              settings: { passMark: 60, maxAttempts: null, scoring: 'best', shuffleQuestions: true, shuffleChoices: true, showCorrectAnswers: 'after_submission' },
              questions: items,
            },
          ],
        },
      ],
    },
  };
}

/** Imports and publishes the bench quiz through the API as `author`; returns the quiz's activity id. */
export async function publishBenchQuiz(baseUrl, author, { slug, questions }) {
  const headers = { cookie: `cd_session=${author.token}` };
  const created = await httpRequest(`${baseUrl}/api/authoring/parcours/import`, { method: 'POST', headers, json: benchQuizDocument({ slug, questions }), timeoutMs: 30_000 });
  if (created.status !== 201) throw new Error(`import: ${created.status} ${created.body}`);
  const published = await httpRequest(`${baseUrl}/api/authoring/parcours/${JSON.parse(created.body).id}/publish`, { method: 'POST', headers, json: {}, timeoutMs: 30_000 });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${published.body}`);
  const outline = JSON.parse((await httpRequest(`${baseUrl}/api/parcours/${slug}`)).body);
  return outline.modules[0].activities.find((a) => a.type === 'quiz').id;
}

/**
 * Starts one attempt through the API as `learner`: the template cloned for every learner who submits. Every clone has
 * the same layout, so one body (the right answers: the learner passes) answers them all.
 */
export async function startTemplateAttempt(baseUrl, learner, quizId) {
  const started = await httpRequest(`${baseUrl}/api/quizzes/${quizId}/attempts`, { method: 'POST', headers: { cookie: `cd_session=${learner.token}` }, json: {} });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${started.body}`);
  const attempt = JSON.parse(started.body);
  const responses = attempt.questions.map((q) => ({ questionId: q.questionId, response: q.choices.find((c) => c.html.includes('La CNIL')).id }));
  return { templateId: attempt.attemptId, body: JSON.stringify({ responses }) };
}

/**
 * One open attempt per learner, cloned from the template (same state for both targets), and the enrolment in the quiz's
 * parcours that starting it made.
 */
export async function cloneAttempts(client, templateId, learners) {
  const { rows } = await client.query(
    `INSERT INTO quiz_attempt (user_id, activity_id, number, layout)
     SELECT u, t.activity_id, 1, t.layout FROM unnest($1::uuid[]) AS u, quiz_attempt t WHERE t.id = $2
     RETURNING id, user_id AS "userId"`,
    [learners.map((l) => l.id), templateId],
  );
  await client.query(
    `INSERT INTO enrolment (user_id, parcours_id, version_id)
     SELECT u, v.parcours_id, a.version_id
       FROM unnest($1::uuid[]) AS u, quiz_attempt t JOIN version_activity a ON a.id = t.activity_id JOIN parcours_version v ON v.id = a.version_id
      WHERE t.id = $2
     ON CONFLICT ON CONSTRAINT uq_enrolment_user_parcours DO NOTHING`,
    [learners.map((l) => l.id), templateId],
  );
  const tokenOf = new Map(learners.map((l) => [l.id, l.token]));
  return rows.map((r) => ({ attemptId: r.id, token: tokenOf.get(r.userId) }));
}

/** Fresh published online workshops, open for registration, `capacity` seats each. */
export async function seedWorkshops(client, { label, count, capacity }) {
  const { rows } = await client.query(
    `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, registration_closes_at, status)
     SELECT $1 || '-' || i, 'Atelier de charge ' || i, 'Banc d’essai', 'Banc d’essai', '{agent}', 'online',
            now() + interval '30 days', now() + interval '30 days 2 hours', 'https://visio.exemple.fr/atelier', $2, now() + interval '29 days', 'published'
       FROM generate_series(1, $3) i RETURNING id`,
    [label, capacity, count],
  );
  return rows.map((r) => r.id);
}

/** The invariant, per workshop: confirmed ≤ seats, counter = confirmed rows, and seats filled before anyone waits. */
export async function checkSeats(client, workshops) {
  const { rows } = await client.query(
    `SELECT w.id, w.capacity, w.confirmed_count,
            count(r.*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
            count(r.*) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted
       FROM workshop w LEFT JOIN registration r ON r.workshop_id = w.id
      WHERE w.id = ANY($1::uuid[]) GROUP BY w.id`,
    [workshops],
  );
  const broken = rows.filter((w) => w.confirmed > w.capacity || w.confirmed_count !== w.confirmed || (w.waitlisted > 0 && w.confirmed < w.capacity));
  return { workshops: rows.length, registrations: rows.reduce((n, w) => n + w.confirmed + w.waitlisted, 0), broken };
}

const VERBS = ['experienced', 'attempted', 'answered', 'completed', 'passed', 'failed'];

/** A batch of `size` fresh statements, shaped like what a lesson player sends: verb, activity, score, duration, time. */
export function statementBatch(size, k) {
  const now = Date.now();
  const statements = Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    verb: { id: `http://adlnet.gov/expapi/verbs/${VERBS[(k + i) % VERBS.length]}` },
    object: { id: `https://culture-d.fr/activites/${(k * 7 + i) % 500}`, objectType: 'Activity', definition: { name: { 'fr-FR': `Activité ${(k * 7 + i) % 500}` } } },
    result: { score: { scaled: ((k + i) % 11) / 10 }, success: (k + i) % 3 !== 0, completion: true, duration: `PT${(k + i) % 600}S` },
    timestamp: new Date(now - (size - i) * 1000).toISOString(),
  }));
  return JSON.stringify({ statements });
}

/** The published parcours with the most activities (the largest progress page and funnel). */
export async function largestParcours(client) {
  const { rows } = await client.query(
    `SELECT p.id AS "parcoursId", p.slug, v.id AS "versionId",
            (SELECT count(*)::int FROM version_module m WHERE m.version_id = v.id) AS modules,
            (SELECT count(*)::int FROM version_activity a WHERE a.version_id = v.id) AS activities
       FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
      WHERE p.status = 'published' ORDER BY activities DESC, p.slug LIMIT 1`,
  );
  if (!rows.length) throw new Error('no published parcours: was the starter catalogue (content/) loaded?');
  return rows[0];
}

/**
 * Learners `from`..`to` (accounts `bench-progress-<i>`, an enrolment in the parcours, progress on its activities) in
 * three statements. Learner i has completed the first (hash(i) mod (A + 1)) activities in parcours order and started
 * the next one, so that pages and funnels show every status; quizzes carry a score and an attempt.
 */
export async function seedEnrolledLearners(client, parcours, from, to) {
  await client.query(
    `INSERT INTO user_account (email, password_hash, display_name, audience)
     SELECT 'bench-progress-' || i || '@culture-d.test', 'not-a-hash', 'Apprenant·e ' || i, 'agent' FROM generate_series($1::int, $2::int) i
     ON CONFLICT (email) DO NOTHING`,
    [from, to],
  );
  await client.query(
    `INSERT INTO enrolment (user_id, parcours_id, version_id, started_at, last_activity_at)
     SELECT u.id, $3, $4, now() - interval '30 days', now() - make_interval(hours => i % 700)
       FROM generate_series($1::int, $2::int) i JOIN user_account u ON u.email = 'bench-progress-' || i || '@culture-d.test'
     ON CONFLICT ON CONSTRAINT uq_enrolment_user_parcours DO NOTHING`,
    [from, to, parcours.parcoursId, parcours.versionId],
  );
  await client.query(
    `WITH ordered AS (
       SELECT a.id, a.type, row_number() OVER (ORDER BY m.position, a.position) AS rank
         FROM version_activity a JOIN version_module m ON m.id = a.module_id WHERE a.version_id = $3),
     learners AS (
       SELECT e.id, abs(hashtext(u.email)) % ($4::int + 1) AS done
         FROM generate_series($1::int, $2::int) i
         JOIN user_account u ON u.email = 'bench-progress-' || i || '@culture-d.test'
         JOIN enrolment e ON e.user_id = u.id AND e.parcours_id = $5)
     INSERT INTO activity_progress (enrolment_id, activity_id, status, best_percent, attempts, counted_percent, completed_at)
     SELECT l.id, o.id, CASE WHEN o.rank <= l.done THEN 'completed' ELSE 'in_progress' END,
            CASE WHEN o.type = 'quiz' THEN 80 END, CASE WHEN o.type = 'quiz' THEN 1 ELSE 0 END, CASE WHEN o.type = 'quiz' THEN 80 END,
            CASE WHEN o.rank <= l.done THEN now() - interval '1 day' END
       FROM learners l JOIN ordered o ON o.rank <= l.done + 1
     ON CONFLICT ON CONSTRAINT pk_activity_progress DO NOTHING`,
    [from, to, parcours.versionId, parcours.activities, parcours.parcoursId],
  );
  await client.query('VACUUM ANALYZE user_account, enrolment, activity_progress, session');
  const { rows } = await client.query(`SELECT (SELECT count(*) FROM enrolment)::int AS enrolments, (SELECT count(*) FROM activity_progress)::int AS progress`);
  return rows[0];
}
