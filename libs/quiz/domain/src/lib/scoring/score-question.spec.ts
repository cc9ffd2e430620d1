import type { LearnerQuestion, QuestionDocument, QuestionResponse } from '@culture-d/quiz/contracts';
import { presentQuestion } from './present';
import { QUESTIONS, seededRandom } from './question.fixture';
import { roundPoints, scoreQuestion } from './score-question';

function setUp<T extends LearnerQuestion['type']>(question: QuestionDocument, seed = 3) {
  const { learner, layout } = presentQuestion(question, question.key, { shuffle: true, random: seededRandom(seed) });
  return { learner: learner as Extract<LearnerQuestion, { type: T }>, layout, score: (response: QuestionResponse | null) => scoreQuestion(question, layout, response) };
}

/** The id of the shown choice whose HTML contains `text`. */
function idOf(choices: { id: string; html: string }[], text: string): string {
  const found = choices.find((c) => c.html === `<p>${text}</p>\n`);
  if (!found) throw new Error(`no choice ${text}`);
  return found.id;
}

const EXPLANATION = '<p>La <strong>loi</strong> le dit.</p>\n';

describe('scoreQuestion', () => {
  it('maps a single choice id back to the document, with feedback then explanation as HTML', () => {
    const { learner, score } = setUp<'single_choice'>(QUESTIONS.single);
    expect(score(idOf(learner.choices, 'La CNIL'))).toEqual({
      points: 1,
      maxPoints: 1,
      fraction: 1,
      correct: true,
      feedbackHtml: ['<p>Oui, la CNIL.</p>\n', EXPLANATION],
      correctResponse: idOf(learner.choices, 'La CNIL'),
    });
    expect(score(idOf(learner.choices, 'L’ARCEP'))).toMatchObject({ points: 0, correct: false, feedbackHtml: ['<p>Non, les télécoms.</p>\n', EXPLANATION] });
  });

  it('scores multiple choices with the question points and gives the right ones in display order', () => {
    const { learner, score } = setUp<'multiple_choice'>(QUESTIONS.multiple);
    const id = (text: string) => idOf(learner.choices, text);
    expect(score([id('Un nom')])).toMatchObject({ points: 1, maxPoints: 2, fraction: 0.5, correct: false });
    expect(score([id('Un nom'), id('La température à Lyon')])).toMatchObject({ points: 0, correct: false });
    expect(score([])).toMatchObject({ points: 0, feedbackHtml: [EXPLANATION] });
    const right = score(null).correctResponse as string[];
    expect([...right].sort()).toEqual([id('Un nom'), id('Une adresse IP')].sort());
    expect(right).toEqual(learner.choices.map((c) => c.id).filter((c) => right.includes(c)));
  });

  it('scores true_false, short_text, numeric and dataset answers', () => {
    expect(setUp(QUESTIONS.trueFalse).score(true)).toMatchObject({ points: 1, correctResponse: true, feedbackHtml: ['<p>Exact.</p>\n', EXPLANATION] });
    expect(setUp(QUESTIONS.shortText).score('« L’ETAT »')).toMatchObject({ points: 1, correctResponse: 'l’État' });
    expect(setUp(QUESTIONS.shortText).score('le gouvernement')).toMatchObject({ points: 0.5, correct: false });
    expect(setUp(QUESTIONS.numeric).score('1 200')).toMatchObject({ points: 0.25, correctResponse: 4 });
    expect(setUp(QUESTIONS.numeric).score('1,5')).toMatchObject({ points: 0.5 });
    expect(setUp(QUESTIONS.datasetNumeric).score(59)).toMatchObject({ points: 1, correct: true, correctResponse: 59 });
    const dataset = setUp<'dataset'>(QUESTIONS.datasetChoice);
    const choices = dataset.learner.answer.kind === 'choice' ? dataset.learner.answer.choices : [];
    expect(dataset.score(idOf(choices, 'Lyon'))).toMatchObject({ points: 1, correctResponse: idOf(choices, 'Lyon'), feedbackHtml: ['<p>Oui.</p>\n', EXPLANATION] });
    expect(dataset.score(idOf(choices, 'Vénissieux'))).toMatchObject({ points: 0 });
  });

  it('gives the middle of a range as the correct number', () => {
    const question: QuestionDocument = { ...QUESTIONS.numeric, answers: [{ min: 10, max: 20, credit: 100 }] };
    expect(setUp(question).score(null).correctResponse).toBe(15);
  });

  it('scores an ordering given as ids', () => {
    const { learner, score } = setUp<'ordering'>(QUESTIONS.ordering);
    const id = (text: string) => idOf(learner.items, text);
    const right = ['Collecte', 'Stockage', 'Traitement', 'Publication', 'Archivage'].map(id);
    expect(score(right)).toMatchObject({ points: 1, correct: true, correctResponse: right, feedbackHtml: [EXPLANATION] });
    expect(score([...right.slice(1), right[0]])).toMatchObject({ points: 0.75 });
    expect(score(right.slice(1))).toMatchObject({ points: 0 });
  });

  it('scores a matching given as ids, with distractors and a shared right option', () => {
    const { learner, score } = setUp<'matching'>(QUESTIONS.matching);
    const left = (text: string) => idOf(learner.left, text);
    const right = (text: string) => idOf(learner.right, text);
    const correct = { [left('Lyon')]: right('Rhône'), [left('Villeurbanne')]: right('Rhône'), [left('Grenoble')]: right('Isère') };
    expect(score(correct)).toMatchObject({ points: 1, correct: true, correctResponse: correct });
    expect(score({ [left('Lyon')]: right('Rhône'), [left('Grenoble')]: right('Ain') }).points).toBe(0.33);
  });

  it('scores a cloze given as blank ids', () => {
    const { learner, score } = setUp<'cloze'>(QUESTIONS.cloze);
    const blank = learner.segments.find((s) => s.kind === 'blank' && s.input === 'choice') as { choices: { id: string; html: string }[] };
    const numerique = idOf(blank.choices, 'numérique');
    expect(score({ b1: ' Sept ', b2: numerique })).toMatchObject({ points: 1, correct: true, correctResponse: { b1: '7', b2: numerique } });
    expect(score({ b1: '8', b2: numerique })).toMatchObject({ points: 0.5 });
    expect(score({ b2: '' })).toMatchObject({ points: 0 });
  });

  it('scores an invalid response as unanswered instead of failing', () => {
    const { score } = setUp(QUESTIONS.ordering);
    expect(score('garbage' as QuestionResponse)).toMatchObject({ points: 0, fraction: 0, correct: false });
    expect(setUp(QUESTIONS.single).score(['x'])).toMatchObject({ points: 0 });
    expect(setUp(QUESTIONS.shortText).score('l’État'.padEnd(600, ' '))).toMatchObject({ points: 0 });
  });

  it('rounds points to 2 decimals and never exceeds the maximum', () => {
    const { learner, score } = setUp<'matching'>({ ...QUESTIONS.matching, points: 1 });
    const left = idOf(learner.left, 'Lyon');
    const rhone = idOf(learner.right, 'Rhône');
    expect(score({ [left]: rhone }).points).toBe(0.33);
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(2 / 3)).toBe(0.67);
  });

  it('leaves out an empty explanation', () => {
    const question: QuestionDocument = { ...QUESTIONS.trueFalse, explanation: '  ', feedbackTrue: undefined };
    expect(setUp(question).score(true).feedbackHtml).toEqual([]);
  });
});
