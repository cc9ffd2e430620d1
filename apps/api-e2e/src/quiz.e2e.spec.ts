import { exampleParcoursDocument } from '@culture-d/catalog/contracts';
import { exampleQuestionsOfEveryType, exampleRightResponse, type LearnerQuestion } from '@culture-d/quiz/contracts';
import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, newPerson } from './support/client';
import { WORKSPACE, freePort, startServer, type RunningServer } from './support/server';

const ADMIN = { email: 'admin-quiz@culture-d.test', password: 'la gouvernance des données locales' };
const GIFT_FIXTURES = join(WORKSPACE, 'libs', 'quiz', 'domain', 'src', 'lib', 'gift', 'fixtures');
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

describe('quizzes over HTTP', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let author: Client;
  let quizId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    server = await startServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      TRUST_PROXY: 'true',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOAD_STARTER_CONTENT: 'false',
    });
    const admin = new Client(server.baseUrl);
    expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200);
    const person = newPerson();
    const registered = await new Client(server.baseUrl).post('/api/auth/register', person);
    expect((await admin.patch(`/api/admin/users/${registered.body.id}`, { roles: ['author'] })).status).toBe(200);
    author = new Client(server.baseUrl);
    expect((await author.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);

    // A parcours whose first quiz holds one question of every type, two attempts allowed, through the authoring API.
    const document = exampleParcoursDocument({ slug: 'quiz-de-tous-les-types', title: 'Quiz de tous les types' });
    const quiz = document.parcours.modules[0].activities[1];
    if (quiz.type !== 'quiz') throw new Error('fixture');
    quiz.settings = { ...quiz.settings, maxAttempts: 2, showCorrectAnswers: 'after_submission' };
    quiz.questions = exampleQuestionsOfEveryType('m1', 'm1-budget');
    const created = await author.post('/api/authoring/parcours/import', document);
    expect(created.status).toBe(201);
    expect((await author.post(`/api/authoring/parcours/${created.body.id}/publish`)).status).toBe(201);
    const outline = await new Client(server.baseUrl).get('/api/parcours/quiz-de-tous-les-types');
    quizId = outline.body.modules[0].activities.find((a: { type: string }) => a.type === 'quiz').id;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lets an agent start, answer and submit a quiz of every type, then stops them at the attempt limit', async () => {
    const agent = new Client(server.baseUrl);
    expect((await agent.post('/api/auth/register', newPerson({ audience: 'agent' }))).status).toBe(201);

    const started = await agent.post(`/api/quizzes/${quizId}/attempts`);
    expect(started.status).toBe(201);
    const questions = started.body.questions as LearnerQuestion[];
    expect(new Set(questions.map((q) => q.type))).toEqual(
      new Set(['single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric', 'ordering', 'matching', 'cloze', 'dataset']),
    );
    expect(started.text).not.toMatch(/"(correct|weight|credit|answers|feedback|explanation|pairs|blanks)"/);
    // A reload gives the same attempt back.
    const resumed = await agent.post(`/api/quizzes/${quizId}/attempts`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.attemptId).toBe(started.body.attemptId);

    const submitted = await agent.post(`/api/attempts/${started.body.attemptId}/submission`, {
      responses: questions.map((q) => ({ questionId: q.questionId, response: exampleRightResponse(q) })),
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ score: 9, maxScore: 9, percent: 100, passed: true });
    expect(submitted.body.questions.every((q: { correct: boolean; correctResponse?: unknown }) => q.correct && q.correctResponse !== undefined)).toBe(true);
    expect((await agent.post(`/api/attempts/${started.body.attemptId}/submission`, { responses: [] })).body.code).toBe('ATTEMPT_ALREADY_SUBMITTED');

    const second = await agent.post(`/api/quizzes/${quizId}/attempts`);
    expect(second.status).toBe(201);
    expect(second.body.number).toBe(2);
    const invalid = await agent.post(`/api/attempts/${second.body.attemptId}/submission`, {
      responses: [{ questionId: second.body.questions[0].questionId, response: { not: 'a response' } }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'INVALID_RESPONSE', errors: [{ field: second.body.questions[0].questionId }] });
    expect((await agent.post(`/api/attempts/${second.body.attemptId}/submission`, { responses: [] })).body).toMatchObject({ percent: 0, passed: false });

    const third = await agent.post(`/api/quizzes/${quizId}/attempts`);
    expect(third.status).toBe(422);
    expect(third.body).toMatchObject({ code: 'QUIZ_MAX_ATTEMPTS', maxAttempts: 2 });
    expect((await agent.get(`/api/quizzes/${quizId}/attempts`)).body).toMatchObject({ attemptsLeft: 0, countingPercent: 100 });
  });

  it('answers 401 to a visitor', async () => {
    const visitor = new Client(server.baseUrl);
    expect((await visitor.post(`/api/quizzes/${quizId}/attempts`)).status).toBe(401);
    expect((await visitor.get(`/api/quizzes/${quizId}/attempts`)).status).toBe(401);
    expect((await visitor.post(`/api/attempts/${quizId}/submission`, { responses: [] })).status).toBe(401);
  });

  it('lets an author import a GIFT file of every type, and shows the line of each error in a broken one', async () => {
    const imported = await author.request('POST', '/api/authoring/questions/import?format=gift', readFileSync(join(GIFT_FIXTURES, 'all-types.gift'), 'utf8'), TEXT);
    expect(imported.status).toBe(201);
    expect(imported.body.imported).toBeGreaterThanOrEqual(20);
    expect(imported.body.errors).toEqual([]);
    expect(new Set(imported.body.questions.map((q: { type: string }) => q.type)).size).toBeGreaterThanOrEqual(7);
    const listed = await author.get('/api/authoring/questions?limit=100');
    expect(listed.body.total).toBe(imported.body.imported);

    const broken = await author.request('POST', '/api/authoring/questions/import?format=gift', readFileSync(join(GIFT_FIXTURES, 'broken.gift'), 'utf8'), TEXT);
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('GIFT_INVALID');
    expect(broken.body.errors.length).toBeGreaterThanOrEqual(3);
    for (const error of broken.body.errors) {
      expect(error).toMatchObject({ line: expect.any(Number), field: `line ${error.line}`, code: expect.any(String), params: expect.any(Object), message: expect.any(String) });
    }
    expect(broken.body.errors.find((e: { line: number }) => e.line === 27)).toMatchObject({ code: 'MATCHING_TOO_FEW_PAIRS', params: { count: 1 } });
    expect((await author.get('/api/authoring/questions?limit=1')).body.total).toBe(imported.body.imported);

    const exported = await author.get('/api/authoring/questions/export?format=gift');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(exported.text).toContain('::');
  });
});
