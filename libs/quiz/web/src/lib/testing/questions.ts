import type { LearnerQuestion } from '@culture-d/quiz/contracts';

const base = { points: 1, difficulty: 'moyen' as const, competencies: [] };
const c = (id: string, text: string) => ({ id, html: `<p>${text}</p>` });

/** One learner question of each type, as the API sends them (specs only). */
export const QUESTIONS = {
  single: {
    ...base,
    questionId: 'q-single',
    type: 'single_choice',
    stemHtml: '<p>Laquelle est une donnée ?</p>',
    choices: [c('c0', 'Une opinion'), c('c1', 'Le nombre d’habitant·es')],
  },
  multiple: {
    ...base,
    questionId: 'q-multiple',
    type: 'multiple_choice',
    stemHtml: '<p>Lesquelles sont ouvertes ?</p>',
    choices: [c('c0', 'Budget'), c('c1', 'Mots de passe'), c('c2', 'Horaires')],
  },
  trueFalse: { ...base, questionId: 'q-tf', type: 'true_false', stemHtml: '<p>Une donnée ouverte est gratuite.</p>' },
  shortText: { ...base, questionId: 'q-text', type: 'short_text', stemHtml: '<p>Quelle licence ?</p>' },
  numeric: { ...base, questionId: 'q-number', type: 'numeric', stemHtml: '<p>Combien ?</p>', unit: 'km' },
  ordering: { ...base, questionId: 'q-order', type: 'ordering', stemHtml: '<p>Dans l’ordre</p>', items: [c('c0', 'Publier'), c('c1', 'Collecter'), c('c2', 'Nettoyer')] },
  matching: {
    ...base,
    questionId: 'q-match',
    type: 'matching',
    stemHtml: '<p>Associez</p>',
    left: [c('c0', 'CSV'), c('c1', 'PDF')],
    right: [c('r0', 'Tableau'), c('r1', 'Document'), c('r2', 'Image')],
  },
  cloze: {
    ...base,
    questionId: 'q-cloze',
    type: 'cloze',
    stemHtml: '<p>Complétez</p>',
    segments: [
      { kind: 'text', html: 'La loi du ' },
      { kind: 'blank', blankId: 'b1', input: 'text' },
      { kind: 'text', html: ' octobre 2016 pour une République ' },
      { kind: 'blank', blankId: 'b2', input: 'choice', choices: [c('c0', 'numérique'), c('c1', 'bananière')] },
    ],
  },
  datasetNumber: {
    ...base,
    questionId: 'q-dataset',
    type: 'dataset',
    stemHtml: '<p>Quel service dépense le plus ?</p>',
    dataset: { key: 'm1-budget', title: 'Budget par service', activityId: 'a-lesson', blockIndex: 5 },
    answer: { kind: 'numeric', unit: 'k€' },
  },
  datasetChoice: {
    ...base,
    questionId: 'q-dataset-choice',
    type: 'dataset',
    stemHtml: '<p>Quel service ?</p>',
    dataset: { key: 'm1-budget', title: 'Budget par service', activityId: null, blockIndex: null },
    answer: { kind: 'choice', choices: [c('c0', 'Voirie'), c('c1', 'Écoles')] },
  },
} satisfies Record<string, LearnerQuestion>;
