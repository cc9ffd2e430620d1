import { validParcours, validParcoursJson } from './parcours.fixture';
import { type DocumentIssue, validateParcoursDocument, validateQuestionDocument } from './validate-parcours';
import { ALLOWED_VIDEO_HOSTS, checkLinkUrl, checkVideoUrl } from './video-hosts';

const LESSON = '/parcours/modules/0/activities/0';
const QUIZ = '/parcours/modules/0/activities/1';

function errorsOf(input: unknown): DocumentIssue[] {
  const result = validateParcoursDocument(input);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.errors;
}

/** Breaks a copy of the valid document and returns its errors. */
function errorsAfter(change: (doc: ReturnType<typeof validParcoursJson>) => void): DocumentIssue[] {
  const doc = validParcoursJson();
  change(doc);
  return errorsOf(doc);
}

describe('validateParcoursDocument — shape (JSON Schema)', () => {
  it('accepts a complete document and returns it typed', () => {
    const input = validParcours();
    const result = validateParcoursDocument(input);
    expect(result).toEqual({ ok: true, document: input });
  });

  it('accepts empty modules, activities, blocks and questions (drafts; publishing refuses them)', () => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[0].blocks = [];
    doc.parcours.modules[0].activities[1].questions = [];
    doc.parcours.modules[1].activities = [];
    expect(validateParcoursDocument(doc).ok).toBe(true);
    doc.parcours.modules = [];
    expect(validateParcoursDocument(doc).ok).toBe(true);
  });

  it.each([null, 42, 'text', [], {}])('refuses %j', (input) => {
    expect(validateParcoursDocument(input).ok).toBe(false);
  });

  it('refuses another format', () => {
    expect(errorsAfter((doc) => (doc.format = 'culture-d/parcours@2'))).toEqual([{ path: '/format', message: 'must be "culture-d/parcours@1"' }]);
  });

  it('reports every error at once, with JSON Pointer paths, sorted', () => {
    const errors = errorsAfter((doc) => {
      delete doc.parcours.title;
      doc.parcours.level = 'expert';
      doc.parcours.modules[0].activities[0].blocks[2].alt = 5;
      doc.parcours.modules[0].activities[0].blocks[3].type = 'gif';
      doc.extra = true;
    });
    expect(errors).toEqual([
      { path: '/extra', message: 'is not allowed here' },
      { path: '/parcours/level', message: 'must be one of: decouverte, intermediaire, approfondissement' },
      { path: `${LESSON}/blocks/2/alt`, message: 'must be string' },
      { path: `${LESSON}/blocks/3/type`, message: 'is not a known type' },
      { path: '/parcours/title', message: 'is required' },
    ]);
  });

  it('sorts numeric path segments as numbers', () => {
    const doc = validParcoursJson();
    doc.parcours.modules = Array.from({ length: 11 }, (_, i) => ({ ...doc.parcours.modules[1], key: `m${i}`, slug: `m${i}`, prerequisites: [] }));
    doc.parcours.modules[2].title = '';
    doc.parcours.modules[10].title = '';
    expect(errorsOf(doc).map((e) => e.path)).toEqual(['/parcours/modules/2/title', '/parcours/modules/10/title']);
  });

  it('closes every object: unknown properties are refused at any depth', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.colour = 'blue';
      doc.parcours.modules[0].weight = 2;
      doc.parcours.modules[0].activities[1].settings.timer = 60;
      doc.parcours.modules[0].activities[1].questions[0].choices[0].score = 1;
      doc.parcours.modules[0].activities[0].blocks[0].html = '<b>x</b>';
      doc.parcours.cover.width = 200;
    });
    expect(errors).toEqual([
      { path: '/parcours/colour', message: 'is not allowed here' },
      { path: '/parcours/cover/width', message: 'is not allowed here' },
      { path: `${LESSON}/blocks/0/html`, message: 'is not allowed here' },
      { path: `${QUIZ}/questions/0/choices/0/score`, message: 'is not allowed here' },
      { path: `${QUIZ}/settings/timer`, message: 'is not allowed here' },
      { path: '/parcours/modules/0/weight', message: 'is not allowed here' },
    ]);
  });

  it('checks each block type against its own shape', () => {
    const errors = errorsAfter((doc) => {
      const blocks = doc.parcours.modules[0].activities[0].blocks;
      blocks[1].variant = 'info';
      delete blocks[4].transcript;
      blocks[5].mediaType = 'not a media type';
      delete blocks[6].source;
      blocks[7].url = 42;
    });
    expect(errors).toEqual([
      { path: `${LESSON}/blocks/1/variant`, message: 'must be one of: retenir, attention, exemple' },
      { path: `${LESSON}/blocks/4/transcript`, message: 'is required' },
      { path: `${LESSON}/blocks/5/mediaType`, message: 'must match pattern "^[a-z]+/[a-zA-Z0-9.+-]+$"' },
      { path: `${LESSON}/blocks/6/source`, message: 'is required' },
      { path: `${LESSON}/blocks/7/url`, message: 'must be string' },
    ]);
  });

  it('checks each question type against its own shape', () => {
    const errors = errorsAfter((doc) => {
      const questions = doc.parcours.modules[0].activities[1].questions;
      questions[0].choices = [{ text: 'Seul', correct: true }];
      questions[1].choices[0].weight = 150;
      questions[2].answer = 'oui';
      questions[3].answers[0].credit = -1;
      questions[7].blanks[1].kind = 'dropdown';
      questions[8].answer = { kind: 'choice', choices: [{ text: 'a', correct: true }, { text: 'b' }] };
    });
    expect(errors).toEqual([
      { path: `${QUIZ}/questions/0/choices`, message: 'must NOT have fewer than 2 items' },
      { path: `${QUIZ}/questions/1/choices/0/weight`, message: 'must be <= 100' },
      { path: `${QUIZ}/questions/2/answer`, message: 'must be boolean' },
      { path: `${QUIZ}/questions/3/answers/0/credit`, message: 'must be >= 0' },
      { path: `${QUIZ}/questions/7/blanks/1/kind`, message: 'is not a known type' },
      { path: `${QUIZ}/questions/8/answer/choices/1/correct`, message: 'is required' },
    ]);
  });

  it('refuses an unknown question type, a missing type and an unknown activity type', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.modules[0].activities[1].questions[0].type = 'essay';
      delete doc.parcours.modules[0].activities[1].questions[1].type;
      doc.parcours.modules[1].activities[0].type = 'forum';
    });
    expect(errors).toEqual([
      { path: `${QUIZ}/questions/0/type`, message: 'is not a known type' },
      { path: `${QUIZ}/questions/1/type`, message: 'is required' },
      { path: '/parcours/modules/1/activities/0/type', message: 'is not a known type' },
    ]);
  });

  it('takes a numeric answer as a value (with an optional tolerance) or a range, never both', () => {
    const numeric = (answers: unknown[]) =>
      errorsAfter((doc) => {
        doc.parcours.modules[0].activities[1].questions[4].answers = answers;
      });
    const path = `${QUIZ}/questions/4/answers/0`;
    const both = 'give either "value" (with an optional "tolerance") or "min" and "max", not both';
    expect(numeric([{ value: 3, min: 1, credit: 100 }])).toEqual([{ path, message: both }]);
    expect(numeric([{ min: 1, max: 2, tolerance: 1, credit: 100 }])).toEqual([{ path, message: both }]);
    expect(numeric([{ min: 1, credit: 100 }])).toEqual([{ path: `${path}/max`, message: 'is required' }]);
    expect(numeric([{ value: 3, tolerance: -1, credit: 100 }])).toEqual([{ path: `${path}/tolerance`, message: 'must be >= 0' }]);
    const ok = validParcoursJson();
    ok.parcours.modules[0].activities[1].questions[4].answers = [{ value: 3.5, tolerance: 0.5, credit: 100 }, { min: 0, max: 10, credit: 20 }];
    expect(validateParcoursDocument(ok).ok).toBe(true);
  });

  it('checks settings, audiences, themes and minutes', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.audiences = ['elu', 'elu'];
      doc.parcours.themes = [];
      doc.parcours.durationMinutes = 12.5;
      doc.parcours.modules[0].activities[1].settings.passMark = 101;
      doc.parcours.modules[0].activities[1].settings.maxAttempts = 0;
    });
    expect(errors).toEqual([
      { path: '/parcours/audiences', message: 'must NOT have duplicate items (items ## 0 and 1 are identical)' },
      { path: '/parcours/durationMinutes', message: 'must be integer' },
      { path: `${QUIZ}/settings/maxAttempts`, message: 'must be >= 1' },
      { path: `${QUIZ}/settings/passMark`, message: 'must be <= 100' },
      { path: '/parcours/themes', message: 'must NOT have fewer than 1 items' },
    ]);
  });

  it('escapes property names in paths (JSON Pointer ~0 and ~1)', () => {
    expect(errorsAfter((doc) => (doc.parcours['a/b~c'] = 1))).toEqual([{ path: '/parcours/a~1b~0c', message: 'is not allowed here' }]);
  });

  it('does not run the document rules on a document of the wrong shape', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.title = '';
      doc.parcours.modules[1].key = 'm1'; // would be a duplicate key
    });
    expect(errors).toEqual([{ path: '/parcours/title', message: 'must NOT have fewer than 1 characters' }]);
  });
});

describe('validateParcoursDocument — document rules', () => {
  it('wants unique module, activity, question and dataset keys, in kebab-case', () => {
    const errors = errorsAfter((doc) => {
      const [m1, m2] = doc.parcours.modules;
      m2.key = 'm1';
      m2.prerequisites = [];
      m2.activities[0].key = 'm1-lecon';
      m1.activities[1].questions[1].key = 'q-single';
      m1.activities[1].questions[2].key = 'Q_3';
      m1.activities[0].blocks.push({ ...m1.activities[0].blocks[6] });
    });
    expect(errors).toEqual([
      { path: `${LESSON}/blocks/8/key`, message: 'duplicate dataset key "frequentation" (also /parcours/modules/0/activities/0/blocks/6/key)' },
      { path: `${QUIZ}/questions/1/key`, message: `duplicate question key "q-single" (also ${QUIZ}/questions/0/key)` },
      { path: `${QUIZ}/questions/2/key`, message: 'must be kebab-case: lower-case letters and digits separated by single hyphens' },
      { path: '/parcours/modules/1/activities/0/key', message: `duplicate activity key "m1-lecon" (also ${LESSON}/key)` },
      { path: '/parcours/modules/1/key', message: 'duplicate module key "m1" (also /parcours/modules/0/key)' },
    ]);
  });

  it('wants slugs for the parcours, modules and workshops, and unique module slugs', () => {
    const slugMessage = 'must be lower-case letters and digits separated by single hyphens, at most 80 characters (e.g. "donnees-ouvertes")';
    const errors = errorsAfter((doc) => {
      doc.parcours.slug = 'Médiation numérique';
      doc.parcours.modules[1].slug = 'reperer-les-donnees';
      doc.parcours.modules[1].activities[0].workshops = ['atelier--donnees'];
    });
    expect(errors).toEqual([
      { path: '/parcours/modules/1/activities/0/workshops/0', message: slugMessage },
      { path: '/parcours/modules/1/slug', message: 'duplicate module slug "reperer-les-donnees" (also /parcours/modules/0/slug)' },
      { path: '/parcours/slug', message: slugMessage },
    ]);
    expect(errorsAfter((doc) => (doc.parcours.modules[0].slug = 'a'.repeat(81)))).toEqual([{ path: '/parcours/modules/0/slug', message: 'must NOT have more than 80 characters' }]);
  });

  it('wants prerequisites that name other existing modules, once', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.modules[1].prerequisites = ['m1', 'm9', 'm2', 'm1'];
    });
    expect(errors).toEqual([
      { path: '/parcours/modules/1/prerequisites/1', message: 'no module has the key "m9"' },
      { path: '/parcours/modules/1/prerequisites/2', message: 'a module cannot be its own prerequisite' },
      { path: '/parcours/modules/1/prerequisites/3', message: '"m1" is listed twice' },
    ]);
  });

  it('reports a prerequisite cycle with the keys along it', () => {
    const errors = errorsAfter((doc) => {
      const m3 = { ...doc.parcours.modules[1], key: 'm3', slug: 'm3', prerequisites: ['m2'], activities: [] };
      doc.parcours.modules.push(m3);
      doc.parcours.modules[1].prerequisites = ['m1', 'm3'];
    });
    expect(errors).toEqual([{ path: '/parcours/modules/1/prerequisites', message: 'cycle: m2 → m3 → m2' }]);
  });

  it('wants exactly one correct choice in single-choice and dataset-choice questions', () => {
    const errors = errorsAfter((doc) => {
      const questions = doc.parcours.modules[0].activities[1].questions;
      questions[0].choices[1].correct = true;
      questions[8].answer = { kind: 'choice', choices: [{ text: 'a', correct: false }, { text: 'b', correct: false }] };
    });
    expect(errors).toEqual([
      { path: `${QUIZ}/questions/0/choices`, message: 'exactly one choice must be correct (2 are)' },
      { path: `${QUIZ}/questions/8/answer/choices`, message: 'exactly one choice must be correct (0 are)' },
    ]);
  });

  it('wants the positive weights of a multiple-choice question to sum to 100', () => {
    const weights = (...w: number[]) =>
      validateParcoursDocument(
        (() => {
          const doc = validParcoursJson();
          doc.parcours.modules[0].activities[1].questions[1].choices = w.map((weight, i) => ({ text: `c${i}`, weight }));
          return doc;
        })(),
      );
    expect(weights(50, 50, -100).ok).toBe(true);
    expect(weights(33.3, 33.3, 33.4).ok).toBe(true);
    expect(weights(100, 0).ok).toBe(true);
    expect(weights(50, 40, -10)).toEqual({ ok: false, errors: [{ path: `${QUIZ}/questions/1/choices`, message: 'positive weights must sum to 100 (they sum to 90)' }] });
    expect(weights(60, 60)).toEqual({ ok: false, errors: [{ path: `${QUIZ}/questions/1/choices`, message: 'positive weights must sum to 100 (they sum to 120)' }] });
    expect(weights(0, -10)).toEqual({ ok: false, errors: [{ path: `${QUIZ}/questions/1/choices`, message: 'at least one choice must have a positive weight' }] });
  });

  it('wants at least one full-credit answer for short-text, numeric, dataset-numeric and cloze text blanks', () => {
    const errors = errorsAfter((doc) => {
      const questions = doc.parcours.modules[0].activities[1].questions;
      questions[3].answers = [{ text: 'RGPD', credit: 99 }];
      questions[4].answers = [{ value: 2018, credit: 50 }];
      questions[7].blanks[0].answers = [{ text: '7', credit: 0 }];
      questions[8].answer.answers = [{ value: 11, credit: 10 }];
    });
    const message = 'at least one answer must give full credit (credit: 100)';
    expect(errors).toEqual([
      { path: `${QUIZ}/questions/3/answers`, message },
      { path: `${QUIZ}/questions/4/answers`, message },
      { path: `${QUIZ}/questions/7/blanks/0/answers`, message },
      { path: `${QUIZ}/questions/8/answer/answers`, message },
    ]);
  });

  it('wants numeric ranges with min ≤ max', () => {
    expect(errorsAfter((doc) => (doc.parcours.modules[0].activities[1].questions[4].answers[1] = { min: 5, max: 1, credit: 50 }))).toEqual([
      { path: `${QUIZ}/questions/4/answers/1`, message: 'min must not be greater than max' },
    ]);
  });

  it('wants cloze placeholders {{n}} to match the blanks, each once', () => {
    const cloze = (text: string) =>
      validateParcoursDocument(
        (() => {
          const doc = validParcoursJson();
          doc.parcours.modules[0].activities[1].questions[7].text = text;
          return doc;
        })(),
      );
    const path = `${QUIZ}/questions/7/text`;
    expect(cloze('{{ 2 }} puis {{1}}').ok).toBe(true);
    expect(cloze('Seulement {{1}}.')).toEqual({ ok: false, errors: [{ path, message: 'placeholder {{2}} is missing (there are 2 blanks)' }] });
    expect(cloze('{{1}} {{2}} {{3}} {{0}}')).toEqual({
      ok: false,
      errors: [
        { path, message: 'placeholder {{0}} has no blank (blanks are numbered 1 to 2)' },
        { path, message: 'placeholder {{3}} has no blank (blanks are numbered 1 to 2)' },
      ],
    });
    expect(cloze('{{1}} {{1}} {{2}}')).toEqual({ ok: false, errors: [{ path, message: 'placeholder {{1}} appears 2 times' }] });
  });

  it('wants a choice blank’s correct index to be one of its choices', () => {
    expect(errorsAfter((doc) => (doc.parcours.modules[0].activities[1].questions[7].blanks[1].correct = 2))).toEqual([
      { path: `${QUIZ}/questions/7/blanks/1/correct`, message: 'must be the index of one of the 2 choices (0 to 1)' },
    ]);
  });

  it('wants dataset questions to name a dataset block of the same document, wherever it is', () => {
    expect(errorsAfter((doc) => (doc.parcours.modules[0].activities[1].questions[8].dataset = 'budget'))).toEqual([
      { path: `${QUIZ}/questions/8/dataset`, message: 'no dataset block has the key "budget"' },
    ]);
    // The dataset may be in a later module.
    const doc = validParcoursJson();
    const dataset = doc.parcours.modules[0].activities[0].blocks.splice(6, 1)[0];
    doc.parcours.modules[1].activities.push({ key: 'm2-lecon', type: 'lesson', title: 'Données', minutes: 5, blocks: [dataset] });
    expect(validateParcoursDocument(doc).ok).toBe(true);
  });

  it('wants an alt text for images unless they are decorative, cover included', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.cover.alt = '   ';
      doc.parcours.modules[0].activities[0].blocks[2].alt = '';
      doc.parcours.modules[0].activities[0].blocks[3].decorative = false;
    });
    const message = 'must describe the image (or mark it decorative: true)';
    expect(errors).toEqual([
      { path: '/parcours/cover/alt', message },
      { path: `${LESSON}/blocks/2/alt`, message },
      { path: `${LESSON}/blocks/3/alt`, message },
    ]);
  });

  it.each(['images/a.png', 'cycle.svg', 'data:image/png;base64,AAAA', 'data:image/svg+xml;base64,PHN2Zz4='])('accepts the image source %s', (src) => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[0].blocks[2].src = src;
    expect(validateParcoursDocument(doc).ok).toBe(true);
  });

  it.each(['/etc/passwd', '../secret.png', 'images/../../x.png', 'https://tracker.example/pixel.gif', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'images\\a.png'])(
    'refuses the image source %s',
    (src) => {
      const errors = errorsAfter((doc) => (doc.parcours.modules[0].activities[0].blocks[2].src = src));
      expect(errors).toEqual([{ path: `${LESSON}/blocks/2/src`, message: expect.stringMatching(/^must be a relative path/) }]);
    },
  );

  it('wants resource files inside the parcours folder or inline, with a plain file name', () => {
    const errors = errorsAfter((doc) => {
      doc.parcours.modules[0].activities[0].blocks[5].file = 'https://example.org/guide.pdf';
      doc.parcours.modules[0].activities[0].blocks[5].fileName = '../guide.pdf';
    });
    expect(errors).toEqual([
      { path: `${LESSON}/blocks/5/file`, message: 'must be a relative path inside the parcours folder or a base64 data: URI' },
      { path: `${LESSON}/blocks/5/fileName`, message: 'must be a file name, without folders' },
    ]);
  });

  it('wants videos on an allowed PeerTube host over https', () => {
    const video = (url: string) => errorsAfter((doc) => (doc.parcours.modules[0].activities[0].blocks[4].url = url));
    const path = `${LESSON}/blocks/4/url`;
    expect(video('https://www.youtube.com/embed/abc')).toEqual([{ path, message: expect.stringContaining('host www.youtube.com is not an allowed video host') }]);
    expect(video('http://framatube.org/videos/embed/abc')).toEqual([{ path, message: 'must use https' }]);
    expect(video('https://framatube.org.evil.example/videos/embed/abc')).toEqual([{ path, message: expect.stringContaining('not an allowed video host') }]);
    expect(video('https://evil.example/?https://framatube.org/')).toEqual([{ path, message: expect.stringContaining('not an allowed video host') }]);
    expect(video('framatube.org/videos/embed/abc')).toEqual([{ path, message: 'must be an absolute URL' }]);
  });

  it('wants links over http(s)', () => {
    const link = (url: string) => validateParcoursDocument((() => { const doc = validParcoursJson(); doc.parcours.modules[0].activities[0].blocks[7].url = url; return doc; })());
    expect(link('http://www.cnil.fr').ok).toBe(true);
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>', 'ftp://example.org/', 'mailto:a@b.fr', '/relative', 'www.cnil.fr']) {
      expect(link(url)).toEqual({ ok: false, errors: [{ path: `${LESSON}/blocks/7/url`, message: expect.stringMatching(/http\(s\) URL/) }] });
    }
  });

  it('allows at most one diagnostic quiz', () => {
    const errors = errorsAfter((doc) => {
      const quiz = doc.parcours.modules[0].activities[1];
      quiz.diagnostic = true;
      doc.parcours.modules[1].activities.push({ ...quiz, key: 'm2-quiz', questions: [] });
    });
    expect(errors).toEqual([{ path: '/parcours/modules/1/activities/1/diagnostic', message: `a parcours has at most one diagnostic quiz (already ${QUIZ})` }]);
  });

  it('accepts a draw from the question bank per competency, with a whole positive count, each competency once', () => {
    const doc = validParcoursJson();
    doc.parcours.modules[0].activities[1].draw = [{ competency: 'D1.1', count: 2 }, { competency: 'D2.1', count: 1 }];
    expect(validateParcoursDocument(doc).ok).toBe(true);
    const errors = errorsAfter((d) => {
      d.parcours.modules[0].activities[1].draw = [{ competency: 'D1.1', count: 0 }, { competency: 'D1.2', count: 1.5 }, { count: 2 }];
    });
    expect(errors).toEqual([
      { path: `${QUIZ}/draw/0/count`, message: 'must be >= 1' },
      { path: `${QUIZ}/draw/1/count`, message: 'must be integer' },
      { path: `${QUIZ}/draw/2/competency`, message: 'is required' },
    ]);
    expect(
      errorsAfter((d) => {
        d.parcours.modules[0].activities[1].draw = [{ competency: 'D1.1', count: 1 }, { competency: 'D1.1', count: 2 }];
      }),
    ).toEqual([{ path: `${QUIZ}/draw/1/competency`, message: `"D1.1" is already drawn (also ${QUIZ}/draw/0/competency): add the counts` }]);
  });
});

describe('validateQuestionDocument (question bank)', () => {
  const questions = () => (validParcours().parcours.modules[0].activities[1] as unknown as { questions: Record<string, unknown>[] }).questions;

  it('accepts every question type of the valid document on its own', () => {
    for (const question of questions()) expect(validateQuestionDocument(question)).toEqual({ ok: true, question });
  });

  it('reports shape errors and rules with paths relative to the question', () => {
    const [single] = questions();
    expect(validateQuestionDocument({ ...single, stem: '', extra: 1 })).toEqual({
      ok: false,
      errors: [
        { path: '/extra', message: 'is not allowed here' },
        { path: '/stem', message: 'must NOT have fewer than 1 characters' },
      ],
    });
    const choices = (single['choices'] as { text: string; correct: boolean }[]).map((c) => ({ ...c, correct: true }));
    expect(validateQuestionDocument({ ...single, key: 'Pas Kebab', choices })).toEqual({
      ok: false,
      errors: [
        { path: '/choices', message: `exactly one choice must be correct (${choices.length} are)` },
        { path: '/key', message: 'must be kebab-case: lower-case letters and digits separated by single hyphens' },
      ],
    });
    expect(validateQuestionDocument({ type: 'essay' })).toEqual({ ok: false, errors: [{ path: '/type', message: 'is not a known type' }] });
  });

  it('checks a dataset question against the dataset keys when they are given', () => {
    const dataset = questions().find((q) => q['type'] === 'dataset');
    expect(validateQuestionDocument(dataset, new Set(['autre']))).toEqual({
      ok: false,
      errors: [{ path: '/dataset', message: `no dataset block has the key "${String(dataset?.['dataset'])}"` }],
    });
  });
});

describe('video and link URLs', () => {
  it('lists privacy-friendly PeerTube hosts only, each accepted', () => {
    expect(ALLOWED_VIDEO_HOSTS).toContain('tube-numerique-educatif.apps.education.fr');
    for (const host of ALLOWED_VIDEO_HOSTS) expect(checkVideoUrl(`https://${host}/videos/embed/abc`)).toBeNull();
    expect(ALLOWED_VIDEO_HOSTS.some((host) => /youtube|dailymotion|vimeo/.test(host))).toBe(false);
  });

  it('refuses credentials and ports, and accepts an extended list', () => {
    expect(checkVideoUrl('https://user:pw@framatube.org/videos/embed/a')).toBe('must not contain credentials');
    expect(checkVideoUrl('https://framatube.org:8443/videos/embed/a')).toBe('must not name a port');
    expect(checkVideoUrl('https://video.example.fr/videos/embed/a', ['video.example.fr'])).toBeNull();
    expect(checkLinkUrl('https://user:pw@example.org/')).toBe('must not contain credentials');
  });
});
