import type { LearnerQuestion, QuestionDocument } from '@culture-d/quiz/contracts';
import { presentQuestion } from './present';
import { QUESTIONS, seededRandom } from './question.fixture';
import { correlation, describeResponse, itemStatistics, type StatisticsAttempt } from './statistics';

function attempt(items: [string, number, number, unknown?][]): StatisticsAttempt {
  return {
    score: items.reduce((sum, [, points]) => sum + points, 0),
    maxScore: items.reduce((sum, [, , max]) => sum + max, 0),
    items: items.map(([questionId, points, maxPoints, response]) => ({ questionId, points, maxPoints, response: response ?? null })),
  };
}

describe('itemStatistics', () => {
  // q1 worth 1, q2 worth 2. Scores 3, 1, 2, 1 out of 3.
  const attempts = [
    attempt([
      ['q1', 1, 1, 'La CNIL'],
      ['q2', 2, 2, '4'],
    ]),
    attempt([
      ['q1', 1, 1, 'La CNIL'],
      ['q2', 0, 2, '5'],
    ]),
    attempt([
      ['q1', 0, 1, 'La CADA'],
      ['q2', 2, 2, '4'],
    ]),
    attempt([
      ['q1', 0, 1],
      ['q2', 1, 2, '2'],
    ]),
  ];

  it('computes the facility: the share of full credit (partial credit is not full)', () => {
    const { questions } = itemStatistics(attempts);
    expect(questions.map((q) => [q.questionId, q.attempts, q.facility])).toEqual([
      ['q1', 4, 0.5],
      ['q2', 4, 0.5],
    ]);
  });

  it('computes the discrimination against the rest of the quiz (hand-computed)', () => {
    // q1: item [1, 1, 0, 0], rest [2, 0, 2, 1]: covariance −0.5, variances 1 and 2.75 → −0.5 / √2.75.
    const { questions } = itemStatistics(attempts);
    expect(questions[0].discrimination).toBeCloseTo(-0.5 / Math.sqrt(2.75), 10);
    expect(questions[1].discrimination).toBeCloseTo(-0.5 / Math.sqrt(2.75), 10);
  });

  it('finds a discriminating question', () => {
    // Item [1, 0, 1, 0], rest [5, 1, 4, 2]: covariance 3, variances 1 and 10 → 3 / √10 ≈ 0.949.
    const good = [
      [1, 5],
      [0, 1],
      [1, 4],
      [0, 2],
    ].map(([item, rest]) =>
      attempt([
        ['q', item, 1],
        ['other', rest, 5],
      ]),
    );
    expect(itemStatistics(good).questions[0].discrimination).toBeCloseTo(3 / Math.sqrt(10), 10);
  });

  it('gives no discrimination when it is undefined', () => {
    expect(itemStatistics([attempts[0]]).questions[0].discrimination).toBeNull();
    const everyoneRight = [
      attempt([
        ['q', 1, 1],
        ['r', 0, 1],
      ]),
      attempt([
        ['q', 1, 1],
        ['r', 1, 1],
      ]),
    ];
    expect(itemStatistics(everyoneRight).questions[0].discrimination).toBeNull();
    const sameRest = [
      attempt([
        ['q', 1, 1],
        ['r', 1, 1],
      ]),
      attempt([
        ['q', 0, 1],
        ['r', 1, 1],
      ]),
    ];
    expect(itemStatistics(sameRest).questions[0].discrimination).toBeNull();
    expect(correlation([0.1 + 0.2, 0.3], [1, 2])).toBeNull();
  });

  it('counts answers, most frequent first, no answer as an empty string', () => {
    const { questions } = itemStatistics(attempts);
    expect(questions[0].answers).toEqual([
      { response: 'La CNIL', count: 2 },
      { response: '', count: 1 },
      { response: 'La CADA', count: 1 },
    ]);
    expect(questions[1].answers).toEqual([
      { response: '4', count: 2 },
      { response: '2', count: 1 },
      { response: '5', count: 1 },
    ]);
  });

  it('counts structured responses alike whatever the order of their keys', () => {
    const { questions } = itemStatistics([attempt([['q', 1, 1, { b: '1', a: '2' }]]), attempt([['q', 1, 1, { a: '2', b: '1' }]]), attempt([['q', 1, 1, ['x', 'y']]])]);
    expect(questions[0].answers).toEqual([
      { response: '{"a":"2","b":"1"}', count: 2 },
      { response: '["x","y"]', count: 1 },
    ]);
  });

  it('only counts the attempts that had the question (random draws)', () => {
    const { questions } = itemStatistics([attempt([['q1', 1, 1]]), attempt([['q2', 0, 1]]), attempt([['q1', 0, 1]])]);
    expect(questions.map((q) => [q.questionId, q.attempts, q.facility])).toEqual([
      ['q1', 2, 0.5],
      ['q2', 1, 0],
    ]);
  });

  it('distributes scores in 10 % bands, 100 % in the last one', () => {
    const { scoreDistribution } = itemStatistics(attempts);
    expect(scoreDistribution).toHaveLength(10);
    expect(scoreDistribution[0]).toEqual({ from: 0, to: 10, count: 0 });
    expect(scoreDistribution[9]).toEqual({ from: 90, to: 100, count: 1 });
    expect(scoreDistribution.map((b) => b.count)).toEqual([0, 0, 0, 2, 0, 0, 1, 0, 0, 1]);
    const edges = [attempt([['q', 0, 1]]), attempt([['q', 7, 10]]), attempt([['q', 7.996, 10]]), { score: 0, maxScore: 0, items: [] }];
    expect(itemStatistics(edges).scoreDistribution.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
  });

  it('is empty without attempts', () => {
    const empty = itemStatistics([]);
    expect(empty.questions).toEqual([]);
    expect(empty.scoreDistribution.every((b) => b.count === 0)).toBe(true);
  });
});

describe('describeResponse', () => {
  function setUp<T extends LearnerQuestion['type']>(question: QuestionDocument, seed: number) {
    const { learner, layout } = presentQuestion(question, 'q', { shuffle: true, random: seededRandom(seed) });
    return { learner: learner as Extract<LearnerQuestion, { type: T }>, describe: (response: unknown) => describeResponse(question, layout, response) };
  }
  const idOf = (choices: { id: string; html: string }[], text: string) => choices.find((c) => c.html === `<p>${text}</p>\n`)?.id ?? '';

  it('gives the same description for the same answer in two attempts', () => {
    const first = setUp<'single_choice'>(QUESTIONS.single, 1);
    const second = setUp<'single_choice'>(QUESTIONS.single, 2);
    expect(idOf(first.learner.choices, 'La CNIL')).not.toBe(idOf(second.learner.choices, 'La CNIL'));
    expect(first.describe(idOf(first.learner.choices, 'La CNIL'))).toBe('La CNIL');
    expect(second.describe(idOf(second.learner.choices, 'La CNIL'))).toBe('La CNIL');
  });

  it('describes every type in its own words', () => {
    const multiple = setUp<'multiple_choice'>(QUESTIONS.multiple, 1);
    expect(multiple.describe([idOf(multiple.learner.choices, 'Une adresse IP'), idOf(multiple.learner.choices, 'Un nom')])).toBe('Un nom | Une adresse IP');
    expect(setUp(QUESTIONS.trueFalse, 1).describe(false)).toBe('false');
    expect(setUp(QUESTIONS.shortText, 1).describe(' L’ÉTAT ')).toBe("l'etat");
    expect(setUp(QUESTIONS.numeric, 1).describe('1 234,5')).toBe('1234.5');
    expect(setUp(QUESTIONS.datasetNumeric, 1).describe(59)).toBe('59');
    const datasetChoice = setUp<'dataset'>(QUESTIONS.datasetChoice, 1);
    const choices = datasetChoice.learner.answer.kind === 'choice' ? datasetChoice.learner.answer.choices : [];
    expect(datasetChoice.describe(idOf(choices, 'Vénissieux'))).toBe('Vénissieux');
    const ordering = setUp<'ordering'>({ ...QUESTIONS.ordering, items: ['A', 'B', 'C'] }, 1);
    expect(ordering.describe(['C', 'A', 'B'].map((t) => idOf(ordering.learner.items, t)))).toBe('C → A → B');
    const matching = setUp<'matching'>(QUESTIONS.matching, 1);
    expect(
      matching.describe({
        [idOf(matching.learner.left, 'Grenoble')]: idOf(matching.learner.right, 'Ain'),
        [idOf(matching.learner.left, 'Lyon')]: idOf(matching.learner.right, 'Rhône'),
      }),
    ).toBe('Lyon → Rhône | Grenoble → Ain');
    const cloze = setUp<'cloze'>(QUESTIONS.cloze, 1);
    const blank = cloze.learner.segments.find((s) => s.kind === 'blank' && s.input === 'choice') as { choices: { id: string; html: string }[] };
    expect(cloze.describe({ b2: idOf(blank.choices, 'française'), b1: 'Sept' })).toBe('1: sept | 2: française');
  });

  it('gives null for no answer or an unacceptable one', () => {
    expect(setUp(QUESTIONS.single, 1).describe(null)).toBeNull();
    expect(setUp(QUESTIONS.single, 1).describe('c-unknown')).toBeNull();
    expect(setUp(QUESTIONS.numeric, 1).describe('beaucoup')).toBeNull();
  });
});
