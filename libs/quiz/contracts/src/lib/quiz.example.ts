import type { LearnerChoice, LearnerQuestion, QuestionResponse } from './attempt.contracts';
import type { QuestionDocument } from './question.document';

/**
 * One question of every type, with answers written so that tests can answer them right from the learner's view alone
 * (choice texts are distinct words). `datasetKey` names a dataset block of the same parcours whose largest
 * `depenses` is 340 (the example parcours' budget dataset).
 */
export function exampleQuestionsOfEveryType(prefix: string, datasetKey: string, competencies: string[] = []): QuestionDocument[] {
  const base = (n: number) => ({ key: `${prefix}-q${n}`, explanation: `Explication ${n} : la bonne réponse est justifiée ici.`, competencies });
  return [
    {
      ...base(1),
      type: 'single_choice',
      stem: 'Quelle commission veille sur les **données personnelles** ?',
      choices: [
        { text: 'CNIL', correct: true, feedback: 'Retour CNIL juste.' },
        { text: 'INSEE', correct: false, feedback: 'Retour INSEE faux.' },
        { text: 'ARCOM', correct: false },
      ],
    },
    {
      ...base(2),
      type: 'multiple_choice',
      stem: 'Lesquelles sont des données personnelles ?',
      choices: [
        { text: 'Adresse IP', weight: 50, feedback: 'Retour adresse IP.' },
        { text: 'Photographie nominative', weight: 50 },
        { text: 'Pluviométrie', weight: -50, feedback: 'Retour pluviométrie.' },
      ],
    },
    {
      ...base(3),
      type: 'true_false',
      stem: 'Une donnée ouverte peut contenir des données personnelles non anonymisées.',
      answer: false,
      feedbackTrue: 'Retour vrai.',
      feedbackFalse: 'Retour faux.',
    },
    {
      ...base(4),
      type: 'short_text',
      stem: 'Qui publie le Journal officiel ?',
      answers: [
        { text: 'l’État', credit: 100, feedback: 'Retour État.' },
        { text: 'la commune', credit: 0 },
      ],
    },
    {
      ...base(5),
      type: 'numeric',
      stem: 'Quel pourcentage ?',
      answers: [
        { value: 20, tolerance: 0.5, credit: 100 },
        { min: 10, max: 30, credit: 50 },
      ],
      unit: '%',
    },
    { ...base(6), type: 'ordering', stem: 'Remettez le cycle dans l’ordre.', items: ['Collecter', 'Encoder', 'Traiter', 'Partager'] },
    {
      ...base(7),
      type: 'matching',
      stem: 'Associez chaque autorité à son rôle.',
      pairs: [
        { left: 'CNIL', right: 'Protection des données' },
        { left: 'CADA', right: 'Accès aux documents' },
      ],
      distractors: ['Prévisions météo'],
    },
    {
      ...base(8),
      type: 'cloze',
      stem: 'Complétez.',
      text: 'La loi du {{1}} octobre 2016 pour une République {{2}}.',
      blanks: [
        { kind: 'short_text', answers: [{ text: '7', credit: 100 }] },
        { kind: 'choice', choices: ['numérique', 'ouverte'], correct: 0 },
      ],
    },
    { ...base(9), type: 'dataset', stem: 'Quelle est la plus grosse dépense ?', dataset: datasetKey, answer: { kind: 'numeric', answers: [{ value: 340, credit: 100 }] } },
  ];
}

const pick = (choices: LearnerChoice[], text: string): string => {
  const found = choices.find((choice) => choice.html.replace(/<[^>]*>/g, '').trim() === text);
  if (!found) throw new Error(`no choice "${text}" in ${JSON.stringify(choices)}`);
  return found.id;
};

/** The full-credit response to a question of `exampleQuestionsOfEveryType`, found from what the learner is shown. */
export function exampleRightResponse(question: LearnerQuestion): QuestionResponse {
  switch (question.type) {
    case 'single_choice':
      return pick(question.choices, 'CNIL');
    case 'multiple_choice':
      return [pick(question.choices, 'Adresse IP'), pick(question.choices, 'Photographie nominative')];
    case 'true_false':
      return false;
    case 'short_text':
      return '  L’ETAT ';
    case 'numeric':
      return '20,2';
    case 'ordering':
      return ['Collecter', 'Encoder', 'Traiter', 'Partager'].map((text) => pick(question.items, text));
    case 'matching':
      return {
        [pick(question.left, 'CNIL')]: pick(question.right, 'Protection des données'),
        [pick(question.left, 'CADA')]: pick(question.right, 'Accès aux documents'),
      };
    case 'cloze': {
      const blanks = question.segments.filter((s) => s.kind === 'blank');
      const choice = blanks.find((b) => b.input === 'choice');
      const text = blanks.find((b) => b.input === 'text');
      if (!choice || choice.input !== 'choice' || !text) throw new Error('cloze layout');
      return { [text.blankId]: '7', [choice.blankId]: pick(choice.choices, 'numérique') };
    }
    case 'dataset':
      return 340;
  }
}
