import { exampleParcoursDocument, type ParcoursDocument, type QuizDocument } from '@culture-d/catalog/contracts';
import { exampleQuestionsOfEveryType, exampleRightResponse, type LearnerQuestion, type QuestionDocument, type QuizSettings } from '@culture-d/quiz/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Attempts: start, resume, no answers leaked, server-side scoring, limits, races, query counts, the bank's draws, erasure. */
describe('quiz attempts', () => {
  let t: TestApp;
  let db: DataSource;
  let author: string;
  let counter = 0;

  async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: unknown) {
    const res = await t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      payload: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, text: res.body };
  }

  async function person(roles?: string[]): Promise<{ cookie: string; id: string; password: string }> {
    counter += 1;
    const password = 'une longue phrase de passe';
    const res = await call('POST', '/api/auth/register', undefined, {
      email: `quiz-${counter}-${randomUUID()}@exemple.fr`,
      password,
      displayName: `Apprenant ${counter}`,
      audience: 'agent',
    });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    if (roles) await db.query(`UPDATE user_account SET roles = $2 WHERE id = $1`, [id, roles]);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: res.body.email, password }),
    });
    return { cookie: String(login.headers['set-cookie']).split(';')[0], id, password };
  }

  /** Publishes a parcours whose first module's quiz is changed by `quiz`; returns the quiz's activity id. */
  async function publishQuiz(slug: string, quiz: (q: QuizDocument) => void): Promise<string> {
    const document: ParcoursDocument = exampleParcoursDocument({ slug, title: `Parcours ${slug}` });
    const activity = document.parcours.modules[0].activities[1];
    if (activity.type !== 'quiz') throw new Error('fixture');
    quiz(activity);
    const created = await call('POST', '/api/authoring/parcours/import', author, document);
    expect(created.status).toBe(201);
    expect((await call('POST', `/api/authoring/parcours/${created.body.id}/publish`, author)).status).toBe(201);
    const outline = (await call('GET', `/api/parcours/${slug}`)).body as { modules: { activities: { id: string; type: string }[] }[] };
    return outline.modules[0].activities.find((a) => a.type === 'quiz')?.id as string;
  }

  const settings = (overrides: Partial<QuizSettings> = {}): QuizSettings => ({
    passMark: 60,
    maxAttempts: null,
    scoring: 'best',
    shuffleQuestions: true,
    shuffleChoices: true,
    showCorrectAnswers: 'after_submission',
    ...overrides,
  });

  const singleChoices = (n: number, prefix: string): QuestionDocument[] =>
    Array.from({ length: n }, (_, i) => ({
      key: `${prefix}-${i + 1}`,
      type: 'single_choice' as const,
      stem: `Question ${i + 1}`,
      explanation: 'Parce que.',
      competencies: ['D1.1'],
      choices: [
        { text: 'CNIL', correct: true },
        { text: 'INSEE', correct: false },
      ],
    }));

  const rightResponses = (questions: LearnerQuestion[]) => questions.map((q) => ({ questionId: q.questionId, response: exampleRightResponse(q) }));

  let everyType: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
    await db.query(`INSERT INTO competency_domain (code, title, description, position) VALUES ('D1', 'Comprendre', 'd', 1)`);
    await db.query(`INSERT INTO competency (code, domain_code, title, description, position) VALUES ('D1.1', 'D1', 'Les enjeux', 'd', 1), ('D1.2', 'D1', 'Les acteurs', 'd', 2)`);
    author = (await person(['learner', 'author'])).cookie;
    everyType = await publishQuiz('tous-les-types', (q) => {
      q.settings = settings({ maxAttempts: 2 });
      q.questions = exampleQuestionsOfEveryType('m1', 'm1-budget', ['D1.1']);
    });
  });
  afterAll(() => t.close());

  it('starts an attempt with every question type and no correct-answer information anywhere in the JSON', async () => {
    const learner = await person();
    const res = await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ number: 1, maxAttempts: 2, passMark: 60, attemptId: expect.any(String) });
    const questions = res.body.questions as LearnerQuestion[];
    expect(questions.map((q) => q.type).sort()).toEqual(['cloze', 'dataset', 'matching', 'multiple_choice', 'numeric', 'ordering', 'short_text', 'single_choice', 'true_false']);
    const dataset = questions.find((q) => q.type === 'dataset');
    expect(dataset).toMatchObject({ dataset: { key: 'm1-budget', title: 'Budget par service', activityId: expect.any(String), blockIndex: 5 } });

    const json = res.text;
    for (const key of [
      'correct',
      'weight',
      'credit',
      'answers',
      'value',
      'feedback',
      'feedbackTrue',
      'feedbackFalse',
      'explanation',
      'tolerance',
      'min',
      'max',
      'pairs',
      'blanks',
      'layout',
    ]) {
      expect(json).not.toContain(`"${key}"`);
    }
    expect(dataset).toMatchObject({ answer: { kind: 'numeric' } });
    expect(Object.keys((dataset as { answer: object }).answer)).toEqual(['kind']);
    // No text that only the answers hold: feedback, explanations, accepted answers, numeric values.
    for (const secret of ['Retour', 'Explication', 'l’État', 'la commune', '"340"', '340,', ':340', ':20', 'numérique"', '"7"']) expect(json).not.toContain(secret);
    // Choice ids are opaque: the same for every question type, never the document's index or text.
    for (const q of questions) {
      if (q.type === 'single_choice' || q.type === 'multiple_choice') for (const c of q.choices) expect(c.id).not.toMatch(/CNIL|Adresse|^[0-9]$/);
    }
  });

  it('gives the open attempt back (200) instead of burning a new one, even for simultaneous starts', async () => {
    const learner = await person();
    const results = await Promise.all(Array.from({ length: 6 }, () => call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.attemptId)).size).toBe(1);
    expect(results[0].body.questions).toEqual(results[5].body.questions);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM quiz_attempt WHERE user_id = $1`, [learner.id]);
    expect(n).toBe(1);
  });

  it('scores every type on the server, records the answers, and refuses a second submission with 409', async () => {
    const learner = await person();
    const started = (await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)).body;
    const res = await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, { responses: rightResponses(started.questions) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ attemptId: started.attemptId, score: 9, maxScore: 9, percent: 100, passed: true });
    for (const q of res.body.questions) {
      expect(q).toMatchObject({ correct: true, points: 1, maxPoints: 1, correctResponse: expect.anything() });
      expect(q.feedback.join(' ')).toContain('Explication');
    }
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM attempt_answer WHERE attempt_id = $1`, [started.attemptId]);
    expect(n).toBe(9);

    const again = await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, { responses: [] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ATTEMPT_ALREADY_SUBMITTED');

    const mine = await call('GET', `/api/quizzes/${everyType}/attempts`, learner.cookie);
    expect(mine.body).toMatchObject({ maxAttempts: 2, attemptsLeft: 1, openAttemptId: null, countingPercent: 100, items: [{ number: 1, percent: 100, passed: true }] });
  });

  it('gives partial credit and wrong answers their points, unanswered questions none', async () => {
    const learner = await person();
    const started = (await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)).body;
    const single = started.questions.find((q: LearnerQuestion) => q.type === 'single_choice');
    const multiple = started.questions.find((q: LearnerQuestion) => q.type === 'multiple_choice');
    const numeric = started.questions.find((q: LearnerQuestion) => q.type === 'numeric');
    const wrong = single.choices.find((c: { html: string }) => c.html.includes('INSEE')).id;
    const half = (exampleRightResponse(multiple) as string[]).slice(0, 1);
    const res = await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, {
      responses: [
        { questionId: single.questionId, response: wrong },
        { questionId: multiple.questionId, response: half },
        { questionId: numeric.questionId, response: 25 },
      ],
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.questions.map((q: { questionId: string }) => [q.questionId, q]));
    expect(byId[single.questionId]).toMatchObject({ correct: false, points: 0 });
    expect(byId[multiple.questionId]).toMatchObject({ correct: false, points: 0.5 });
    expect(byId[numeric.questionId]).toMatchObject({ correct: false, points: 0.5 });
    expect(res.body).toMatchObject({ score: 1, maxScore: 9, percent: 11.1, passed: false });
  });

  it('refuses a malformed response with 400 naming the question, and records nothing', async () => {
    const learner = await person();
    const started = (await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)).body;
    const single = started.questions.find((q: LearnerQuestion) => q.type === 'single_choice');
    const ordering = started.questions.find((q: LearnerQuestion) => q.type === 'ordering');
    const res = await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, {
      responses: [
        { questionId: single.questionId, response: { hack: true } },
        { questionId: ordering.questionId, response: ['nope'] },
        { questionId: 'inconnue', response: 1 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_RESPONSE');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([ordering.questionId, single.questionId, 'inconnue'].sort());
    const [row] = await db.query(`SELECT submitted_at, (SELECT count(*)::int FROM attempt_answer WHERE attempt_id = $1) AS answers FROM quiz_attempt WHERE id = $1`, [
      started.attemptId,
    ]);
    expect(row).toEqual({ submitted_at: null, answers: 0 });
    expect((await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, { responses: 'x' })).status).toBe(400);
  });

  it('hides attempts from other people (404) and from visitors (401)', async () => {
    const owner = await person();
    const other = await person();
    const started = (await call('POST', `/api/quizzes/${everyType}/attempts`, owner.cookie)).body;
    const res = await call('POST', `/api/attempts/${started.attemptId}/submission`, other.cookie, { responses: [] });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ATTEMPT_NOT_FOUND');
    expect((await call('POST', `/api/attempts/${randomUUID()}/submission`, other.cookie, { responses: [] })).status).toBe(404);
    expect((await call('POST', `/api/quizzes/${everyType}/attempts`)).status).toBe(401);
    expect((await call('POST', `/api/attempts/${started.attemptId}/submission`, undefined, { responses: [] })).status).toBe(401);
  });

  it('answers 404 for an unknown activity and for an activity that is not a quiz', async () => {
    const learner = await person();
    expect((await call('POST', `/api/quizzes/${randomUUID()}/attempts`, learner.cookie)).body.code).toBe('QUIZ_NOT_FOUND');
    const [lesson] = await db.query(`SELECT a.id FROM version_activity a WHERE a.type = 'lesson' LIMIT 1`);
    const res = await call('POST', `/api/quizzes/${lesson.id}/attempts`, learner.cookie);
    expect(res.status).toBe(404);
    expect((await call('GET', `/api/quizzes/${lesson.id}/attempts`, learner.cookie)).status).toBe(404);
    expect((await call('POST', `/api/quizzes/not-a-uuid/attempts`, learner.cookie)).status).toBe(404);
  });

  it('refuses attempts beyond the maximum with 422 QUIZ_MAX_ATTEMPTS, also when asked several times at once', async () => {
    const learner = await person();
    for (let i = 1; i <= 2; i++) {
      const started = await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie);
      expect(started.body.number).toBe(i);
      expect((await call('POST', `/api/attempts/${started.body.attemptId}/submission`, learner.cookie, { responses: [] })).status).toBe(200);
    }
    const refused = await Promise.all(Array.from({ length: 4 }, () => call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)));
    expect(refused.map((r) => r.status)).toEqual([422, 422, 422, 422]);
    expect(refused[0].body).toMatchObject({ code: 'QUIZ_MAX_ATTEMPTS', maxAttempts: 2 });
    const mine = await call('GET', `/api/quizzes/${everyType}/attempts`, learner.cookie);
    expect(mine.body).toMatchObject({ attemptsLeft: 0, countingPercent: 0 });
    expect(mine.body.items).toHaveLength(2);
  });

  it('accepts exactly one of two simultaneous submissions of the same attempt', async () => {
    const learner = await person();
    const started = (await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)).body;
    const body = { responses: rightResponses(started.questions) };
    const results = await Promise.all([1, 2, 3].map(() => call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM attempt_answer WHERE attempt_id = $1`, [started.attemptId]);
    expect(n).toBe(9);
  });

  it('hides correct answers and explanations when the quiz says never, and after a failure when it says after passing', async () => {
    const never = await publishQuiz('jamais-de-correction', (q) => {
      q.settings = settings({ showCorrectAnswers: 'never' });
      q.questions = singleChoices(2, 'jamais');
    });
    const afterPassing = await publishQuiz('correction-si-reussi', (q) => {
      q.settings = settings({ showCorrectAnswers: 'after_passing' });
      q.questions = singleChoices(2, 'reussi');
    });
    const learner = await person();
    for (const [quiz, right, revealed] of [
      [never, true, false],
      [afterPassing, false, false],
      [afterPassing, true, true],
    ] as const) {
      const started = (await call('POST', `/api/quizzes/${quiz}/attempts`, learner.cookie)).body;
      const responses = started.questions.map((q: LearnerQuestion & { choices: { id: string; html: string }[] }) => ({
        questionId: q.questionId,
        response: q.choices.find((c) => c.html.includes(right ? 'CNIL' : 'INSEE'))?.id,
      }));
      const res = await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, { responses });
      expect(res.body.passed).toBe(right);
      for (const q of res.body.questions) {
        expect('correctResponse' in q).toBe(revealed);
        expect(q.feedback.length > 0).toBe(revealed);
      }
    }
  });

  it('draws questions from the bank per competency at start, keeps its copy, and scores them', async () => {
    const bank = singleChoices(3, 'banque').map((q, i) => ({ ...q, competencies: [i < 2 ? 'D1.2' : 'D1.1'] }));
    for (const question of bank) expect((await call('POST', '/api/authoring/questions', author, { question })).status).toBe(201);
    const quiz = await publishQuiz('tirage-banque', (q) => {
      q.settings = settings();
      q.questions = singleChoices(1, 'fixe');
      q.draw = [{ competency: 'D1.2', count: 2 }];
    });
    expect((await call('GET', `/api/activities/${quiz}`)).body.questionCount).toBe(3);
    const learner = await person();
    const started = (await call('POST', `/api/quizzes/${quiz}/attempts`, learner.cookie)).body;
    const ids = started.questions.map((q: LearnerQuestion) => q.questionId).sort();
    expect(ids).toHaveLength(3);
    expect(ids.filter((id: string) => id.startsWith('bank:'))).toHaveLength(2);
    const drawnKeys = (await db.query(`SELECT key FROM question WHERE 'bank:' || id = ANY($1) ORDER BY key`, [ids])).map((r: { key: string }) => r.key);
    expect(drawnKeys).toEqual(['banque-1', 'banque-2']);

    // Editing the bank question afterwards changes nothing for this attempt.
    const [drawn] = await db.query(`SELECT id, document FROM question WHERE key = 'banque-1'`);
    const flipped = { ...drawn.document, choices: drawn.document.choices.map((c: { correct: boolean }) => ({ ...c, correct: !c.correct })) };
    expect((await call('PATCH', `/api/authoring/questions/${drawn.id}`, author, { question: flipped })).status).toBe(200);
    const res = await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, {
      responses: started.questions.map((q: LearnerQuestion & { choices: { id: string; html: string }[] }) => ({
        questionId: q.questionId,
        response: q.choices.find((c) => c.html.includes('CNIL'))?.id,
      })),
    });
    expect(res.body).toMatchObject({ score: 3, percent: 100 });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM attempt_answer WHERE attempt_id = $1 AND question_id LIKE 'bank:%'`, [started.attemptId]);
    expect(n).toBe(2);
  });

  it('keeps the document order of questions and choices when the quiz does not shuffle, and shuffles them when it does', async () => {
    const ordered = await publishQuiz('sans-melange', (q) => {
      q.settings = settings({ shuffleQuestions: false, shuffleChoices: false });
      q.questions = singleChoices(12, 'ordre');
    });
    const shuffled = await publishQuiz('avec-melange', (q) => {
      q.settings = settings({ shuffleQuestions: true, shuffleChoices: true });
      q.questions = Array.from({ length: 12 }, (_, i) => ({
        key: `melange-${i + 1}`,
        type: 'single_choice' as const,
        stem: `Question ${i + 1}`,
        explanation: 'Parce que.',
        competencies: [],
        choices: ['A', 'B', 'C', 'D', 'E', 'F'].map((text, c) => ({ text, correct: c === 0 })),
      }));
    });
    const learner = await person();
    const plain = (await call('POST', `/api/quizzes/${ordered}/attempts`, learner.cookie)).body;
    expect(plain.questions.map((q: LearnerQuestion) => q.questionId)).toEqual(Array.from({ length: 12 }, (_, i) => `ordre-${i + 1}`));
    for (const q of plain.questions) expect(q.choices.map((c: { html: string }) => c.html.replace(/<[^>]*>|\n/g, ''))).toEqual(['CNIL', 'INSEE']);
    const mixed = (await call('POST', `/api/quizzes/${shuffled}/attempts`, learner.cookie)).body;
    // 12! orders of questions and 6! of each question's choices: the document order for all would be a 1 in 10^37 draw.
    const questionOrder = mixed.questions.map((q: LearnerQuestion) => q.questionId);
    const choiceOrders = mixed.questions.map((q: { choices: { html: string }[] }) => q.choices.map((c) => c.html.replace(/<[^>]*>|\n/g, '')).join(''));
    expect(questionOrder.join() === Array.from({ length: 12 }, (_, i) => `melange-${i + 1}`).join() && choiceOrders.every((o: string) => o === 'ABCDEF')).toBe(false);
    expect([...questionOrder].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `melange-${i + 1}`).sort());
  });

  it('runs the same number of SQL queries to submit 3 or 30 questions', async () => {
    const small = await publishQuiz('trois-questions', (q) => {
      q.settings = settings();
      q.questions = singleChoices(3, 'petit');
    });
    const large = await publishQuiz('trente-questions', (q) => {
      q.settings = settings();
      q.questions = singleChoices(30, 'grand');
    });
    const learner = await person();
    const measure = async (quiz: string) => {
      const started = (await call('POST', `/api/quizzes/${quiz}/attempts`, learner.cookie)).body;
      const responses = started.questions.map((q: LearnerQuestion & { choices: { id: string }[] }) => ({ questionId: q.questionId, response: q.choices[0].id }));
      let count = 0;
      const original = Client.prototype.query;
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        count += 1;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
      try {
        expect((await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, { responses })).status).toBe(200);
      } finally {
        Client.prototype.query = original;
      }
      return count;
    };
    const three = await measure(small);
    const thirty = await measure(large);
    expect(thirty).toBe(three);
    // session, attempt, then BEGIN, UPDATE, INSERT of the answers, 5 of the progress domain, COMMIT
    expect(three).toBeLessThanOrEqual(11);
  });

  it('gives authors item statistics per quiz and per bank question, with answers in the questions’ own words', async () => {
    const learner = await person();
    expect((await call('GET', `/api/analytics/quizzes/${everyType}`, learner.cookie)).status).toBe(403);
    const stats = await call('GET', `/api/analytics/quizzes/${everyType}`, author);
    expect(stats.status).toBe(200);
    expect(stats.body.submittedAttempts).toBeGreaterThanOrEqual(5);
    expect(stats.body.questions).toHaveLength(9);
    for (const q of stats.body.questions) {
      expect(q.facility).toBeGreaterThanOrEqual(0);
      expect(q.facility).toBeLessThanOrEqual(1);
    }
    const single = stats.body.questions.find((q: { questionId: string }) => q.questionId === 'm1-q1');
    expect(single.answers).toEqual(
      expect.arrayContaining([
        { response: 'CNIL', count: expect.any(Number) },
        { response: 'INSEE', count: 1 },
      ]),
    );
    expect(single.facility).toBeGreaterThan(0);
    expect(stats.body.scoreDistribution).toHaveLength(10);
    expect(stats.body.scoreDistribution.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(stats.body.submittedAttempts);

    const [drawn] = await db.query(`SELECT id FROM question WHERE key = 'banque-1'`);
    const bank = await call('GET', `/api/analytics/questions/${drawn.id}`, author);
    expect(bank.body).toMatchObject({
      questionId: `bank:${drawn.id}`,
      key: 'banque-1',
      type: 'single_choice',
      attempts: 1,
      facility: 1,
      answers: [{ response: 'CNIL', count: 1 }],
    });
    expect((await call('GET', `/api/analytics/questions/${randomUUID()}`, author)).status).toBe(404);
    expect((await call('GET', `/api/analytics/quizzes/${randomUUID()}`, author)).status).toBe(404);
  });

  it('exports a learner’s attempts with their answers, and on erasure keeps them anonymously for statistics', async () => {
    const learner = await person();
    const started = (await call('POST', `/api/quizzes/${everyType}/attempts`, learner.cookie)).body;
    await call('POST', `/api/attempts/${started.attemptId}/submission`, learner.cookie, { responses: rightResponses(started.questions) });
    const exported = await call('GET', '/api/me/export', learner.cookie);
    expect(exported.body.sections.quiz.attempts).toEqual([
      expect.objectContaining({ id: started.attemptId, percent: 100, answers: expect.arrayContaining([expect.objectContaining({ points: 1 })]) }),
    ]);
    expect((await call('DELETE', '/api/me', learner.cookie, { password: learner.password })).status).toBe(204);
    const rows = await db.query(`SELECT user_id, (SELECT count(*)::int FROM attempt_answer WHERE attempt_id = qa.id) AS answers FROM quiz_attempt qa WHERE id = $1`, [
      started.attemptId,
    ]);
    expect(rows).toEqual([{ user_id: null, answers: 9 }]);
  });
});
