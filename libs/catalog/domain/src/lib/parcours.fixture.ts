import type { ParcoursDocument } from '@culture-d/catalog/contracts';

/** A small but complete, valid and publishable document: one of each block, activity and question type. */
export function validParcours(): ParcoursDocument {
  return {
    format: 'culture-d/parcours@1',
    parcours: {
      slug: 'mediation-numerique-et-donnees',
      title: 'Médiation numérique et données',
      summary: 'Accompagner sans exposer les données des personnes.',
      summaryEn: 'Helping people online without exposing their data.',
      audiences: ['mediateur', 'agent'],
      themes: ['democratie'],
      level: 'decouverte',
      objectives: ['Repérer les données personnelles'],
      durationMinutes: 45,
      cover: { src: 'images/cycle-de-vie-donnee.svg', alt: 'Le cycle de vie d’une donnée' },
      modules: [
        {
          key: 'm1',
          slug: 'reperer-les-donnees',
          title: 'Repérer les données',
          summary: 'Ce qui est une donnée personnelle.',
          objectives: ['Définir une donnée personnelle'],
          minutes: 20,
          competencies: ['D1.1'],
          prerequisites: [],
          activities: [
            {
              key: 'm1-lecon',
              type: 'lesson',
              title: 'Qu’est-ce qu’une donnée personnelle ?',
              minutes: 10,
              blocks: [
                { type: 'markdown', markdown: '## Définition\n\nToute information se rapportant à une personne.' },
                { type: 'callout', variant: 'retenir', title: 'À retenir', markdown: 'Un nom **est** une donnée personnelle.' },
                { type: 'image', src: 'images/cycle-de-vie-donnee.svg', alt: 'Schéma du cycle de vie', caption: 'Cycle de vie' },
                { type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', alt: '', decorative: true },
                {
                  type: 'video',
                  url: 'https://tube-numerique-educatif.apps.education.fr/videos/embed/1d5c3e1e-0000-4000-8000-000000000000',
                  title: 'Le RGPD en 3 minutes',
                  transcript: 'Bonjour…',
                },
                {
                  type: 'resource',
                  title: 'Fiche pratique',
                  file: 'files/fiche-accompagner-sans-exposer.md',
                  fileName: 'fiche-accompagner-sans-exposer.md',
                  mediaType: 'text/markdown',
                },
                {
                  type: 'dataset',
                  key: 'frequentation',
                  title: 'Fréquentation des ateliers',
                  description: 'Une ligne par atelier.',
                  csv: 'date,atelier,participants\n2024-01-03,Smartphone,11\n2024-01-09,Courriels,8\n',
                  source: 'Données fictives créées pour Culture D',
                },
                { type: 'link', url: 'https://www.cnil.fr/fr/rgpd-de-quoi-parle-t-on', title: 'La CNIL', description: 'Le RGPD expliqué' },
              ],
            },
            {
              key: 'm1-quiz',
              type: 'quiz',
              title: 'Vérifier',
              minutes: 10,
              settings: { passMark: 60, maxAttempts: null, scoring: 'best', shuffleQuestions: false, shuffleChoices: true, showCorrectAnswers: 'after_submission' },
              questions: [
                {
                  key: 'q-single',
                  type: 'single_choice',
                  stem: 'Un prénom est-il une donnée personnelle ?',
                  explanation: 'Oui, il se rapporte à une personne.',
                  competencies: ['D1.1'],
                  choices: [
                    { text: 'Oui', correct: true },
                    { text: 'Non', correct: false, feedback: 'Si.' },
                  ],
                },
                {
                  key: 'q-multiple',
                  type: 'multiple_choice',
                  stem: 'Lesquelles sont des données personnelles ?',
                  explanation: '',
                  competencies: [],
                  choices: [
                    { text: 'Adresse', weight: 50 },
                    { text: 'Téléphone', weight: 50 },
                    { text: 'Météo', weight: -50 },
                  ],
                },
                { key: 'q-vrai-faux', type: 'true_false', stem: 'Le RGPD date de 2016.', explanation: '', competencies: [], answer: true },
                {
                  key: 'q-texte',
                  type: 'short_text',
                  stem: 'Quel sigle ?',
                  explanation: '',
                  competencies: [],
                  answers: [
                    { text: 'RGPD', credit: 100 },
                    { text: 'GDPR', credit: 50 },
                  ],
                },
                {
                  key: 'q-nombre',
                  type: 'numeric',
                  stem: 'En quelle année ?',
                  explanation: '',
                  competencies: [],
                  answers: [
                    { value: 2018, credit: 100 },
                    { min: 2016, max: 2017, credit: 50 },
                  ],
                  unit: 'an',
                },
                { key: 'q-ordre', type: 'ordering', stem: 'Ordonnez.', explanation: '', competencies: [], items: ['Collecte', 'Usage', 'Suppression'] },
                {
                  key: 'q-paires',
                  type: 'matching',
                  stem: 'Associez.',
                  explanation: '',
                  competencies: [],
                  pairs: [
                    { left: 'CNIL', right: 'Autorité' },
                    { left: 'RGPD', right: 'Règlement' },
                  ],
                  distractors: ['Logiciel'],
                },
                {
                  key: 'q-trous',
                  type: 'cloze',
                  stem: 'Complétez.',
                  explanation: '',
                  competencies: [],
                  text: 'La loi du {{1}} octobre 2016 pour une République {{2}}.',
                  blanks: [
                    { kind: 'short_text', answers: [{ text: '7', credit: 100 }] },
                    { kind: 'choice', choices: ['numérique', 'digitale'], correct: 0 },
                  ],
                },
                {
                  key: 'q-donnees',
                  type: 'dataset',
                  stem: 'Combien de participants le 3 janvier ?',
                  explanation: '',
                  competencies: [],
                  dataset: 'frequentation',
                  answer: { kind: 'numeric', answers: [{ value: 11, credit: 100 }] },
                },
              ],
            },
          ],
        },
        {
          key: 'm2',
          slug: 'proteger-les-donnees',
          title: 'Protéger les données',
          summary: '',
          objectives: [],
          minutes: 25,
          competencies: [],
          prerequisites: ['m1'],
          activities: [
            {
              key: 'm2-atelier',
              type: 'workshop',
              title: 'Préparer l’atelier',
              minutes: 5,
              role: 'preparation',
              workshops: ['atelier-donnees'],
              instructions: 'Apportez votre téléphone.',
            },
          ],
        },
      ],
    },
  };
}

/** The document as plain JSON, to be broken on purpose by a test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the document on purpose, anywhere in it
export function validParcoursJson(): Record<string, any> {
  return JSON.parse(JSON.stringify(validParcours()));
}
