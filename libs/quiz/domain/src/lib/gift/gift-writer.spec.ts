import type { QuestionDocument } from '@culture-d/quiz/contracts';
import { parseGift } from './gift-parser';
import { writeGift } from './gift-writer';

const common = { explanation: '', competencies: [] as string[] };

describe('writeGift', () => {
  it('writes each type as Moodle GIFT with [markdown] texts, the key as title and the explanation as ####', () => {
    const questions: QuestionDocument[] = [
      {
        ...common,
        key: 'q-capitale',
        type: 'single_choice',
        stem: 'La **capitale** ?',
        explanation: 'Depuis 987.',
        choices: [
          { text: 'Paris', correct: true, feedback: 'Oui.' },
          { text: 'Lyon', correct: false },
        ],
      },
      {
        ...common,
        key: 'q-perso',
        type: 'multiple_choice',
        stem: 'Personnelles ?',
        choices: [
          { text: 'IP', weight: 50 },
          { text: 'Photo', weight: 50 },
          { text: 'Météo', weight: -100, feedback: 'Non.' },
        ],
      },
      { ...common, key: 'q-vrai', type: 'true_false', stem: 'Vrai ?', answer: false, feedbackTrue: 'Raté.', feedbackFalse: 'Bien.' },
      {
        ...common,
        key: 'q-sigle',
        type: 'short_text',
        stem: 'Sigle ?',
        answers: [
          { text: 'CNIL', credit: 100 },
          { text: 'CADA', credit: 0, feedback: 'Non.' },
        ],
      },
      {
        ...common,
        key: 'q-annee',
        type: 'numeric',
        stem: 'Année ?',
        answers: [
          { value: 2016, credit: 100 },
          { value: 2015, tolerance: 1, credit: 50 },
          { min: 2000, max: 2020, credit: 10 },
        ],
      },
      {
        ...common,
        key: 'q-assoc',
        type: 'matching',
        stem: 'Associez.',
        pairs: [
          { left: 'CNIL', right: 'Autorité' },
          { left: 'RGPD', right: 'Règlement' },
        ],
        distractors: ['Logiciel'],
      },
      {
        ...common,
        key: 'q-trou',
        type: 'cloze',
        stem: 'Complétez.',
        text: 'La loi pour une République {{1}} date de 2016.',
        blanks: [{ kind: 'choice', choices: ['ouverte', 'numérique'], correct: 1 }],
      },
    ];
    const { text, skipped } = writeGift(questions.map((question) => ({ question })));
    expect(skipped).toEqual([]);
    expect(text).toBe(
      [
        '::q-capitale::[markdown]La **capitale** ?{\n\t=Paris#Oui.\n\t~Lyon\n\t####Depuis 987.\n}\n',
        '::q-perso::[markdown]Personnelles ?{\n\t~%50%IP\n\t~%50%Photo\n\t~%-100%Météo#Non.\n}\n',
        '::q-vrai::[markdown]Vrai ?{FALSE#Raté.#Bien.}\n',
        '::q-sigle::[markdown]Sigle ?{\n\t=%100%CNIL\n\t=%0%CADA#Non.\n}\n',
        '::q-annee::[markdown]Année ?{#\n\t=%100%2016\n\t=%50%2015:1\n\t=%10%2000..2020\n}\n',
        '::q-assoc::[markdown]Associez.{\n\t=CNIL -> Autorité\n\t=RGPD -> Règlement\n\t= -> Logiciel\n}\n',
        '::q-trou::[markdown]Complétez.\nLa loi pour une République {~ouverte =numérique} date de 2016.\n',
      ].join('\n'),
    );
    expect(parseGift(text).questions.map((q) => q.question)).toEqual(questions);
  });

  it('writes true/false feedback in the wrong-then-right order, with an empty slot when only the right one exists', () => {
    const write = (question: Partial<QuestionDocument>) =>
      writeGift([{ question: { ...common, key: 'k', stem: 'S', type: 'true_false', answer: true, ...question } as QuestionDocument }]).text;
    expect(write({ feedbackTrue: 'Bien.' })).toBe('::k::[markdown]S{TRUE##Bien.}\n');
    expect(write({ feedbackFalse: 'Raté.' })).toBe('::k::[markdown]S{TRUE#Raté.}\n');
    expect(write({ explanation: 'Car.' })).toBe('::k::[markdown]S{TRUE####Car.}\n');
  });

  it('escapes every GIFT special character, writes newlines as \\n and protects texts that look like syntax', () => {
    const question: QuestionDocument = {
      ...common,
      key: 'k',
      type: 'single_choice',
      stem: 'a ~ = # { } : \\ b\nc',
      choices: [
        { text: '[html] pas un format', correct: true },
        { text: '%50% des cas', correct: false },
      ],
    };
    const { text } = writeGift([{ question }]);
    expect(text).toBe('::k::[markdown]a \\~ \\= \\# \\{ \\} \\: \\\\ b\\nc{\n\t=[markdown][html] pas un format\n\t~%0%%50% des cas\n}\n');
    expect(parseGift(text).questions[0].question).toEqual(question);
  });

  it('writes a $CATEGORY: line each time the category changes, and an empty one to leave it', () => {
    const question = (key: string): QuestionDocument => ({ ...common, key, type: 'true_false', stem: 'S', answer: true });
    const { text } = writeGift([
      { question: question('a') },
      { category: 'RGPD', question: question('b') },
      { category: 'RGPD', question: question('c') },
      { category: 'Open data', question: question('d') },
      { category: null, question: question('e') },
    ]);
    expect(text).toBe(
      '::a::[markdown]S{TRUE}\n\n$CATEGORY: RGPD\n\n::b::[markdown]S{TRUE}\n\n::c::[markdown]S{TRUE}\n\n$CATEGORY: Open data\n\n::d::[markdown]S{TRUE}\n\n$CATEGORY:\n\n::e::[markdown]S{TRUE}\n',
    );
    expect(parseGift(text).questions.map((q) => [q.question.key, q.category])).toEqual([
      ['a', null],
      ['b', 'RGPD'],
      ['c', 'RGPD'],
      ['d', 'Open data'],
      ['e', null],
    ]);
  });

  it('skips what GIFT cannot express, with the reason, and writes the rest', () => {
    const questions: QuestionDocument[] = [
      { ...common, key: 'ordre', type: 'ordering', stem: 'S', items: ['a', 'b'] },
      { ...common, key: 'jeu', type: 'dataset', stem: 'S', dataset: 'ds', answer: { kind: 'numeric', answers: [{ value: 1, credit: 100 }] } },
      {
        ...common,
        key: 'deux-trous',
        type: 'cloze',
        stem: 'S',
        text: '{{1}} et {{2}}.',
        blanks: [
          { kind: 'choice', choices: ['a', 'b'], correct: 0 },
          { kind: 'choice', choices: ['a', 'b'], correct: 0 },
        ],
      },
      { ...common, key: 'trou-final', type: 'cloze', stem: 'S', text: 'La fin : {{1}}', blanks: [{ kind: 'short_text', answers: [{ text: 'x', credit: 100 }] }] },
      { ...common, key: 'commentaire', type: 'cloze', stem: 'S', text: '// {{1}} !', blanks: [{ kind: 'short_text', answers: [{ text: 'x', credit: 100 }] }] },
      { ...common, key: 'unite', type: 'numeric', stem: 'S', unit: '%', answers: [{ value: 1, credit: 100 }] },
      { ...common, key: 'fleche', type: 'short_text', stem: 'S', answers: [{ text: 'a -> b', credit: 100 }] },
      {
        ...common,
        key: 'fleche-gauche',
        type: 'matching',
        stem: 'S',
        pairs: [
          { left: 'a -> b', right: 'c' },
          { left: 'd', right: 'e' },
        ],
      },
      {
        ...common,
        key: 'deux-bonnes',
        type: 'single_choice',
        stem: 'S',
        choices: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      },
      {
        ...common,
        key: 'poids',
        type: 'multiple_choice',
        stem: 'S',
        choices: [
          { text: 'a', weight: 50 },
          { text: 'b', weight: 0 },
        ],
      },
      { ...common, key: 'ok', type: 'true_false', stem: 'S', answer: true },
    ];
    const { text, skipped } = writeGift(questions.map((question) => ({ question })));
    expect(skipped).toEqual([
      { key: 'ordre', reason: 'GIFT has no ordering questions' },
      { key: 'jeu', reason: 'dataset questions depend on a dataset block of a parcours, which GIFT cannot carry' },
      { key: 'deux-trous', reason: 'GIFT missing-word questions have exactly one blank (this one has 2)' },
      { key: 'trou-final', reason: 'the blank ends the text: GIFT would read it as a short-answer question' },
      { key: 'commentaire', reason: 'the text starts with //, which GIFT reads as a comment' },
      { key: 'unite', reason: 'GIFT numeric questions have no unit ("%")' },
      { key: 'fleche', reason: 'a short answer or its feedback contains "->", which GIFT reads as a matching question' },
      { key: 'fleche-gauche', reason: 'a left-hand item contains "->", which GIFT reads as the arrow of the pair' },
      { key: 'deux-bonnes', reason: 'a single-choice question needs exactly one correct choice (this one has 2)' },
      { key: 'poids', reason: 'the positive weights must add up to 100 (they add up to 50)' },
    ]);
    expect(text).toBe('::ok::[markdown]S{TRUE}\n');
  });

  it('leaves out points, difficulty and competencies, which GIFT has no place for', () => {
    const { text } = writeGift([{ question: { ...common, key: 'k', type: 'true_false', stem: 'S', answer: true, points: 3, difficulty: 'difficile', competencies: ['rgpd'] } }]);
    expect(text).toBe('::k::[markdown]S{TRUE}\n');
  });

  it('writes nothing for nothing', () => {
    expect(writeGift([])).toEqual({ text: '', skipped: [] });
  });
});
