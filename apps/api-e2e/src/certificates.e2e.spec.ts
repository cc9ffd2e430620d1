import { exampleParcoursDocument } from '@culture-d/catalog/contracts';
import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import { randomUUID } from 'node:crypto';
import type pdfParse from 'pdf-parse';
import { Client, newPerson } from './support/client';
import { freePort, startServer, type RunningServer } from './support/server';

// The library's own entry point reads a sample file when it has no parent module (as under Jest).
const pdf: typeof pdfParse = require('pdf-parse/lib/pdf-parse.js');

const ADMIN = { email: 'admin-certificates@culture-d.test', password: 'la gouvernance des données locales' };
const SLUG = 'certificat-de-bout-en-bout';

/**
 * A learner completes a whole small parcours over HTTP (lessons marked done, quizzes passed), gets a certificate,
 * downloads its PDF and a visitor verifies its code; the learning record takes and replays the learner's statements.
 */
describe('certificates and learning record over HTTP', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let publicUrl: string;
  let activities: { id: string; type: string }[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    // The starter content brings the référentiel, so that the parcours' competencies have their labels.
    server = await startServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      TRUST_PROXY: 'true',
      PUBLIC_URL: publicUrl,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    const admin = new Client(server.baseUrl);
    expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200);
    const person = newPerson();
    const registered = await new Client(server.baseUrl).post('/api/auth/register', person);
    expect((await admin.patch(`/api/admin/users/${registered.body.id}`, { roles: ['author'] })).status).toBe(200);
    const author = new Client(server.baseUrl);
    expect((await author.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);

    // Two modules, each a lesson and a quiz of one true-or-false question, tagged with référentiel competencies.
    const document = exampleParcoursDocument({ slug: SLUG, title: 'Certificat de bout en bout' });
    document.parcours.modules.forEach((module, i) => {
      module.competencies = [i === 0 ? 'C1.1' : 'C1.2'];
      for (const activity of module.activities) {
        if (activity.type !== 'quiz') continue;
        activity.settings = { ...activity.settings, passMark: 100, shuffleQuestions: false };
        activity.questions = [
          {
            key: `${module.key}-vrai`,
            type: 'true_false',
            stem: 'Une donnée seule ne dit rien sans son contexte.',
            explanation: 'Il faut son contexte.',
            competencies: module.competencies,
            answer: true,
          },
        ];
      }
    });
    const created = await author.post('/api/authoring/parcours/import', document);
    expect(created.status).toBe(201);
    expect((await author.post(`/api/authoring/parcours/${created.body.id}/publish`)).status).toBe(201);
    const outline = await new Client(server.baseUrl).get(`/api/parcours/${SLUG}`);
    activities = outline.body.modules.flatMap((m: { activities: { id: string; type: string }[] }) => m.activities);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('completes a parcours, gets a certificate with its PDF, and a visitor verifies the code', async () => {
    const learner = new Client(server.baseUrl);
    const me = newPerson({ displayName: 'Léa Dupont-Œuvray', audience: 'mediateur' });
    expect((await learner.post('/api/auth/register', me)).status).toBe(201);
    expect((await learner.post(`/api/parcours/${SLUG}/enrolment`)).status).toBe(201);
    expect((await learner.get('/api/me/certificates')).body).toEqual([]);

    for (const activity of activities) {
      if (activity.type === 'lesson') {
        expect((await learner.post(`/api/activities/${activity.id}/completion`)).status).toBeLessThan(300);
        continue;
      }
      const attempt = await learner.post(`/api/quizzes/${activity.id}/attempts`);
      expect(attempt.status).toBe(201);
      const submitted = await learner.post(`/api/attempts/${attempt.body.attemptId}/submission`, {
        responses: [{ questionId: attempt.body.questions[0].questionId, response: true }],
      });
      expect(submitted.body).toMatchObject({ passed: true, percent: 100 });
    }
    const progress = await learner.get(`/api/me/parcours/${SLUG}/progress`);
    expect(progress.body.enrolment.status).toBe('completed');
    expect(progress.body.percent).toBe(100);

    const certificates = await learner.get('/api/me/certificates');
    expect(certificates.body).toHaveLength(1);
    const [certificate] = certificates.body;
    expect(certificate).toMatchObject({
      holderName: 'Léa Dupont-Œuvray',
      parcours: { title: 'Certificat de bout en bout', slug: SLUG },
      issuedAt: progress.body.enrolment.completedAt,
      competencies: [
        { code: 'C1.1', label: 'Définir une donnée' },
        { code: 'C1.2', label: expect.any(String) },
      ],
      verificationUrl: `${publicUrl}/certificats/${certificate.code}`,
    });

    const download = await fetch(`${server.baseUrl}${certificate.pdfUrl}`, { headers: { cookie: learner.cookie as string } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdf(Buffer.from(await download.arrayBuffer()))).text.replace(/\s+/g, ' ');
    for (const expected of ['Léa Dupont-Œuvray', 'Certificat de bout en bout', 'Définir une donnée', certificate.code, `${publicUrl}/certificats/${certificate.code}`])
      expect(text).toContain(expected);

    const visitor = new Client(server.baseUrl);
    const verified = await visitor.get(`/api/certificates/${certificate.code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      valid: true,
      code: certificate.code,
      holderName: 'Léa Dupont-Œuvray',
      parcours: certificate.parcours,
      issuedAt: certificate.issuedAt,
      competencies: certificate.competencies,
    });
    expect(verified.text).not.toContain(me.email);
    expect((await visitor.get('/api/certificates/CD-0000-0000-0000-0000-0000')).body.code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await visitor.get(certificate.pdfUrl)).status).toBe(401);
    // Someone else cannot download it.
    const other = new Client(server.baseUrl);
    expect((await other.post('/api/auth/register', newPerson())).status).toBe(201);
    expect((await other.get(certificate.pdfUrl)).status).toBe(404);
  });

  it('records a batch of statements once, however often the client replays it', async () => {
    const learner = new Client(server.baseUrl);
    expect((await learner.post('/api/auth/register', newPerson())).status).toBe(201);
    const statements = activities.map((a, i) => ({
      id: randomUUID(),
      verb: { id: `http://adlnet.gov/expapi/verbs/${a.type === 'quiz' ? 'passed' : 'experienced'}` },
      object: { id: a.id },
      result: a.type === 'quiz' ? { score: { scaled: 1 }, success: true } : undefined,
      timestamp: new Date(Date.UTC(2026, 10, 27, 10, i)).toISOString(),
    }));
    expect((await learner.post('/api/statements', { statements })).body).toEqual({ accepted: statements.length, duplicates: 0, conflicts: [] });
    const replays = await Promise.all(Array.from({ length: 5 }, () => learner.post('/api/statements', { statements })));
    expect(replays.map((r) => r.body)).toEqual(Array(5).fill({ accepted: 0, duplicates: statements.length, conflicts: [] }));
    const record = await learner.get('/api/me/statements');
    expect(record.body.items.map((s: { id: string }) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    const refused = await learner.post('/api/statements', { statements: [{ ...statements[0], id: randomUUID(), actor: { mbox: 'mailto:autre@exemple.fr' } }] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('statements[0].actor');
  });
});
