import type { ParcoursDocument } from '@culture-d/catalog/contracts';
import { validParcours, validParcoursJson } from './parcours.fixture';
import { checkPublishable } from './publishable';

const LESSON = '/parcours/modules/0/activities/0';
const asDocument = (json: Record<string, unknown>) => json as unknown as ParcoursDocument;

describe('checkPublishable', () => {
  it('finds nothing to fix in a complete document', () => {
    expect(checkPublishable(validParcours())).toEqual([]);
  });

  it('refuses a parcours without modules', () => {
    const doc = validParcoursJson();
    doc.parcours.modules = [];
    expect(checkPublishable(asDocument(doc))).toEqual([{ path: '/parcours/modules', code: 'PARCOURS_EMPTY', message: 'a parcours needs at least one module' }]);
  });

  it('refuses empty modules, lessons, quizzes and workshop steps, with stable codes', () => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[0].blocks = [];
    doc.parcours.modules[0].activities[1].questions = [];
    doc.parcours.modules[1].activities[0].workshops = [];
    doc.parcours.modules.push({ ...doc.parcours.modules[1], key: 'm3', slug: 'm3', title: 'Vide', activities: [] });
    expect(checkPublishable(asDocument(doc))).toEqual([
      { path: `${LESSON}/blocks`, code: 'LESSON_EMPTY', message: 'lesson "Qu’est-ce qu’une donnée personnelle ?" has no content block' },
      { path: '/parcours/modules/0/activities/1/questions', code: 'QUIZ_EMPTY', message: 'quiz "Vérifier" has no question' },
      { path: '/parcours/modules/1/activities/0/workshops', code: 'WORKSHOP_STEP_EMPTY', message: 'workshop step "Préparer l’atelier" points to no workshop' },
      { path: '/parcours/modules/2/activities', code: 'MODULE_EMPTY', message: 'module "Vide" has no activity' },
    ]);
  });

  it('publishes a quiz without fixed questions when it draws from the question bank', () => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[1].questions = [];
    doc.parcours.modules[0].activities[1].draw = [{ competency: 'D1.1', count: 3 }];
    expect(checkPublishable(asDocument(doc)).filter((issue) => issue.code === 'QUIZ_EMPTY')).toEqual([]);
  });

  it('wants alt texts on the cover and image blocks, unless decorative, and transcripts for videos', () => {
    const doc = validParcoursJson();
    doc.parcours.cover.alt = '';
    doc.parcours.modules[0].activities[0].blocks[2].alt = ' ';
    doc.parcours.modules[0].activities[0].blocks[3].decorative = undefined;
    doc.parcours.modules[0].activities[0].blocks[4].transcript = '\n';
    expect(checkPublishable(asDocument(doc)).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '/parcours/cover/alt', code: 'ALT_MISSING' },
      { path: `${LESSON}/blocks/2/alt`, code: 'ALT_MISSING' },
      { path: `${LESSON}/blocks/3/alt`, code: 'ALT_MISSING' },
      { path: `${LESSON}/blocks/4/transcript`, code: 'TRANSCRIPT_MISSING' },
    ]);
  });

  it('wants inline datasets to parse, reporting each CSV error with its line', () => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[0].blocks[6].csv = 'a,b\n1,2\n3\n';
    expect(checkPublishable(asDocument(doc))).toEqual([
      { path: `${LESSON}/blocks/6/csv`, code: 'DATASET_INVALID', message: 'line 3: 1 fields where the header has 2' },
    ]);
    doc.parcours.modules[0].activities[0].blocks[6].csv = `a\n${'1\n'.repeat(5001)}`;
    expect(checkPublishable(asDocument(doc))).toEqual([
      { path: `${LESSON}/blocks/6/csv`, code: 'DATASET_INVALID', message: 'more than 5000 rows; split the data or keep a sample' },
    ]);
  });

  it('reads datasets given by path through the caller, and refuses those it cannot read', () => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[0].blocks[6].csv = 'datasets/frequentation-ateliers.csv';
    const path = `${LESSON}/blocks/6/csv`;
    expect(checkPublishable(asDocument(doc))).toEqual([
      { path, code: 'DATASET_UNRESOLVED', message: 'file datasets/frequentation-ateliers.csv was not read, so it cannot be checked' },
    ]);
    expect(checkPublishable(asDocument(doc), { readFile: () => undefined })).toEqual([
      { path, code: 'DATASET_UNRESOLVED', message: 'file datasets/frequentation-ateliers.csv not found' },
    ]);
    const files: Record<string, string> = { 'datasets/frequentation-ateliers.csv': 'date,participants\n2024-01-03,11\n' };
    const readFile = jest.fn((relativePath: string) => files[relativePath]);
    expect(checkPublishable(asDocument(doc), { readFile })).toEqual([]);
    expect(readFile).toHaveBeenCalledWith('datasets/frequentation-ateliers.csv');
    files['datasets/frequentation-ateliers.csv'] = 'date;participants\n2024-01-03\n';
    expect(checkPublishable(asDocument(doc), { readFile })).toEqual([{ path, code: 'DATASET_INVALID', message: 'line 2: 1 fields where the header has 2' }]);
  });
});
