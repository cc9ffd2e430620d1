import { exampleParcoursDocument, type ParcoursDocument } from '@culture-d/catalog/contracts';
import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import { Client as Pg } from 'pg';
import { Client, newPerson } from './support/client';
import { freePort, startServer, type RunningServer } from './support/server';

const ADMIN = { email: 'admin-catalog@culture-d.test', password: 'la gouvernance des données locales' };

describe('catalogue and authoring over HTTP', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let pg: Pg;
  let author: Client;
  const visitor = () => new Client(server.baseUrl);
  const countParcours = async () => Number((await pg.query('SELECT count(*) FROM parcours')).rows[0].count);

  async function importAndPublish(document: ParcoursDocument) {
    const created = await author.post('/api/authoring/parcours/import', document);
    expect(created.status).toBe(201);
    const published = await author.post(`/api/authoring/parcours/${created.body.id}/publish`);
    expect(published.status).toBe(201);
    return created.body as { id: string; revision: number };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    server = await startServer({ PORT: String(port), DATABASE_URL: database.url, TRUST_PROXY: 'true', PUBLIC_URL: `http://127.0.0.1:${port}`, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOAD_STARTER_CONTENT: 'false' });
    pg = new Pg({ connectionString: database.url });
    await pg.connect();
    const admin = new Client(server.baseUrl);
    await admin.post('/api/auth/login', ADMIN);
    const person = newPerson();
    const registered = await new Client(server.baseUrl).post('/api/auth/register', person);
    await admin.patch(`/api/admin/users/${registered.body.id}`, { roles: ['author'] });
    author = new Client(server.baseUrl);
    expect((await author.post('/api/auth/login', { email: person.email, password: person.password })).status).toBe(200);
  });
  afterAll(async () => {
    await pg?.end();
    await server?.stop();
    await database?.drop();
  });

  it('lists the four audiences', async () => {
    const res = await visitor().get('/api/audiences');
    expect(res.body.map((a: { code: string }) => a.code)).toEqual(['elu', 'agent', 'mediateur', 'citoyen']);
  });

  it('keeps drafts invisible to visitors until they are published', async () => {
    const created = await author.post('/api/authoring/parcours/import', exampleParcoursDocument({ slug: 'brouillon-invisible', title: 'Brouillon invisible' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', revision: 1, currentVersion: null });
    expect((await visitor().get('/api/parcours/brouillon-invisible')).status).toBe(404);
    expect((await visitor().get('/api/parcours?q=invisible')).body.total).toBe(0);
    expect((await author.post(`/api/authoring/parcours/${created.body.id}/publish`)).status).toBe(201);
    expect((await visitor().get('/api/parcours/brouillon-invisible')).status).toBe(200);
  });

  it('refuses a broken document with every error and its JSON path, and writes nothing', async () => {
    const before = await countParcours();
    const broken = exampleParcoursDocument({ slug: 'casse' }) as unknown as { parcours: Record<string, unknown> & { modules: { activities: { blocks?: { alt?: string }[] }[] }[] } };
    broken.parcours['audiences'] = ['ministre'];
    delete broken.parcours['title'];
    const res = await author.post('/api/authoring/parcours/import', broken);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('DOCUMENT_INVALID');
    const fields = res.body.errors.map((e: { field: string }) => e.field).join(' ');
    expect(fields).toMatch(/audiences/);
    expect(fields).toMatch(/title/);
    expect(await countParcours()).toBe(before);

    const noAlt = exampleParcoursDocument({ slug: 'sans-alt' });
    const lesson = noAlt.parcours.modules[0].activities[0];
    if (lesson.type !== 'lesson' || lesson.blocks[2].type !== 'image') throw new Error('fixture');
    lesson.blocks[2].alt = '';
    const res2 = await author.post('/api/authoring/parcours/import', noAlt);
    expect(res2.status).toBe(400);
    expect(res2.body.errors.map((e: { field: string }) => e.field)).toEqual(['/parcours/modules/0/activities/0/blocks/2/alt']);
    expect(await countParcours()).toBe(before);
  });

  it('refuses prerequisites that form a cycle', async () => {
    const document = exampleParcoursDocument({ slug: 'cycle', modules: 3 });
    document.parcours.modules[0].prerequisites = ['m3'];
    const res = await author.post('/api/authoring/parcours/import', document);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'PREREQUISITE_CYCLE', cycle: expect.arrayContaining(['m1', 'm3']) });
  });

  it('publishes an outline and lessons with every block type, sanitised, and quizzes without answers', async () => {
    const document = exampleParcoursDocument({ slug: 'tous-les-blocs', title: 'Tous les blocs' });
    const lesson = document.parcours.modules[0].activities[0];
    if (lesson.type !== 'lesson') throw new Error('fixture');
    lesson.blocks[0] = { type: 'markdown', markdown: 'Texte <script>alert(1)</script> [piège](javascript:alert(1)) <img src=x onerror=alert(1)> **gras**' };
    await importAndPublish(document);

    const outline = await visitor().get('/api/parcours/tous-les-blocs');
    expect(outline.status).toBe(200);
    expect(outline.body).toMatchObject({ slug: 'tous-les-blocs', version: 1, moduleCount: 2, audiences: ['agent'] });
    expect(outline.body.modules[1].prerequisites).toEqual(['m1']);
    const [lessonRef, quizRef] = outline.body.modules[0].activities;
    expect(lessonRef).toMatchObject({ type: 'lesson', title: 'Qu’est-ce qu’une donnée ?', minutes: 10 });

    const content = (await visitor().get(`/api/activities/${lessonRef.id}`)).body;
    expect(content.blocks.map((b: { type: string }) => b.type)).toEqual(['markdown', 'callout', 'image', 'video', 'resource', 'dataset', 'link']);
    expect(content.blocks[0].html).toContain('<strong>gras</strong>');
    expect(content.blocks[0].html).not.toMatch(/<script|<img|href="javascript:|<[^>]*\son\w+=/i);
    expect(content.blocks[0].html).toContain('&lt;script&gt;'); // shown as text, harmless
    expect(content.blocks[5]).toMatchObject({ columns: [{ name: 'service' }, { name: 'depenses', type: 'integer' }], rows: [['voirie', 120], ['écoles', 340], ['sport', 75]] });

    const csv = await visitor().get(content.blocks[5].csvHref);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text).toContain('écoles,340');
    const file = await visitor().get(content.blocks[4].href);
    expect(file.text).toBe('Fiche mémo');
    expect(file.headers.get('content-disposition')).toContain('fiche-memo.txt');

    const quiz = await visitor().get(`/api/activities/${quizRef.id}`);
    expect(quiz.body).toMatchObject({ type: 'quiz', questionCount: 2, settings: { passMark: 60 } });
    expect(quiz.text).not.toMatch(/"correct"|"answers"|"weight"|340/);
  });

  it('finds parcours in French with or without accents, and filters by audience and theme', async () => {
    await importAndPublish({ ...exampleParcoursDocument({ slug: 'proteger-ses-donnees', title: 'Protéger ses données personnelles' }), format: 'culture-d/parcours@1' });
    for (const q of ['données personnelles', 'donnees personnelles', 'DONNEES', 'protéger']) {
      const res = await visitor().get(`/api/parcours?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((p: { slug: string }) => p.slug)).toContain('proteger-ses-donnees');
    }
    expect((await visitor().get('/api/parcours?q=astrophysique')).body.total).toBe(0);
    expect((await visitor().get('/api/parcours?audience=elu')).body.total).toBe(0);
    expect((await visitor().get('/api/parcours?audience=agent&theme=democratie')).body.total).toBeGreaterThan(0);
    expect((await visitor().get('/api/parcours?audience=ministre')).status).toBe(400);
  });

  it('keeps version 1 for those who started it after version 2 is published, and tells what changed', async () => {
    const { id } = await importAndPublish(exampleParcoursDocument({ slug: 'versions', title: 'Versions' }));
    const v1 = (await visitor().get('/api/parcours/versions')).body;
    const v1Lesson = v1.modules[0].activities[0].id;

    const draft = (await author.get(`/api/authoring/parcours/${id}`)).body;
    draft.document.parcours.modules[0].title = 'Un titre revu';
    const saved = await author.patch(`/api/authoring/parcours/${id}`, { revision: draft.revision, document: draft.document });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(draft.revision + 1);
    expect((await author.post(`/api/authoring/parcours/${id}/publish`)).status).toBe(201);

    const v2 = (await visitor().get('/api/parcours/versions')).body;
    expect(v2.version).toBe(2);
    expect(v2.modules[0].title).toBe('Un titre revu');
    const old = await visitor().get(`/api/activities/${v1Lesson}`);
    expect(old.status).toBe(200);
    expect(old.body.parcours.version).toBe(1);
    expect(old.body.module.title).toBe('Les données autour de nous');

    const history = (await author.get(`/api/authoring/parcours/${id}/versions`)).body;
    expect(history.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(history[0].changes).toContain('Module renommé : Les données autour de nous → Un titre revu');
  });

  it('refuses a save based on a stale revision (two authors on one draft)', async () => {
    const { id } = await importAndPublish(exampleParcoursDocument({ slug: 'deux-auteurs' }));
    const loaded = (await author.get(`/api/authoring/parcours/${id}`)).body;
    const first = await author.patch(`/api/authoring/parcours/${id}`, { revision: loaded.revision, document: loaded.document });
    expect(first.status).toBe(200);
    const second = await author.patch(`/api/authoring/parcours/${id}`, { revision: loaded.revision, document: loaded.document });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'STALE_REVISION', currentRevision: loaded.revision + 1 });
  });

  it('refuses to publish what is not complete', async () => {
    const document = exampleParcoursDocument({ slug: 'incomplet' });
    const quiz = document.parcours.modules[1].activities[1];
    if (quiz.type !== 'quiz') throw new Error('fixture');
    quiz.questions = [];
    const created = await author.post('/api/authoring/parcours/import', document);
    expect(created.status).toBe(201);
    const res = await author.post(`/api/authoring/parcours/${created.body.id}/publish`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('PARCOURS_NOT_PUBLISHABLE');
    expect((await visitor().get('/api/parcours/incomplet')).status).toBe(404);
  });

  it('unpublishes: hidden from the catalogue, versions kept', async () => {
    const { id } = await importAndPublish(exampleParcoursDocument({ slug: 'a-retirer' }));
    expect((await author.post(`/api/authoring/parcours/${id}/unpublish`)).status).toBe(204);
    expect((await visitor().get('/api/parcours/a-retirer')).status).toBe(404);
    expect((await author.get(`/api/authoring/parcours/${id}/versions`)).body).toHaveLength(1);
  });

  it('exports a parcours that imports back losslessly', async () => {
    const { id } = await importAndPublish(exampleParcoursDocument({ slug: 'aller-retour' }));
    const exported = await author.get(`/api/authoring/parcours/${id}/export`);
    expect(exported.status).toBe(200);
    const copy = { ...exported.body, parcours: { ...exported.body.parcours, slug: 'aller-retour-copie' } };
    const imported = await author.post('/api/authoring/parcours/import', copy);
    expect(imported.status).toBe(201);
    const again = await author.get(`/api/authoring/parcours/${imported.body.id}/export`);
    expect(again.text).toBe(exported.text.replace('"slug": "aller-retour"', '"slug": "aller-retour-copie"').replace('"slug":"aller-retour"', '"slug":"aller-retour-copie"'));
    expect((await author.post('/api/authoring/parcours/import', copy)).status).toBe(409);
  });

  it('edits a draft module by module and activity by activity, with stable ids and revision checks', async () => {
    const created = (await author.post('/api/authoring/parcours/import', exampleParcoursDocument({ slug: 'structure' }))).body;
    const m1 = created.ids.modules['m1'];
    const m2 = created.ids.modules['m2'];
    expect(m1).toMatch(/^[0-9a-f-]{36}$/);

    let draft = (await author.post(`/api/authoring/parcours/${created.id}/modules`, { revision: created.revision, title: 'Données et territoire', minutes: 20 })).body;
    expect(draft.revision).toBe(created.revision + 1);
    const added = draft.document.parcours.modules[2];
    expect(added).toMatchObject({ key: 'donnees-et-territoire', title: 'Données et territoire', activities: [] });
    const m3 = draft.ids.modules['donnees-et-territoire'];
    expect(draft.ids.modules['m1']).toBe(m1); // ids survive saves

    const stale = await author.patch(`/api/authoring/modules/${m1}`, { revision: created.revision, title: 'Trop tard' });
    expect(stale.status).toBe(409);

    const cycle = await author.patch(`/api/authoring/modules/${m1}`, { revision: draft.revision, prerequisites: ['m2'] });
    expect(cycle.status).toBe(422);
    expect(cycle.body).toMatchObject({ code: 'PREREQUISITE_CYCLE', cycle: expect.arrayContaining(['m1', 'm2']) });

    const preview = (await author.get(`/api/authoring/parcours/${created.id}/preview`)).body;
    expect(preview.problems.map((p: { code: string }) => p.code)).toContain('MODULE_EMPTY');
    expect(preview.modules[0].activities[0].content.blocks).toHaveLength(7);

    const lesson = { type: 'lesson', title: 'Une première leçon', minutes: 5, blocks: [{ type: 'markdown', markdown: 'Bonjour' }] };
    draft = (await author.post(`/api/authoring/modules/${m3}/activities`, { revision: draft.revision, activity: lesson })).body;
    expect(draft.document.parcours.modules[2].activities[0]).toMatchObject({ key: 'une-premiere-lecon', title: 'Une première leçon' });
    const bad = await author.post(`/api/authoring/modules/${m3}/activities`, { revision: draft.revision, activity: { type: 'lesson', title: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('DOCUMENT_INVALID');

    const wrongOrder = await author.request('PUT', `/api/authoring/parcours/${created.id}/module-order`, { revision: draft.revision, ids: [m1, m2] });
    expect(wrongOrder.status).toBe(400);
    draft = (await author.request('PUT', `/api/authoring/parcours/${created.id}/module-order`, { revision: draft.revision, ids: [m3, m1, m2] })).body;
    expect(draft.document.parcours.modules.map((m: { key: string }) => m.key)).toEqual(['donnees-et-territoire', 'm1', 'm2']);

    const [lessonId, quizId] = [draft.ids.activities['m1-lecon'], draft.ids.activities['m1-quiz']];
    draft = (await author.request('PUT', `/api/authoring/modules/${m1}/activity-order`, { revision: draft.revision, ids: [quizId, lessonId] })).body;
    expect(draft.document.parcours.modules[1].activities.map((a: { key: string }) => a.key)).toEqual(['m1-quiz', 'm1-lecon']);

    const withoutDataset = await author.patch(`/api/authoring/activities/${lessonId}`, { revision: draft.revision, activity: { ...lesson, title: 'Leçon revue' } });
    expect(withoutDataset.status).toBe(400); // the quiz's dataset question would lose its dataset
    expect(withoutDataset.body.errors[0].message).toMatch(/dataset/);
    const current = draft.document.parcours.modules[1].activities[1];
    const revised = await author.patch(`/api/authoring/activities/${lessonId}`, { revision: draft.revision, activity: { ...current, key: undefined, title: 'Leçon revue' } });
    expect(revised.body).toMatchObject({ revision: draft.revision + 1 });
    draft = revised.body;
    expect(draft.document.parcours.modules[1].activities[1]).toMatchObject({ key: 'm1-lecon', title: 'Leçon revue' });

    draft = (await author.delete(`/api/authoring/activities/${quizId}`, { revision: draft.revision })).body;
    expect(draft.document.parcours.modules[1].activities.map((a: { key: string }) => a.key)).toEqual(['m1-lecon']);
    expect(draft.ids.activities['m1-quiz']).toBeUndefined();

    draft = (await author.delete(`/api/authoring/modules/${m1}`, { revision: draft.revision })).body;
    expect(draft.document.parcours.modules.map((m: { key: string }) => m.key)).toEqual(['donnees-et-territoire', 'm2']);
    expect(draft.document.parcours.modules[1].prerequisites).toEqual([]); // m2 no longer waits for the removed m1
    expect((await author.patch(`/api/authoring/modules/${m1}`, { revision: draft.revision, title: 'x' })).status).toBe(404);
  });

  it('lets an admin replace the référentiel, but not remove a competency still in use', async () => {
    const admin = new Client(server.baseUrl);
    await admin.post('/api/auth/login', ADMIN);
    const framework = {
      format: 'culture-d/referentiel@1',
      domains: [{ code: 'T1', title: 'Traiter', description: 'Trier, calculer.', competencies: [{ code: 'T1.1', title: 'Trier', description: 'Trier un tableau.' }, { code: 'T1.2', title: 'Calculer', description: 'Calculer une somme.' }] }],
    };
    const put = await admin.request('PUT', '/api/admin/referentiel', framework);
    expect(put.status).toBe(200);
    expect(put.body.domains[0].competencies.map((c: { code: string }) => c.code)).toEqual(['T1.1', 'T1.2']);
    expect((await author.request('PUT', '/api/admin/referentiel', framework)).status).toBe(403);

    const document = exampleParcoursDocument({ slug: 'utilise-t1-2' });
    document.parcours.modules[0].competencies = ['T1.2'];
    expect((await author.post('/api/authoring/parcours/import', document)).status).toBe(201);
    const removing = await admin.request('PUT', '/api/admin/referentiel', { ...framework, domains: [{ ...framework.domains[0], competencies: [framework.domains[0].competencies[0]] }] });
    expect(removing.status).toBe(409);
    expect(removing.body).toMatchObject({ code: 'COMPETENCY_IN_USE', codes: ['T1.2'] });
    const invalid = await admin.request('PUT', '/api/admin/referentiel', { format: 'culture-d/referentiel@1', domains: [{ code: 'T1', title: '', description: 'x', competencies: [] }] });
    expect(invalid.status).toBe(400);
    expect((await visitor().get('/api/referentiel')).body.domains[0].competencies).toHaveLength(2);
  });
});
