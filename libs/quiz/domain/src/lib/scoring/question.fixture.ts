import type { QuestionDocument } from '@culture-d/quiz/contracts';

/** A deterministic generator (mulberry32) for tests: the same seed draws the same layout. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base = { explanation: 'La **loi** le dit.', competencies: ['D1.1'] };

/** One valid question of every type, with feedback everywhere, as authors write them. */
export const QUESTIONS = {
  single: {
    ...base,
    type: 'single_choice',
    key: 'q-single',
    stem: 'Quelle **autorité** contrôle les données personnelles ?',
    choices: [
      { text: 'La CNIL', correct: true, feedback: 'Oui, la CNIL.' },
      { text: 'L’ARCEP', correct: false, feedback: 'Non, les télécoms.' },
      { text: 'La CADA', correct: false },
    ],
  },
  multiple: {
    ...base,
    type: 'multiple_choice',
    key: 'q-multiple',
    stem: 'Lesquelles sont des données personnelles ?',
    points: 2,
    choices: [
      { text: 'Un nom', weight: 50, feedback: 'Un nom identifie.' },
      { text: 'Une adresse IP', weight: 50 },
      { text: 'La température à Lyon', weight: -50, feedback: 'Elle ne concerne personne.' },
      { text: 'Le PIB', weight: 0 },
    ],
  },
  trueFalse: {
    ...base,
    type: 'true_false',
    key: 'q-vrai-faux',
    stem: 'Une adresse IP est une donnée personnelle.',
    answer: true,
    feedbackTrue: 'Exact.',
    feedbackFalse: 'Si : elle identifie indirectement.',
  },
  shortText: {
    ...base,
    type: 'short_text',
    key: 'q-texte',
    stem: 'Qui publie le Journal officiel ?',
    answers: [
      { text: 'l’État', credit: 100, feedback: 'Oui.' },
      { text: 'le gouvernement', credit: 50, feedback: 'Presque.' },
    ],
  },
  numeric: {
    ...base,
    type: 'numeric',
    key: 'q-nombre',
    stem: 'Amende maximale (en % du CA mondial) ?',
    unit: '%',
    answers: [
      { value: 4, credit: 100, feedback: 'Oui, 4 %.' },
      { value: 2, tolerance: 0.5, credit: 50, feedback: 'C’est l’autre plafond.' },
      { min: 1000, max: 1500, credit: 25 },
    ],
  },
  ordering: {
    ...base,
    type: 'ordering',
    key: 'q-ordre',
    stem: 'Remettez dans l’ordre.',
    items: ['Collecte', 'Stockage', 'Traitement', 'Publication', 'Archivage'],
  },
  matching: {
    ...base,
    type: 'matching',
    key: 'q-paires',
    stem: 'Associez.',
    pairs: [
      { left: 'Lyon', right: 'Rhône' },
      { left: 'Villeurbanne', right: 'Rhône' },
      { left: 'Grenoble', right: 'Isère' },
    ],
    distractors: ['Ain', 'Isère'],
  },
  cloze: {
    ...base,
    type: 'cloze',
    key: 'q-trous',
    stem: 'Complétez.',
    text: 'La loi du {{1}} octobre 2016 pour une République *{{2}}*.',
    blanks: [
      {
        kind: 'short_text',
        answers: [
          { text: '7', credit: 100 },
          { text: 'sept', credit: 100 },
        ],
      },
      { kind: 'choice', choices: ['numérique', 'française', 'bananière'], correct: 0 },
    ],
  },
  datasetNumeric: {
    ...base,
    type: 'dataset',
    key: 'q-jeu-nombre',
    stem: 'Combien de communes ?',
    dataset: 'communes',
    answer: { kind: 'numeric', unit: 'communes', answers: [{ value: 59, credit: 100, feedback: 'Oui.' }] },
  },
  datasetChoice: {
    ...base,
    type: 'dataset',
    key: 'q-jeu-choix',
    stem: 'Quelle commune est la plus peuplée ?',
    dataset: 'communes',
    answer: {
      kind: 'choice',
      choices: [
        { text: 'Lyon', correct: true, feedback: 'Oui.' },
        { text: 'Vénissieux', correct: false },
      ],
    },
  },
} satisfies Record<string, QuestionDocument>;
