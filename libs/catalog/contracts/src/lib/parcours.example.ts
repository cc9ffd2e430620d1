import { PARCOURS_FORMAT, type ParcoursDocument } from './parcours.document';

/** A 1×1 transparent PNG, enough for an image block. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * A small but complete parcours document: every block type, prerequisites, a quiz and a workshop step. Documents the
 * format by example, and gives tests a valid starting point (`exampleParcoursDocument({ slug: 'x' })`).
 */
export function exampleParcoursDocument(options: { slug?: string; title?: string; modules?: number } = {}): ParcoursDocument {
  const slug = options.slug ?? 'les-donnees-de-ma-commune';
  const moduleCount = Math.max(2, options.modules ?? 2);
  return {
    format: PARCOURS_FORMAT,
    parcours: {
      slug,
      title: options.title ?? 'Les données de ma commune',
      summary: 'Comprendre quelles données une commune produit, et comment les ouvrir.',
      summaryEn: 'Understand what data a municipality produces, and how to open it.',
      audiences: ['agent'],
      themes: ['performance', 'democratie'],
      level: 'decouverte',
      objectives: ['Citer trois jeux de données communaux', 'Lire un tableau de données'],
      durationMinutes: 30 * moduleCount,
      modules: Array.from({ length: moduleCount }, (_, i) => ({
        key: `m${i + 1}`,
        slug: `module-${i + 1}`,
        title: i === 0 ? 'Les données autour de nous' : `Aller plus loin ${i}`,
        summary: 'Un module court.',
        objectives: ['Savoir reconnaître une donnée'],
        minutes: 30,
        competencies: [],
        prerequisites: i === 0 ? [] : [`m${i}`],
        activities: [
          {
            key: `m${i + 1}-lecon`,
            type: 'lesson' as const,
            title: 'Qu’est-ce qu’une donnée ?',
            minutes: 10,
            blocks: [
              { type: 'markdown' as const, markdown: '## Une donnée\n\nUne **donnée** est une information *élémentaire*, par exemple le nombre d’habitant·es.' },
              { type: 'callout' as const, variant: 'retenir' as const, title: 'À retenir', markdown: 'Une donnée seule ne dit rien : il faut son **contexte**.' },
              { type: 'image' as const, src: PIXEL, alt: 'Un point transparent, pour l’exemple', caption: 'Exemple d’image' },
              { type: 'video' as const, url: 'https://tube-numerique-educatif.apps.education.fr/videos/embed/culture-d-exemple', title: 'Une vidéo d’exemple', transcript: 'Transcription complète de la vidéo.' },
              { type: 'resource' as const, title: 'Fiche mémo', file: 'data:text/plain;base64,' + 'RmljaGUgbcOpbW8=', fileName: 'fiche-memo.txt', mediaType: 'text/plain' },
              { type: 'dataset' as const, key: `m${i + 1}-budget`, title: 'Budget par service', description: 'Dépenses fictives.', csv: 'service,depenses\nvoirie,120\nécoles,340\nsport,75\n', source: 'Données fictives créées pour Culture D, licence Etalab 2.0' },
              { type: 'link' as const, url: 'https://www.data.gouv.fr/', title: 'data.gouv.fr', description: 'La plateforme nationale des données ouvertes.' },
            ],
          },
          {
            key: `m${i + 1}-quiz`,
            type: 'quiz' as const,
            title: 'Vérifier mes acquis',
            minutes: 10,
            settings: { passMark: 60, maxAttempts: null, scoring: 'best' as const, shuffleQuestions: true, shuffleChoices: true, showCorrectAnswers: 'after_submission' as const },
            questions: [
              {
                key: `m${i + 1}-q1`,
                type: 'single_choice' as const,
                stem: 'Laquelle est une donnée ?',
                explanation: 'Le nombre d’habitant·es est une information élémentaire.',
                competencies: [],
                choices: [
                  { text: 'Le nombre d’habitant·es', correct: true, feedback: 'Oui.' },
                  { text: 'Une opinion', correct: false, feedback: 'Non.' },
                ],
              },
              {
                key: `m${i + 1}-q2`,
                type: 'dataset' as const,
                stem: 'Quel service dépense le plus ?',
                explanation: 'Les écoles : 340.',
                competencies: [],
                dataset: `m${i + 1}-budget`,
                answer: { kind: 'numeric' as const, answers: [{ value: 340, credit: 100 }] },
              },
            ],
          },
        ],
      })),
    },
  };
}
