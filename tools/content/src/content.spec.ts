/**
 * Checks the starter catalogue in `content/` (docs/content.md): formats, structure, coverage rules and files.
 * Structural, hand-written checks; the catalogue importer does the full schema validation.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BLOCK_TYPES, LEVELS, PARCOURS_FORMAT } from '@culture-d/catalog/contracts';
import { DIFFICULTIES, QUESTION_TYPES } from '@culture-d/quiz/contracts';
import { AUDIENCES, THEMES } from '@culture-d/shared/contracts';

const ROOT = path.resolve(__dirname, '../../..');
const CONTENT = path.join(ROOT, 'content');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_CSV_BYTES = 1024 * 1024;
const MAX_CSV_ROWS = 200;

type Json = Record<string, unknown>;
const rel = (file: string) => path.relative(ROOT, file);

function readJson(file: string): Json {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new Error(`${rel(file)}: invalid JSON (${(error as Error).message})`);
  }
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Allowed fields per object kind: [required, optional]. */
const SHAPES: Record<string, [string[], string[]]> = {
  parcoursDoc: [['format', 'parcours'], []],
  parcours: [['slug', 'title', 'summary', 'summaryEn', 'audiences', 'themes', 'level', 'objectives', 'durationMinutes', 'modules'], ['cover']],
  module: [['key', 'slug', 'title', 'summary', 'objectives', 'minutes', 'competencies', 'prerequisites', 'activities'], []],
  lesson: [['key', 'type', 'title', 'minutes', 'blocks'], []],
  quiz: [['key', 'type', 'title', 'minutes', 'settings', 'questions'], ['diagnostic']],
  workshop: [['key', 'type', 'title', 'minutes', 'role', 'workshops', 'instructions'], []],
  settings: [['passMark', 'maxAttempts', 'scoring', 'shuffleQuestions', 'shuffleChoices', 'showCorrectAnswers'], []],
  'block:markdown': [['type', 'markdown'], []],
  'block:callout': [['type', 'variant', 'markdown'], ['title']],
  'block:image': [['type', 'src', 'alt'], ['decorative', 'caption', 'credit']],
  'block:video': [['type', 'url', 'title', 'transcript'], []],
  'block:resource': [['type', 'title', 'file', 'fileName', 'mediaType'], ['description']],
  'block:dataset': [['type', 'key', 'title', 'description', 'csv', 'source'], []],
  'block:link': [['type', 'url', 'title'], ['description']],
  'question:single_choice': [['choices'], []],
  'question:multiple_choice': [['choices'], []],
  'question:true_false': [['answer'], ['feedbackTrue', 'feedbackFalse']],
  'question:short_text': [['answers'], []],
  'question:numeric': [['answers'], ['unit']],
  'question:ordering': [['items'], []],
  'question:matching': [['pairs'], ['distractors']],
  'question:cloze': [['text', 'blanks'], []],
  'question:dataset': [['dataset', 'answer'], []],
  workshopsDoc: [['format', 'workshops'], []],
  atelier: [
    ['slug', 'title', 'summary', 'description', 'audiences', 'format', 'inDays', 'startTime', 'endTime', 'partners', 'capacity', 'registrationClosesHoursBefore', 'links', 'survey'],
    ['venue', 'onlineUrl', 'pastAttendance'],
  ],
  referentielDoc: [['format', 'domains'], []],
};
const QUESTION_BASE: [string[], string[]] = [['key', 'type', 'stem', 'explanation', 'competencies'], ['points', 'difficulty']];

interface Problems {
  add(where: string, message: string): void;
  list: string[];
}
function problems(): Problems {
  const list: string[] = [];
  return { list, add: (where, message) => list.push(`${where}: ${message}`) };
}
function expectNone(p: Problems) {
  if (p.list.length > 0) throw new Error(`${p.list.length} problem(s):\n- ${p.list.join('\n- ')}`);
}

function checkShape(p: Problems, where: string, value: unknown, shape: [string[], string[]]) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return p.add(where, 'is not an object');
  const [required, optional] = shape;
  for (const field of required) if (!(field in value)) p.add(where, `missing field "${field}"`);
  for (const field of Object.keys(value)) if (!required.includes(field) && !optional.includes(field)) p.add(where, `unknown field "${field}"`);
}
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});

// ---------- load ----------
const referentielFile = path.join(CONTENT, 'referentiel.json');
const workshopsFile = path.join(CONTENT, 'workshops.json');
const parcoursFiles = fs.existsSync(path.join(CONTENT, 'parcours'))
  ? fs.readdirSync(path.join(CONTENT, 'parcours')).map((dir) => path.join(CONTENT, 'parcours', dir, 'parcours.json'))
  : [];
const referentiel = readJson(referentielFile);
const workshops = readJson(workshopsFile);
const catalogue = parcoursFiles.map((file) => ({ file, dir: path.dirname(file), doc: fs.existsSync(file) ? readJson(file) : {} }));
const competencyCodes = new Set(arr(referentiel['domains']).flatMap((d) => arr(obj(d)['competencies']).map((c) => obj(c)['code'] as string)));
const workshopSlugs = new Set(arr(workshops['workshops']).map((w) => obj(w)['slug'] as string));

interface Located<T> {
  file: string;
  dir: string;
  at: string;
  value: T;
  parcours: string;
}
function modulesOf() {
  return catalogue.flatMap(({ file, dir, doc }) =>
    arr(obj(doc['parcours'])['modules']).map((m, i) => ({ file, dir, at: `parcours.modules[${i}]`, value: obj(m), parcours: rel(file) })),
  );
}
function activitiesOf(): Located<Json>[] {
  return modulesOf().flatMap((m) => arr(m.value['activities']).map((a, i) => ({ ...m, at: `${m.at}.activities[${i}]`, value: obj(a) })));
}
function blocksOf(): Located<Json>[] {
  return activitiesOf()
    .filter((a) => a.value['type'] === 'lesson')
    .flatMap((a) => arr(a.value['blocks']).map((b, i) => ({ ...a, at: `${a.at}.blocks[${i}]`, value: obj(b) })));
}
function questionsOf(): Located<Json>[] {
  return activitiesOf()
    .filter((a) => a.value['type'] === 'quiz')
    .flatMap((a) => arr(a.value['questions']).map((q, i) => ({ ...a, at: `${a.at}.questions[${i}]`, value: obj(q) })));
}
const where = (x: { file: string; at: string }) => `${rel(x.file)} ${x.at}`;

describe('content/', () => {
  it('has a référentiel, workshops and parcours folders that each hold a parcours.json', () => {
    const p = problems();
    for (const { file } of catalogue) if (!fs.existsSync(file)) p.add(rel(file), 'missing (each folder of content/parcours holds one parcours.json)');
    expectNone(p);
    expect(catalogue.length).toBeGreaterThan(0);
  });

  it('every JSON file under content/ parses', () => {
    const p = problems();
    for (const file of listFiles(CONTENT).filter((f) => f.endsWith('.json'))) {
      try {
        readJson(file);
      } catch (error) {
        p.add(rel(file), (error as Error).message);
      }
    }
    expectNone(p);
  });

  describe('référentiel', () => {
    it('has the right format, 5–7 domains and 20–30 competencies with unique codes and descriptions', () => {
      const p = problems();
      const at = rel(referentielFile);
      checkShape(p, at, referentiel, SHAPES['referentielDoc']);
      if (referentiel['format'] !== 'culture-d/referentiel@1') p.add(at, `format should be "culture-d/referentiel@1", got ${JSON.stringify(referentiel['format'])}`);
      const domains = arr(referentiel['domains']);
      if (domains.length < 5 || domains.length > 7) p.add(at, `expected 5–7 domains, got ${domains.length}`);
      const seen = new Set<string>();
      let count = 0;
      domains.forEach((d, i) => {
        checkShape(p, `${at} domains[${i}]`, d, [['code', 'title', 'description', 'competencies'], []]);
        for (const [j, c] of arr(obj(d)['competencies']).entries()) {
          count++;
          const w = `${at} domains[${i}].competencies[${j}]`;
          checkShape(p, w, c, [['code', 'title', 'description'], []]);
          const code = obj(c)['code'] as string;
          if (seen.has(code)) p.add(w, `duplicate code ${code}`);
          seen.add(code);
          if (!nonEmpty(obj(c)['description'])) p.add(w, 'empty description');
        }
      });
      if (count < 20 || count > 30) p.add(at, `expected 20–30 competencies, got ${count}`);
      expectNone(p);
    });
  });

  describe('parcours', () => {
    it('have the right format and no unknown fields at the parcours, module, activity, block and question levels', () => {
      const p = problems();
      for (const { file, doc } of catalogue) {
        checkShape(p, rel(file), doc, SHAPES['parcoursDoc']);
        if (doc['format'] !== PARCOURS_FORMAT) p.add(rel(file), `format should be "${PARCOURS_FORMAT}", got ${JSON.stringify(doc['format'])}`);
        const parcours = obj(doc['parcours']);
        checkShape(p, `${rel(file)} parcours`, parcours, SHAPES['parcours']);
        if (!(LEVELS as readonly unknown[]).includes(parcours['level'])) p.add(`${rel(file)} parcours.level`, `unknown level ${JSON.stringify(parcours['level'])}`);
        for (const t of arr(parcours['themes'])) if (!(THEMES as readonly unknown[]).includes(t)) p.add(`${rel(file)} parcours.themes`, `unknown theme ${JSON.stringify(t)}`);
        if (!nonEmpty(parcours['summaryEn'])) p.add(`${rel(file)} parcours.summaryEn`, 'empty English summary');
        if (arr(parcours['objectives']).length === 0) p.add(`${rel(file)} parcours.objectives`, 'no objectives');
      }
      for (const m of modulesOf()) checkShape(p, where(m), m.value, SHAPES['module']);
      for (const a of activitiesOf()) {
        const shape = SHAPES[String(a.value['type'])];
        if (!['lesson', 'quiz', 'workshop'].includes(String(a.value['type'])) || !shape) p.add(where(a), `unknown activity type ${JSON.stringify(a.value['type'])}`);
        else checkShape(p, where(a), a.value, shape);
        if (a.value['type'] === 'quiz') checkShape(p, `${where(a)}.settings`, a.value['settings'], SHAPES['settings']);
      }
      for (const b of blocksOf()) {
        const shape = SHAPES[`block:${String(b.value['type'])}`];
        if (!shape) p.add(where(b), `unknown block type ${JSON.stringify(b.value['type'])}`);
        else checkShape(p, where(b), b.value, shape);
      }
      for (const q of questionsOf()) {
        const shape = SHAPES[`question:${String(q.value['type'])}`];
        if (!shape) p.add(where(q), `unknown question type ${JSON.stringify(q.value['type'])}`);
        else checkShape(p, where(q), q.value, [[...QUESTION_BASE[0], ...shape[0]], [...QUESTION_BASE[1], ...shape[1]]]);
        if (q.value['difficulty'] !== undefined && !(DIFFICULTIES as readonly unknown[]).includes(q.value['difficulty'])) p.add(where(q), `unknown difficulty ${JSON.stringify(q.value['difficulty'])}`);
      }
      expectNone(p);
    });

    it('exist once per audience, each for one audience', () => {
      const p = problems();
      const byAudience = new Map<string, string[]>();
      for (const { file, doc } of catalogue) {
        const audiences = arr(obj(doc['parcours'])['audiences']);
        if (audiences.length !== 1) p.add(`${rel(file)} parcours.audiences`, `expected exactly one audience, got ${JSON.stringify(audiences)}`);
        for (const a of audiences) {
          if (!(AUDIENCES as readonly unknown[]).includes(a)) p.add(`${rel(file)} parcours.audiences`, `unknown audience ${JSON.stringify(a)}`);
          byAudience.set(String(a), [...(byAudience.get(String(a)) ?? []), rel(file)]);
        }
      }
      for (const audience of AUDIENCES) {
        const files = byAudience.get(audience) ?? [];
        if (files.length !== 1) p.add('content/parcours', `expected one parcours for audience "${audience}", got ${files.length} (${files.join(', ')})`);
      }
      expectNone(p);
    });

    it('have 3–5 modules, each with 2–4 lessons and exactly one quiz of 5–10 questions', () => {
      const p = problems();
      for (const { file, doc } of catalogue) {
        const modules = arr(obj(doc['parcours'])['modules']);
        if (modules.length < 3 || modules.length > 5) p.add(`${rel(file)} parcours.modules`, `expected 3–5 modules, got ${modules.length}`);
      }
      for (const m of modulesOf()) {
        const activities = arr(m.value['activities']).map(obj);
        const lessons = activities.filter((a) => a['type'] === 'lesson').length;
        const quizzes = activities.filter((a) => a['type'] === 'quiz' && !a['diagnostic']);
        if (lessons < 2 || lessons > 4) p.add(where(m), `expected 2–4 lessons, got ${lessons}`);
        if (quizzes.length !== 1) p.add(where(m), `expected exactly one quiz (besides a diagnostic), got ${quizzes.length}`);
        for (const q of quizzes) {
          const n = arr(q['questions']).length;
          if (n < 5 || n > 10) p.add(`${where(m)} quiz ${String(q['key'])}`, `expected 5–10 questions, got ${n}`);
        }
      }
      expectNone(p);
    });

    it('have at most one diagnostic quiz, as the first activity of the first module', () => {
      const p = problems();
      for (const { file, doc } of catalogue) {
        const modules = arr(obj(doc['parcours'])['modules']).map(obj);
        modules.forEach((m, i) =>
          arr(m['activities']).map(obj).forEach((a, j) => {
            if (a['diagnostic'] === true && (i !== 0 || j !== 0)) p.add(`${rel(file)} parcours.modules[${i}].activities[${j}]`, 'a diagnostic quiz must be the first activity of the first module');
          }),
        );
      }
      expectNone(p);
    });

    it('use every block type and every question type at least twice across the catalogue', () => {
      const p = problems();
      const blocks = new Map<string, number>();
      for (const b of blocksOf()) blocks.set(String(b.value['type']), (blocks.get(String(b.value['type'])) ?? 0) + 1);
      for (const type of BLOCK_TYPES) if ((blocks.get(type) ?? 0) < 2) p.add('content/parcours', `block type "${type}" appears ${blocks.get(type) ?? 0} time(s), at least 2 expected`);
      const questions = new Map<string, number>();
      for (const q of questionsOf()) questions.set(String(q.value['type']), (questions.get(String(q.value['type'])) ?? 0) + 1);
      for (const type of QUESTION_TYPES) if ((questions.get(type) ?? 0) < 2) p.add('content/parcours', `question type "${type}" appears ${questions.get(type) ?? 0} time(s), at least 2 expected`);
      expectNone(p);
    });

    it('have quiz settings in the agreed range', () => {
      const p = problems();
      for (const a of activitiesOf().filter((x) => x.value['type'] === 'quiz')) {
        const s = obj(a.value['settings']);
        const w = `${where(a)}.settings`;
        if (typeof s['passMark'] !== 'number' || s['passMark'] < 60 || s['passMark'] > 80) p.add(w, `passMark should be 60–80, got ${JSON.stringify(s['passMark'])}`);
        if (s['maxAttempts'] !== null && s['maxAttempts'] !== 3) p.add(w, 'maxAttempts should be null or 3');
        if (s['scoring'] !== 'best') p.add(w, 'scoring should be "best"');
        if (s['shuffleQuestions'] !== true || s['shuffleChoices'] !== true) p.add(w, 'shuffleQuestions and shuffleChoices should be true');
        if (s['showCorrectAnswers'] !== 'after_submission') p.add(w, 'showCorrectAnswers should be "after_submission"');
      }
      expectNone(p);
    });

    it('have valid slugs (unique across the catalogue for parcours, within a parcours for modules) and unique keys within a parcours', () => {
      const p = problems();
      const parcoursSlugs = new Set<string>();
      for (const { file, dir, doc } of catalogue) {
        const parcours = obj(doc['parcours']);
        const slug = String(parcours['slug']);
        if (!SLUG.test(slug)) p.add(`${rel(file)} parcours.slug`, `"${slug}" does not match ${SLUG}`);
        if (parcoursSlugs.has(slug)) p.add(`${rel(file)} parcours.slug`, `duplicate parcours slug "${slug}"`);
        parcoursSlugs.add(slug);
        if (path.basename(dir) !== slug) p.add(rel(file), `the folder name should be the parcours slug "${slug}"`);
        const moduleSlugs = new Set<string>();
        const keys = new Map<string, string>();
        const seeKey = (key: unknown, at: string) => {
          if (typeof key !== 'string' || !SLUG.test(key)) p.add(`${rel(file)} ${at}.key`, `key ${JSON.stringify(key)} should be kebab-case`);
          else if (keys.has(key)) p.add(`${rel(file)} ${at}.key`, `duplicate key "${key}" (also at ${keys.get(key)})`);
          else keys.set(key, at);
        };
        arr(parcours['modules']).map(obj).forEach((m, i) => {
          const at = `parcours.modules[${i}]`;
          const ms = String(m['slug']);
          if (!SLUG.test(ms)) p.add(`${rel(file)} ${at}.slug`, `"${ms}" does not match ${SLUG}`);
          if (moduleSlugs.has(ms)) p.add(`${rel(file)} ${at}.slug`, `duplicate module slug "${ms}"`);
          moduleSlugs.add(ms);
          seeKey(m['key'], at);
          arr(m['activities']).map(obj).forEach((a, j) => {
            const aat = `${at}.activities[${j}]`;
            seeKey(a['key'], aat);
            arr(a['questions']).map(obj).forEach((q, k) => seeKey(q['key'], `${aat}.questions[${k}]`));
            arr(a['blocks']).map(obj).forEach((b, k) => b['type'] === 'dataset' && seeKey(b['key'], `${aat}.blocks[${k}]`));
          });
        });
      }
      expectNone(p);
    });

    it('have module prerequisites that exist in the same parcours and form no cycle', () => {
      const p = problems();
      for (const { file, doc } of catalogue) {
        const modules = arr(obj(doc['parcours'])['modules']).map(obj);
        const prereqs = new Map(modules.map((m) => [String(m['key']), arr(m['prerequisites']).map(String)]));
        modules.forEach((m, i) => {
          for (const key of arr(m['prerequisites'])) if (!prereqs.has(String(key))) p.add(`${rel(file)} parcours.modules[${i}].prerequisites`, `unknown module key "${String(key)}"`);
        });
        const state = new Map<string, 'visiting' | 'done'>();
        const visit = (key: string, trail: string[]): void => {
          if (state.get(key) === 'done') return;
          if (state.get(key) === 'visiting') return p.add(rel(file), `prerequisite cycle: ${[...trail, key].join(' → ')}`);
          state.set(key, 'visiting');
          for (const next of prereqs.get(key) ?? []) if (prereqs.has(next)) visit(next, [...trail, key]);
          state.set(key, 'done');
        };
        for (const key of prereqs.keys()) visit(key, []);
      }
      expectNone(p);
    });

    it('tag modules and questions only with competencies of the référentiel', () => {
      const p = problems();
      for (const m of modulesOf()) {
        if (arr(m.value['competencies']).length === 0) p.add(`${where(m)}.competencies`, 'no competency');
        for (const c of arr(m.value['competencies'])) if (!competencyCodes.has(String(c))) p.add(`${where(m)}.competencies`, `unknown competency "${String(c)}"`);
      }
      for (const q of questionsOf()) {
        if (arr(q.value['competencies']).length === 0) p.add(`${where(q)}.competencies`, 'no competency');
        for (const c of arr(q.value['competencies'])) if (!competencyCodes.has(String(c))) p.add(`${where(q)}.competencies`, `unknown competency "${String(c)}"`);
      }
      expectNone(p);
    });

    it('have questions with a stem, an explanation and consistent answers', () => {
      const p = problems();
      const datasetKeys = new Map<string, Set<string>>();
      for (const b of blocksOf()) if (b.value['type'] === 'dataset') datasetKeys.set(b.file, new Set([...(datasetKeys.get(b.file) ?? []), String(b.value['key'])]));
      const singleCorrect = (w: string, choices: unknown[]) => {
        const correct = choices.map(obj).filter((c) => c['correct'] === true).length;
        if (choices.length < 2) p.add(w, 'expected at least two choices');
        if (correct !== 1) p.add(w, `expected exactly one correct choice, got ${correct}`);
      };
      for (const q of questionsOf()) {
        const w = where(q);
        const v = q.value;
        if (!nonEmpty(v['stem'])) p.add(w, 'empty stem');
        if (!nonEmpty(v['explanation'])) p.add(w, 'empty explanation');
        switch (v['type']) {
          case 'single_choice':
            singleCorrect(`${w}.choices`, arr(v['choices']));
            break;
          case 'multiple_choice': {
            const positive = arr(v['choices']).map(obj).map((c) => Number(c['weight'])).filter((x) => x > 0);
            const sum = positive.reduce((a, b) => a + b, 0);
            if (Math.abs(sum - 100) > 1e-9) p.add(`${w}.choices`, `positive weights should sum to 100, got ${sum}`);
            break;
          }
          case 'true_false':
            if (typeof v['answer'] !== 'boolean') p.add(`${w}.answer`, 'should be a boolean');
            break;
          case 'short_text':
            if (!arr(v['answers']).map(obj).some((a) => a['credit'] === 100 && nonEmpty(a['text']))) p.add(`${w}.answers`, 'no answer with full credit');
            break;
          case 'numeric':
            if (!arr(v['answers']).map(obj).some((a) => a['credit'] === 100)) p.add(`${w}.answers`, 'no answer with full credit');
            break;
          case 'ordering':
            if (arr(v['items']).length < 3) p.add(`${w}.items`, 'expected at least three items');
            break;
          case 'matching':
            if (arr(v['pairs']).length < 3) p.add(`${w}.pairs`, 'expected at least three pairs');
            break;
          case 'cloze': {
            const text = String(v['text']);
            const blanks = arr(v['blanks']).map(obj);
            blanks.forEach((b, i) => {
              if (!text.includes(`{{${i + 1}}}`)) p.add(`${w}.text`, `blank {{${i + 1}}} missing from the text`);
              if (b['kind'] === 'choice' && (typeof b['correct'] !== 'number' || b['correct'] < 0 || b['correct'] >= arr(b['choices']).length)) p.add(`${w}.blanks[${i}]`, 'correct index out of range');
              if (b['kind'] === 'short_text' && !arr(b['answers']).map(obj).some((a) => a['credit'] === 100)) p.add(`${w}.blanks[${i}]`, 'no answer with full credit');
            });
            if (blanks.length === 0 || text.includes(`{{${blanks.length + 1}}}`)) p.add(`${w}.blanks`, 'the number of blanks does not match the text');
            break;
          }
          case 'dataset': {
            if (!datasetKeys.get(q.file)?.has(String(v['dataset']))) p.add(`${w}.dataset`, `no dataset block with key "${String(v['dataset'])}" in this parcours`);
            const answer = obj(v['answer']);
            if (answer['kind'] === 'choice') singleCorrect(`${w}.answer.choices`, arr(answer['choices']));
            else if (answer['kind'] === 'numeric') {
              if (!arr(answer['answers']).map(obj).some((a) => a['credit'] === 100)) p.add(`${w}.answer.answers`, 'no answer with full credit');
            } else p.add(`${w}.answer.kind`, `unknown kind ${JSON.stringify(answer['kind'])}`);
            break;
          }
        }
      }
      expectNone(p);
    });

    it('have images with alt text and existing files, videos with transcripts, links over https', () => {
      const p = problems();
      for (const b of blocksOf()) {
        const w = where(b);
        const v = b.value;
        if (v['type'] === 'image') {
          if (!nonEmpty(v['alt']) && v['decorative'] !== true) p.add(`${w}.alt`, 'empty alt text on an image that is not decorative');
          if (!fs.existsSync(path.join(b.dir, String(v['src'])))) p.add(`${w}.src`, `file not found: ${String(v['src'])}`);
        }
        if (v['type'] === 'video') {
          if (!String(v['url']).startsWith('https://')) p.add(`${w}.url`, 'should be an https embed URL');
          if (!nonEmpty(v['transcript']) || String(v['transcript']).length < 300) p.add(`${w}.transcript`, 'the transcript should be complete (at least 300 characters)');
        }
        if (v['type'] === 'link' && !/^https:\/\/[^\s?#]+$/.test(String(v['url']))) p.add(`${w}.url`, `should be an https URL without query or fragment, got ${String(v['url'])}`);
      }
      for (const { file, dir, doc } of catalogue) {
        const cover = obj(doc['parcours'])['cover'];
        if (cover && !fs.existsSync(path.join(dir, String(obj(cover)['src'])))) p.add(`${rel(file)} parcours.cover.src`, 'file not found');
      }
      expectNone(p);
    });

    it('have resources and datasets whose files exist; CSV files are small and regular; datasets name their source', () => {
      const p = problems();
      for (const b of blocksOf()) {
        const w = where(b);
        const v = b.value;
        if (v['type'] === 'resource') {
          const file = path.join(b.dir, String(v['file']));
          if (!fs.existsSync(file)) p.add(`${w}.file`, `file not found: ${String(v['file'])}`);
          if (v['fileName'] !== path.basename(String(v['file']))) p.add(`${w}.fileName`, 'should be the base name of the file');
          if (!nonEmpty(v['mediaType'])) p.add(`${w}.mediaType`, 'empty media type');
        }
        if (v['type'] === 'dataset') {
          if (!nonEmpty(v['source'])) p.add(`${w}.source`, 'empty source (where the data comes from and its licence)');
          const file = path.join(b.dir, String(v['csv']));
          if (!fs.existsSync(file)) p.add(`${w}.csv`, `file not found: ${String(v['csv'])}`);
        }
      }
      for (const { dir } of catalogue) {
        for (const file of fs.existsSync(dir) ? listFiles(dir).filter((f) => f.endsWith('.csv')) : []) {
          const size = fs.statSync(file).size;
          if (size > MAX_CSV_BYTES) p.add(rel(file), `larger than 1 MB (${size} bytes)`);
          const lines = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
          const separator = lines[0].includes(';') ? ';' : ',';
          const count = (line: string) => line.split(separator).length;
          if (lines.length - 1 > MAX_CSV_ROWS) p.add(rel(file), `${lines.length - 1} data rows, at most ${MAX_CSV_ROWS}`);
          lines.forEach((line, i) => {
            if (line.includes('"')) p.add(`${rel(file)}:${i + 1}`, 'quoted fields are not expected in the starter CSV files');
            if (count(line) !== count(lines[0])) p.add(`${rel(file)}:${i + 1}`, `${count(line)} columns, the header has ${count(lines[0])}`);
          });
        }
      }
      expectNone(p);
    });

    it('point workshop steps to existing workshops', () => {
      const p = problems();
      for (const a of activitiesOf().filter((x) => x.value['type'] === 'workshop')) {
        const list = arr(a.value['workshops']);
        if (list.length === 0) p.add(`${where(a)}.workshops`, 'no workshop');
        for (const slug of list) if (!workshopSlugs.has(String(slug))) p.add(`${where(a)}.workshops`, `unknown workshop slug "${String(slug)}"`);
      }
      for (const audience of ['mediateur', 'elu', 'citoyen']) {
        const doc = catalogue.find(({ doc }) => arr(obj(doc['parcours'])['audiences']).includes(audience));
        const has = activitiesOf().some((a) => a.file === doc?.file && a.value['type'] === 'workshop');
        if (!has) p.add('content/parcours', `the ${audience} parcours should have a workshop step`);
      }
      expectNone(p);
    });
  });

  describe('workshops', () => {
    it('have the right format and fields, valid slugs, times, capacities, surveys and links', () => {
      const p = problems();
      const at = rel(workshopsFile);
      checkShape(p, at, workshops, SHAPES['workshopsDoc']);
      if (workshops['format'] !== 'culture-d/ateliers@1') p.add(at, `format should be "culture-d/ateliers@1", got ${JSON.stringify(workshops['format'])}`);
      const slugs = new Set<string>();
      const parcoursBySlug = new Map(catalogue.map(({ doc }) => [String(obj(doc['parcours'])['slug']), arr(obj(doc['parcours'])['modules']).map((m) => String(obj(m)['slug']))]));
      arr(workshops['workshops']).map(obj).forEach((w, i) => {
        const wat = `${at} workshops[${i}]`;
        checkShape(p, wat, w, SHAPES['atelier']);
        const slug = String(w['slug']);
        if (!SLUG.test(slug)) p.add(`${wat}.slug`, `"${slug}" does not match ${SLUG}`);
        if (slugs.has(slug)) p.add(`${wat}.slug`, `duplicate slug "${slug}"`);
        slugs.add(slug);
        if (!['in_person', 'online', 'hybrid'].includes(String(w['format']))) p.add(`${wat}.format`, 'unknown format');
        if (w['format'] !== 'online' && !w['venue']) p.add(`${wat}.venue`, 'an in-person or hybrid workshop needs a venue');
        if (w['venue']) checkShape(p, `${wat}.venue`, w['venue'], [['name', 'address', 'postcode', 'city'], []]);
        for (const t of ['startTime', 'endTime']) if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(String(w[t]))) p.add(`${wat}.${t}`, 'expected HH:MM');
        if (String(w['startTime']) >= String(w['endTime'])) p.add(wat, 'the workshop should end after it starts');
        if (typeof w['inDays'] !== 'number' || !Number.isInteger(w['inDays']) || w['inDays'] === 0) p.add(`${wat}.inDays`, 'expected a non-zero whole number of days');
        const capacity = w['capacity'];
        if (capacity !== null && (typeof capacity !== 'number' || capacity < 20 || capacity > 40)) p.add(`${wat}.capacity`, 'expected 20–40 seats');
        if (w['registrationClosesHoursBefore'] !== 24) p.add(`${wat}.registrationClosesHoursBefore`, 'expected 24');
        for (const a of arr(w['audiences'])) if (!(AUDIENCES as readonly unknown[]).includes(a)) p.add(`${wat}.audiences`, `unknown audience ${JSON.stringify(a)}`);
        const survey = arr(w['survey']).map(obj);
        if (survey.length < 3 || survey.length > 5) p.add(`${wat}.survey`, `expected 3–5 questions, got ${survey.length}`);
        const surveyKeys = new Set<string>();
        survey.forEach((s, j) => {
          const sat = `${wat}.survey[${j}]`;
          checkShape(p, sat, s, [['key', 'kind', 'question'], ['choices', 'min', 'max']]);
          if (surveyKeys.has(String(s['key']))) p.add(sat, 'duplicate key');
          surveyKeys.add(String(s['key']));
          if (s['kind'] === 'scale' && (s['min'] !== 1 || s['max'] !== 5)) p.add(sat, 'a scale goes from 1 to 5');
          if (s['kind'] === 'choice' && arr(s['choices']).length < 2) p.add(sat, 'a choice needs at least two choices');
          if (!['scale', 'choice', 'text'].includes(String(s['kind']))) p.add(sat, 'unknown kind');
        });
        arr(w['links']).map(obj).forEach((l, j) => {
          const modules = parcoursBySlug.get(String(l['parcours']));
          if (!modules) p.add(`${wat}.links[${j}]`, `unknown parcours slug "${String(l['parcours'])}"`);
          else if (l['module'] !== undefined && !modules.includes(String(l['module']))) p.add(`${wat}.links[${j}]`, `unknown module slug "${String(l['module'])}" in ${String(l['parcours'])}`);
        });
        const past = typeof w['inDays'] === 'number' && w['inDays'] < 0;
        if (past !== (w['pastAttendance'] !== undefined)) p.add(`${wat}.pastAttendance`, 'a past workshop (inDays < 0) has pastAttendance, an upcoming one does not');
        const att = obj(w['pastAttendance']);
        if (past && !(Number(att['attended']) <= Number(att['registered']))) p.add(`${wat}.pastAttendance`, 'attended should not exceed registered');
      });
      const list = arr(workshops['workshops']).map(obj);
      const upcoming = list.filter((w) => Number(w['inDays']) > 0).length;
      const past = list.filter((w) => Number(w['inDays']) < 0).length;
      if (upcoming < 3) p.add(at, `expected at least three upcoming workshops, got ${upcoming}`);
      if (past !== 1) p.add(at, `expected one past workshop, got ${past}`);
      expectNone(p);
    });
  });
});
