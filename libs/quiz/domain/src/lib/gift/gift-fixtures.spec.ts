// Specs run on Node: the fixtures are .gift files beside them, also imported by the API end-to-end tests.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import { QUESTION_TYPES } from '@culture-d/quiz/contracts';
import { parseGift } from './gift-parser';
import { writeGift } from './gift-writer';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('the all-types fixture', () => {
  const { questions, errors } = parseGift(fixture('all-types.gift'));

  it('reads 20+ questions without error, in one category, each with a unique key', () => {
    expect(errors).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((q) => q.question.key)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.category))).toEqual(new Set(['$course$/top/Culture D/Comprendre les données']));
  });

  it('holds every type GIFT can express', () => {
    const types = new Set(questions.map((q) => q.question.type));
    expect([...types].sort()).toEqual(QUESTION_TYPES.filter((type) => type !== 'ordering' && type !== 'dataset').sort());
  });

  it('reads each question where it starts, with its type', () => {
    expect(questions.map((q) => `${q.line} ${q.question.key} ${q.question.type}`)).toEqual([
      '6 definition-d-une-donnee single_choice',
      '13 open-data single_choice',
      '19 donnees-personnelles multiple_choice',
      '25 tiers-de-poids multiple_choice',
      '33 rgpd-en-2018 true_false',
      '35 open-data-et-vie-privee true_false',
      '37 vrai-simple true_false',
      '39 faux-detaille true_false',
      '41 autorite short_text',
      '47 sigle short_text',
      '49 taux numeric',
      '51 pi-approche numeric',
      '53 fourchette numeric',
      '55 reponses-multiples-numeriques numeric',
      '61 associer-sigles matching',
      '68 associer-avec-intrus matching',
      '74 mot-manquant-choix cloze',
      '76 mot-manquant-texte cloze',
      '79 multi-ligne single_choice',
      '87 echappements single_choice',
      '92 html true_false',
      '94 texte-brut numeric',
      '96 q-96 numeric',
      '98 mot-manquant-numerique numeric',
    ]);
  });

  it('reads the details of a few of them', () => {
    const byKey = new Map(questions.map((q) => [q.question.key, q.question]));
    expect(byKey.get('rgpd-en-2018')).toMatchObject({ answer: true, feedbackTrue: 'Exact : le 25 mai 2018.', feedbackFalse: "Relisez la date d'application." });
    expect(byKey.get('open-data')).toMatchObject({ stem: "Quelle licence l'État recommande-t-il pour l'**open data** ?" });
    expect(byKey.get('reponses-multiples-numeriques')).toMatchObject({
      explanation: 'La loi Lemaire date du 7 octobre 2016.',
      answers: [
        { value: 2016, credit: 100, feedback: 'Exact : le 7 octobre 2016.' },
        { value: 2015, tolerance: 1, credit: 50, feedback: 'Presque.' },
      ],
    });
    expect(byKey.get('mot-manquant-texte')).toMatchObject({
      stem: 'Complétez la phrase.',
      text: 'La CNIL a été créée en {{1}} par la loi Informatique et libertés.',
    });
    expect(byKey.get('echappements')).toMatchObject({
      stem: "Que vaut 2 + 2 = ? Les accolades { et } et le dièse # s'échappent, le deux-points aussi : c'est tout.\\\nNouvelle ligne.",
      choices: [{ text: '4 = deux fois 2' }, { text: '5 \\~ environ' }],
    });
    expect(byKey.get('html')).toMatchObject({ stem: 'Le format **CSV** est-il *ouvert*\u00a0?' });
  });

  it('exports to GIFT that reads back to the same questions', () => {
    const { text, skipped } = writeGift(questions);
    expect(skipped).toEqual([]);
    const again = parseGift(text);
    expect(again.errors).toEqual([]);
    expect(again.questions.map((q) => [q.category, q.question])).toEqual(questions.map((q) => [q.category, q.question]));
  });
});

describe('the broken fixture', () => {
  it('reads the good questions and names the line and the mistake of each broken one', () => {
    const { questions, errors } = parseGift(fixture('broken.gift'));
    expect(questions.map((q) => [q.line, q.title])).toEqual([
      [3, 'Bonne 1'],
      [14, 'Bonne 2'],
      [43, 'Bonne 3'],
    ]);
    expect(errors.map((error) => error.code)).toEqual([
      'CHOICE_NO_RIGHT_ANSWER',
      'ANSWER_BLOCK_NOT_CLOSED',
      'NUMERIC_ANSWER_UNKNOWN',
      'WEIGHTS_SUM',
      'MATCHING_TOO_FEW_PAIRS',
      'DESCRIPTION_UNSUPPORTED',
      'ESSAY_UNSUPPORTED',
      'SINGLE_CHOICE_RIGHT_ANSWERS',
      'TITLE_NOT_CLOSED',
    ]);
    expect(errors.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 5, message: 'a multiple-choice question needs at least one right answer (= or a positive %weight%)' },
      { line: 10, message: 'the answer block opened with { is never closed with }' },
      { line: 18, message: 'unknown numeric answer "vers 2015": write a number (12.5), a number and a tolerance (12.5:0.5) or a range (10..15)' },
      { line: 21, message: 'the positive weights must add up to 100 (they add up to 80)' },
      { line: 27, message: 'a matching question needs at least 2 pairs (it has 1)' },
      { line: 31, message: 'unsupported: a description (text without an answer block {…}) is not a question' },
      { line: 33, message: 'unsupported: an essay question (an empty answer block {}) cannot be imported' },
      { line: 38, message: 'a single-choice question has exactly one right answer (=); to accept several, give every answer a ~%weight% instead' },
      { line: 41, message: 'the title is not closed: write ::title:: before the question' },
    ]);
  });
});
