import { GIFT_CLOZE_DEFAULT_STEM, parseGift } from './gift-parser';

/** Parses one question and expects it to be read without error. */
function one(text: string) {
  const { questions, errors } = parseGift(text);
  expect(errors).toEqual([]);
  expect(questions).toHaveLength(1);
  return questions[0].question;
}

/** The line and English message of each error (their codes and params are checked in 'parseGift: error codes'). */
function errorsOf(text: string) {
  const { questions, errors } = parseGift(text);
  expect(questions).toEqual([]);
  return errors.map(({ line, message }) => ({ line, message }));
}

describe('parseGift: structure of a file', () => {
  it('separates questions by one or more blank lines, and gives each its starting line', () => {
    const { questions } = parseGift('Q1 ?{T}\n\n\n   \nQ2 ?{F}\n\t\nQ3\ncontinued ?{T}');
    expect(questions.map((q) => [q.line, q.question.stem, q.question.type])).toEqual([
      [1, 'Q1 ?', 'true_false'],
      [5, 'Q2 ?', 'true_false'],
      [7, 'Q3\\\ncontinued ?', 'true_false'],
    ]);
  });

  it('ignores // comment lines, between and inside questions, but not // inside a line', () => {
    const { questions } = parseGift('// a comment\n// another\n[markdown]Voir https://cnil.fr ?\n// inside\n{T}');
    expect(questions).toHaveLength(1);
    expect(questions[0].line).toBe(3);
    expect(questions[0].question.stem).toBe('Voir https://cnil.fr ?');
  });

  it('reads Windows and old Mac line endings, a byte order mark and surrounding spaces', () => {
    const { questions, errors } = parseGift('\uFEFF  ::A:: Un ?{T}  \r\n\r\n\t::B::Deux ?{F}\r\rTrois ?{T}');
    expect(errors).toEqual([]);
    expect(questions.map((q) => [q.line, q.title, q.question.stem])).toEqual([
      [1, 'A', 'Un ?'],
      [3, 'B', 'Deux ?'],
      [5, null, 'Trois ?'],
    ]);
  });

  it('applies $CATEGORY: to the questions that follow, until the next one', () => {
    const { questions } = parseGift('Avant ?{T}\n\n$CATEGORY: $course$/top/RGPD\n\nA ?{T}\n\nB ?{T}\n\n$CATEGORY:   Autre/Sous catégorie  \nC ?{T}');
    expect(questions.map((q) => q.category)).toEqual([null, '$course$/top/RGPD', '$course$/top/RGPD', 'Autre/Sous catégorie']);
  });

  it('reads a ::title:: and derives a unique kebab-case key from it, else q-<line>', () => {
    const { questions } = parseGift('::Données Personnelles !::A ?{T}\n\n::Données personnelles::B ?{T}\n\nC ?{T}\n\n::::D ?{T}\n\n::  ::E ?{T}');
    expect(questions.map((q) => [q.title, q.question.key])).toEqual([
      ['Données Personnelles !', 'donnees-personnelles'],
      ['Données personnelles', 'donnees-personnelles-2'],
      [null, 'q-5'],
      ['', 'q-7'],
      ['', 'q-9'],
    ]);
  });

  it('keeps keys within 80 characters, unique even when shortened', () => {
    const long = 'Une question au titre vraiment très long qui dépasse largement la limite de quatre-vingts caractères';
    const { questions } = parseGift(`::${long}::A ?{T}\n\n::${long}::B ?{T}`);
    const keys = questions.map((q) => q.question.key);
    expect(keys[0]).toHaveLength(80);
    expect(keys[1]).toMatch(/-2$/);
    expect(keys[1].length).toBeLessThanOrEqual(80);
    expect(keys[0]).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every question an empty competency list and the general feedback (####) as explanation', () => {
    expect(one('Q ?{T####Parce que.}')).toEqual({ key: 'q-1', type: 'true_false', stem: 'Q ?', explanation: 'Parce que.', competencies: [], answer: true });
    expect(one('Q ?{T}').explanation).toBe('');
  });
});

describe('parseGift: text formats and escapes', () => {
  it('keeps [markdown] as written', () => {
    expect(one('[markdown]La **CNIL** et les _données_ :\n- une liste{T}').stem).toBe('La **CNIL** et les _données_ :\n- une liste');
  });

  it('escapes what Markdown would format in [plain] texts', () => {
    expect(one('[plain]2 * 3 = 6 ? <b>non</b> [lien]{T}').stem).toBe('2 \\* 3 = 6 ? \\<b\\>non\\</b\\> \\[lien\\]');
  });

  it('converts [html] to Markdown: paragraphs, emphasis, links, lists, entities; drops scripts', () => {
    const stem = one(
      '[html]<p>Le <strong>RGPD</strong> &amp; la <em>CNIL</em>&nbsp;:</p><ul><li>un</li><li>deux</li></ul><p><a href="https://cnil.fr">site</a><script>alert(1)</script> 2 * 3</p>{T}',
    ).stem;
    expect(stem).toBe('Le **RGPD** \\& la *CNIL*\u00a0:\n\n- un\n- deux\n\n[site](https://cnil.fr) 2 \\* 3');
  });

  it('reads texts without a marker as Moodle auto-format: HTML allowed, line breaks kept, the rest literal', () => {
    expect(one('Un <b>gras</b> et *pas* gras\nsur deux lignes{T}').stem).toBe('Un **gras** et \\*pas\\* gras\\\nsur deux lignes');
    expect(one('[moodle]a_b{T}').stem).toBe('a\\_b');
  });

  it('applies the question format to answers and feedback, and a marker of their own when they have one', () => {
    const question = one('[html]Q ?{=<b>A</b>#<i>bien</i> ~[markdown]**B**#[plain]*non*}');
    expect(question).toMatchObject({
      type: 'single_choice',
      choices: [
        { text: '**A**', correct: true, feedback: '*bien*' },
        { text: '**B**', correct: false, feedback: '\\*non\\*' },
      ],
    });
  });

  it('leaves an unknown [marker] in the text', () => {
    expect(one('[markdown][note] Q ?{T}').stem).toBe('[note] Q ?');
    expect(one('[foo] Q ?{T}').stem).toBe('\\[foo\\] Q ?');
  });

  it('reads the escapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n as plain characters', () => {
    const question = one('[markdown]a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\ni \\q{=x\\=y\\#z#fb \\~ ok ~w\\:v}');
    expect(question).toMatchObject({
      stem: 'a ~ b = c # d { e } f : g \\ h\ni \\q',
      choices: [
        { text: 'x=y#z', correct: true, feedback: 'fb ~ ok' },
        { text: 'w:v', correct: false },
      ],
    });
  });

  it('reads \\\\n as a backslash then n, not a newline', () => {
    expect(one('[markdown]C\\:\\\\new{T}').stem).toBe('C:\\new');
  });
});

describe('parseGift: question types', () => {
  it('reads one = among ~ as a single choice, with per-answer feedback', () => {
    expect(one('Capitale ?{~Lyon#Non. =Paris#Oui. ~Marseille}')).toEqual({
      key: 'q-1',
      type: 'single_choice',
      stem: 'Capitale ?',
      explanation: '',
      competencies: [],
      choices: [
        { text: 'Lyon', correct: false, feedback: 'Non.' },
        { text: 'Paris', correct: true, feedback: 'Oui.' },
        { text: 'Marseille', correct: false },
      ],
    });
  });

  it('reads answers spread over several lines', () => {
    expect(one('Capitale ?{\n  ~Lyon\n  =Paris\n#Oui,\nla capitale.\n}')).toMatchObject({
      choices: [
        { text: 'Lyon', correct: false },
        { text: 'Paris', correct: true, feedback: 'Oui,\\\nla capitale.' },
      ],
    });
  });

  it('reads %weights% without = as a multiple choice, negative weights included', () => {
    expect(one('Lesquelles ?{~%50%A#a ~%50%B ~%-100%C ~D}')).toMatchObject({
      type: 'multiple_choice',
      choices: [
        { text: 'A', weight: 50, feedback: 'a' },
        { text: 'B', weight: 50 },
        { text: 'C', weight: -100 },
        { text: 'D', weight: 0 },
      ],
    });
  });

  it('makes weights written as 33.33333 sum to exactly 100', () => {
    const question = one('Lesquelles ?{~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-50%D}');
    if (question.type !== 'multiple_choice') throw new Error(question.type);
    expect(question.choices.map((c) => c.weight)).toEqual([33.33334, 33.33333, 33.33333, -50]);
    expect(Math.abs(question.choices.slice(0, 3).reduce((sum, c) => sum + c.weight, 0) - 100)).toBeLessThan(1e-9);
  });

  it('reads one %100% weight without = as a multiple choice too (Moodle shows check boxes)', () => {
    expect(one('Q ?{~%100%A ~B}')).toMatchObject({ type: 'multiple_choice', choices: [{ weight: 100 }, { weight: 0 }] });
  });

  it('reads an explicit %0% on a wrong single-choice answer, and keeps %…% after = as text', () => {
    expect(one('Q ?{=%50% des cas ~%0%%20% des cas}')).toMatchObject({
      type: 'single_choice',
      choices: [
        { text: '%50% des cas', correct: true },
        { text: '%20% des cas', correct: false },
      ],
    });
  });

  it('reads T, TRUE, F and FALSE as true/false, with the wrong-answer then right-answer feedback', () => {
    expect(one('Q ?{T}')).toMatchObject({ type: 'true_false', answer: true });
    expect(one('Q ?{FALSE}')).toMatchObject({ type: 'true_false', answer: false });
    expect(one('Q ?{TRUE#Non, relisez.#Bravo.}')).toMatchObject({ answer: true, feedbackFalse: 'Non, relisez.', feedbackTrue: 'Bravo.' });
    expect(one('Q ?{F#Non, relisez.#Bravo.}')).toMatchObject({ answer: false, feedbackTrue: 'Non, relisez.', feedbackFalse: 'Bravo.' });
    expect(one('Q ?{T##Bravo.####Général.}')).toEqual(expect.objectContaining({ feedbackTrue: 'Bravo.', explanation: 'Général.' }));
    expect(one('Q ?{T##Bravo.}')).not.toHaveProperty('feedbackFalse');
  });

  it('reads answers that are all = as a short answer, with credits and feedback', () => {
    expect(one('Sigle ?{=CNIL#Oui =%50%Commission#Presque =%0%CADA#Non}')).toMatchObject({
      type: 'short_text',
      answers: [
        { text: 'CNIL', credit: 100, feedback: 'Oui' },
        { text: 'Commission', credit: 50, feedback: 'Presque' },
        { text: 'CADA', credit: 0, feedback: 'Non' },
      ],
    });
    expect(one('Sigle ?{RGPD}')).toMatchObject({ type: 'short_text', answers: [{ text: 'RGPD', credit: 100 }] });
  });

  it('keeps a short answer literal in [markdown] and [plain], and strips tags in [html]', () => {
    expect(one('[plain]Q ?{=a*b}')).toMatchObject({ answers: [{ text: 'a*b' }] });
    expect(one('[html]Q ?{=l&apos;<b>État</b>}')).toMatchObject({ answers: [{ text: "l' État" }] });
  });

  it('reads -> pairs as matching, and a pair with an empty left side as a distractor', () => {
    expect(one('Associez.{=CNIL -> Autorité =RGPD->Règlement = -> Logiciel ####Voir le cours.}')).toEqual({
      key: 'q-1',
      type: 'matching',
      stem: 'Associez.',
      explanation: 'Voir le cours.',
      competencies: [],
      pairs: [
        { left: 'CNIL', right: 'Autorité' },
        { left: 'RGPD', right: 'Règlement' },
      ],
      distractors: ['Logiciel'],
    });
    expect(one('[markdown]Associez.{=a -> b -> c =d -> e}')).toMatchObject({
      pairs: [
        { left: 'a', right: 'b -> c' },
        { left: 'd', right: 'e' },
      ],
    });
    expect(one('Associez.{=a -> b =c -> d}')).not.toHaveProperty('distractors');
  });

  it('reads numeric answers: exact, value:tolerance, min..max, several with credit and feedback', () => {
    expect(one('Q ?{#42}')).toMatchObject({ type: 'numeric', answers: [{ value: 42, credit: 100 }] });
    expect(one('Q ?{#3.14159:0.005}')).toMatchObject({ answers: [{ value: 3.14159, tolerance: 0.005, credit: 100 }] });
    expect(one('Q ?{#-5..-1.5}')).toMatchObject({ answers: [{ min: -5, max: -1.5, credit: 100 }] });
    expect(one('Q ?{#1e3}')).toMatchObject({ answers: [{ value: 1000 }] });
    expect(one('Q ?{#\n=2016#Exact.\n=%50%2015:1#Presque.\n=%0%1789#Non.\n####Le 7 octobre.}')).toEqual({
      key: 'q-1',
      type: 'numeric',
      stem: 'Q ?',
      explanation: 'Le 7 octobre.',
      competencies: [],
      answers: [
        { value: 2016, credit: 100, feedback: 'Exact.' },
        { value: 2015, tolerance: 1, credit: 50, feedback: 'Presque.' },
        { value: 1789, credit: 0, feedback: 'Non.' },
      ],
    });
  });

  it('reads a choice block in the middle of the text as a cloze question with a choice blank', () => {
    expect(one('La loi pour une République {~ouverte =numérique ~digitale} date de 2016.')).toEqual({
      key: 'q-1',
      type: 'cloze',
      stem: GIFT_CLOZE_DEFAULT_STEM,
      explanation: '',
      competencies: [],
      text: 'La loi pour une République {{1}} date de 2016.',
      blanks: [{ kind: 'choice', choices: ['ouverte', 'numérique', 'digitale'], correct: 1 }],
    });
  });

  it('reads = answers in the middle of the text as a cloze short-text blank, the lines above being the stem', () => {
    expect(one('::t::[markdown]Complétez **la phrase**.\nLa CNIL date de {=1978 =%50%1977 ####Loi de 1978.} : c’est ancien.')).toEqual({
      key: 't',
      type: 'cloze',
      stem: 'Complétez **la phrase**.',
      explanation: 'Loi de 1978.',
      competencies: [],
      text: 'La CNIL date de {{1}} : c’est ancien.',
      blanks: [
        {
          kind: 'short_text',
          answers: [
            { text: '1978', credit: 100 },
            { text: '1977', credit: 50 },
          ],
        },
      ],
    });
    expect(one('{=Paris ~Lyon} est la capitale.')).toMatchObject({ type: 'cloze', text: '{{1}} est la capitale.' });
  });

  it('reads other answer blocks in the middle of the text as their own type, with a blank in the stem', () => {
    expect(one('Un hexagone a {#6} côtés.')).toMatchObject({ type: 'numeric', stem: 'Un hexagone a \\_\\_\\_\\_\\_ côtés.' });
    expect(one('Paris {T} la capitale.')).toMatchObject({ type: 'true_false', stem: 'Paris \\_\\_\\_\\_\\_ la capitale.' });
  });
});

describe('parseGift: errors', () => {
  it('reports description and essay items as unsupported, at their line', () => {
    expect(errorsOf('::Intro::Une simple description.\n\n::Essai::Racontez.{}\n\n::Essai 2::Racontez.{ ####Merci.}')).toEqual([
      { line: 1, message: 'unsupported: a description (text without an answer block {…}) is not a question' },
      { line: 3, message: 'unsupported: an essay question (an empty answer block {}) cannot be imported' },
      { line: 5, message: 'unsupported: an essay question (an empty answer block {}) cannot be imported' },
    ]);
  });

  it('names the line of an unclosed { or a stray }', () => {
    expect(errorsOf('Q ?\n{=a\n~b')).toEqual([{ line: 2, message: 'the answer block opened with { is never closed with }' }]);
    expect(errorsOf('Q ?\n}=a{')).toEqual([{ line: 2, message: 'this } closes no answer block: escape it as \\} or add the opening {' }]);
    expect(errorsOf('Q {=a\n~b {=c}')).toEqual([{ line: 1, message: 'the answer block opened with { is not closed with } before the next {' }]);
    expect(errorsOf('Q {=a ~b}\nthen {x}')).toEqual([
      { line: 2, message: 'a question has a single answer block {…}: separate questions with a blank line, and escape other braces as \\{ and \\}' },
    ]);
  });

  it('names the second question when a blank line is missing between two', () => {
    expect(errorsOf('::Q1::Un ?{T}\n::Q2::Deux ?{F}')).toEqual([
      { line: 2, message: 'a question has a single answer block {…}: separate questions with a blank line, and escape other braces as \\{ and \\}' },
    ]);
  });

  it('names a title without its closing ::', () => {
    expect(errorsOf('::Titre Q ?{T}')).toEqual([{ line: 1, message: 'the title is not closed: write ::title:: before the question' }]);
  });

  it('wants a question text', () => {
    expect(errorsOf('::t::{T}')).toEqual([{ line: 1, message: 'the question has no text before its answer block' }]);
  });

  it('checks choice questions', () => {
    expect(errorsOf('Q ?{~a ~b}')).toEqual([{ line: 1, message: 'a multiple-choice question needs at least one right answer (= or a positive %weight%)' }]);
    expect(errorsOf('Q ?{~a}')).toEqual([{ line: 1, message: 'a multiple-choice question needs at least 2 answers' }]);
    expect(errorsOf('Q ?{\n=a\n=b\n~c}')).toEqual([
      { line: 3, message: 'a single-choice question has exactly one right answer (=); to accept several, give every answer a ~%weight% instead' },
    ]);
    expect(errorsOf('Q ?{\n=a\n~%50%b}')).toEqual([
      { line: 3, message: 'partial credit (%50%) needs a multiple-answer question: give every answer a ~%weight% instead of using =' },
    ]);
    expect(errorsOf('Q ?{~%50%a ~%40%b}')).toEqual([{ line: 1, message: 'the positive weights must add up to 100 (they add up to 90)' }]);
    expect(errorsOf('Q ?{~%150%a ~%-150%b}')).toEqual([
      { line: 1, message: 'the weight %150% must be between -100 and 100' },
      { line: 1, message: 'the weight %-150% must be between -100 and 100' },
      { line: 1, message: 'the positive weights must add up to 100 (they add up to 150)' },
    ]);
    expect(errorsOf('Q ?{\n=a\n~#feedback only}')).toEqual([{ line: 3, message: 'an answer is empty' }]);
  });

  it('checks short answers', () => {
    expect(errorsOf('Q ?{=%50%a =%20%b}')).toEqual([{ line: 1, message: 'a short-answer question needs at least one answer with full credit (=answer or =%100%answer)' }]);
    expect(errorsOf('Q ?{=a\n=%120%b}')).toEqual([{ line: 2, message: 'the credit %120% must be between 0 and 100' }]);
  });

  it('checks matching questions', () => {
    expect(errorsOf('Q ?{=a -> b}')).toEqual([{ line: 1, message: 'a matching question needs at least 2 pairs (it has 1)' }]);
    expect(errorsOf('Q ?{=a -> b = -> c}')).toEqual([{ line: 1, message: 'a matching question needs at least 2 pairs (it has 1)' }]);
    expect(errorsOf('Q ?{\n=a -> b\n=c\n=d -> }')).toEqual([
      { line: 3, message: 'a matching pair needs -> between its two sides (=left -> right)' },
      { line: 4, message: 'the right side of a matching pair is empty' },
    ]);
  });

  it('checks numeric answers', () => {
    expect(errorsOf('Q ?{#\n=12,5\n=abc:1\n=1..x}')).toEqual([
      { line: 2, message: 'unknown numeric answer "12,5": write a number (12.5), a number and a tolerance (12.5:0.5) or a range (10..15)' },
      { line: 3, message: 'unknown numeric answer "abc:1": write a number (12.5), a number and a tolerance (12.5:0.5) or a range (10..15)' },
      { line: 4, message: 'unknown numeric answer "1..x": write a number (12.5), a number and a tolerance (12.5:0.5) or a range (10..15)' },
    ]);
    expect(errorsOf('Q ?{#5..1}')).toEqual([{ line: 1, message: 'the range 5..1 goes down: write the smaller bound first (1..5)' }]);
    expect(errorsOf('Q ?{#5:-1}')).toEqual([{ line: 1, message: 'the tolerance in 5:-1 must not be negative' }]);
    expect(errorsOf('Q ?{#}')).toEqual([{ line: 1, message: 'a numeric question needs at least one answer' }]);
    expect(errorsOf('Q ?{#=%50%5}')).toEqual([{ line: 1, message: 'a numeric question needs at least one answer with full credit (=value or =%100%value)' }]);
    expect(errorsOf('Q ?{#5\n~#Non.}')).toEqual([
      { line: 2, message: 'unsupported: a wrong-answer feedback (~) in a numeric question; give the feedback on a =%0%value answer instead' },
    ]);
  });

  it('checks missing-word questions', () => {
    expect(errorsOf('La {~%50%a ~%50%b} phrase.')).toEqual([
      { line: 1, message: 'a missing-word choice has one right answer (=) and no %weights%' },
      { line: 1, message: 'a missing-word choice has one right answer (=) and no %weights%' },
      { line: 1, message: 'a missing-word choice has exactly one right answer (=), not 0' },
    ]);
    expect(errorsOf('La {=a#bien ~b} phrase.')).toEqual([
      { line: 1, message: 'feedback on the answers of a missing-word question is not supported: move it to the general feedback (####)' },
    ]);
    expect(errorsOf('La {=a#bien} phrase.')).toEqual([
      { line: 1, message: 'feedback on the answers of a missing-word question is not supported: move it to the general feedback (####)' },
    ]);
  });

  it('reports at most 5 errors for one question', () => {
    expect(errorsOf(`Q ?{\n${'~#x\n'.repeat(1000)}=a}`)).toEqual([2, 3, 4, 5, 6].map((line) => ({ line, message: 'an answer is empty' })));
  });

  it('reports every broken question and still reads the good ones', () => {
    const { questions, errors } = parseGift('Bon ?{T}\n\nMauvais ?{~a ~b}\n\nBon aussi ?{F}');
    expect(questions.map((q) => q.line)).toEqual([1, 5]);
    expect(errors.map((e) => e.line)).toEqual([3]);
  });
});
