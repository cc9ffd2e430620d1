import type { LearnerQuestion, QuestionDocument } from '@culture-d/quiz/contracts';
import { matchingRightOptions } from './layout';
import { presentQuestion } from './present';
import { QUESTIONS, seededRandom } from './question.fixture';

function present(question: QuestionDocument, seed = 1, shuffle = true) {
  return presentQuestion(question, question.key, { shuffle, random: seededRandom(seed) });
}

/** Every string found in a learner question, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

describe('presentQuestion: nothing reveals the answer', () => {
  const all = Object.values(QUESTIONS) as QuestionDocument[];

  it.each(all.map((q) => [q.key, q] as const))('%s carries no answer information', (_, question) => {
    for (const seed of [1, 2, 3]) {
      const { learner } = present(question, seed);
      const json = JSON.stringify(learner);
      expect(json).not.toMatch(/"(correct|weight|credit|answers|feedback|feedbackTrue|feedbackFalse|explanation|tolerance|min|max|value|pairs|distractors|blanks)"/);
      expect(json).not.toContain('La <strong>loi</strong> le dit');
      expect(json).not.toContain('La **loi** le dit');
      for (const secret of secretsOf(question)) expect(json).not.toContain(secret);
    }
  });

  it('shows every question type with its base fields', () => {
    const { learner } = present(QUESTIONS.multiple);
    expect(learner).toMatchObject({
      questionId: 'q-multiple',
      type: 'multiple_choice',
      stemHtml: '<p>Lesquelles sont des données personnelles ?</p>\n',
      points: 2,
      difficulty: 'moyen',
      competencies: ['D1.1'],
    });
    expect(present(QUESTIONS.single).learner.points).toBe(1);
  });

  it('renders and sanitises Markdown in stems and choices', () => {
    const question: QuestionDocument = { ...QUESTIONS.single, stem: 'Un <script>alert(1)</script> **gras**', choices: [{ text: '*oui*', correct: true }] };
    const { learner } = present(question);
    expect(learner.stemHtml).toContain('<strong>gras</strong>');
    expect(learner.stemHtml).not.toContain('<script>');
    expect((learner as Extract<LearnerQuestion, { type: 'single_choice' }>).choices[0].html).toContain('<em>oui</em>');
  });

  it('gives ids that are unique, opaque and different from one attempt to the next', () => {
    const first = present(QUESTIONS.matching, 1).learner as Extract<LearnerQuestion, { type: 'matching' }>;
    const second = present(QUESTIONS.matching, 2).learner as Extract<LearnerQuestion, { type: 'matching' }>;
    const ids = [...first.left, ...first.right].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{6}$/);
    expect(second.left.map((c) => c.id)).not.toEqual(first.left.map((c) => c.id));
  });

  it('keeps ids unique even with a constant generator', () => {
    const { learner } = presentQuestion(QUESTIONS.ordering, 'q', { shuffle: true, random: () => 0 });
    const ids = (learner as Extract<LearnerQuestion, { type: 'ordering' }>).items.map((item) => item.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('never shows an ordering in the right order, and its ids do not sort into it', () => {
    const items = QUESTIONS.ordering.items.map((text) => `<p>${text}</p>\n`);
    let idsSortedRight = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const learner = present({ ...QUESTIONS.ordering, items: ['A', 'B'] }, seed).learner as Extract<LearnerQuestion, { type: 'ordering' }>;
      expect(learner.items.map((i) => i.html)).toEqual(['<p>B</p>\n', '<p>A</p>\n']);
      const five = present(QUESTIONS.ordering, seed).learner as Extract<LearnerQuestion, { type: 'ordering' }>;
      expect(five.items.map((i) => i.html)).not.toEqual(items);
      const byId = [...five.items].sort((a, b) => a.id.localeCompare(b.id)).map((i) => i.html);
      if (JSON.stringify(byId) === JSON.stringify(items)) idsSortedRight++;
    }
    // 1 in 120 by chance: about 2 in 200; a leak would make it 200.
    expect(idsSortedRight).toBeLessThan(10);
  });

  it('shuffles choices only when asked', () => {
    const texts = (learner: LearnerQuestion) => (learner as Extract<LearnerQuestion, { type: 'single_choice' }>).choices.map((c) => c.html);
    const inOrder = ['<p>La CNIL</p>\n', '<p>L’ARCEP</p>\n', '<p>La CADA</p>\n'];
    for (let seed = 1; seed <= 20; seed++) expect(texts(present(QUESTIONS.single, seed, false).learner)).toEqual(inOrder);
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => texts(present(QUESTIONS.single, seed, true).learner).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shows each right option of a matching once, with the distractors, always shuffled', () => {
    expect(matchingRightOptions(QUESTIONS.matching)).toEqual(['Rhône', 'Isère', 'Ain']);
    const orders = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const learner = present(QUESTIONS.matching, seed, false).learner as Extract<LearnerQuestion, { type: 'matching' }>;
      expect(learner.left.map((l) => l.html)).toEqual(['<p>Lyon</p>\n', '<p>Villeurbanne</p>\n', '<p>Grenoble</p>\n']);
      expect(learner.right.map((r) => r.html).sort()).toEqual(['<p>Ain</p>\n', '<p>Isère</p>\n', '<p>Rhône</p>\n']);
      orders.add(learner.right.map((r) => r.html).join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('cuts a cloze into inline text and blanks', () => {
    const learner = present(QUESTIONS.cloze, 1, false).learner as Extract<LearnerQuestion, { type: 'cloze' }>;
    expect(learner.segments.map((s) => (s.kind === 'text' ? s.html : `[${s.blankId}:${s.input}]`))).toEqual([
      'La loi du ',
      '[b1:text]',
      ' octobre 2016 pour une République ',
      '[b2:choice]',
      '.',
    ]);
    const choice = learner.segments[3] as { choices: { html: string }[] };
    expect(choice.choices.map((c) => c.html)).toEqual(['<p>numérique</p>\n', '<p>française</p>\n', '<p>bananière</p>\n']);
  });

  it('appends cloze blanks the text forgets, and leaves unknown numbers as text', () => {
    const question: QuestionDocument = { ...QUESTIONS.cloze, text: 'Seulement {{2}} et {{9}}.' };
    const learner = present(question).learner as Extract<LearnerQuestion, { type: 'cloze' }>;
    expect(learner.segments.map((s) => (s.kind === 'text' ? s.html : s.blankId))).toEqual(['Seulement ', 'b2', ' et {{9}}.', 'b1']);
  });

  it('points a dataset question at its dataset, found or not', () => {
    const found = presentQuestion(QUESTIONS.datasetNumeric, 'q', {
      shuffle: false,
      random: seededRandom(1),
      dataset: (key) => (key === 'communes' ? { title: 'Communes du Rhône', activityId: 'a1', blockIndex: 2 } : null),
    }).learner;
    expect(found).toMatchObject({ dataset: { key: 'communes', title: 'Communes du Rhône', activityId: 'a1', blockIndex: 2 }, answer: { kind: 'numeric', unit: 'communes' } });
    expect(present(QUESTIONS.datasetChoice).learner).toMatchObject({
      dataset: { key: 'communes', title: 'communes', activityId: null, blockIndex: null },
      answer: { kind: 'choice' },
    });
  });

  it('gives the unit of a numeric question', () => {
    expect(present(QUESTIONS.numeric).learner).toMatchObject({ type: 'numeric', unit: '%' });
    expect(present({ ...QUESTIONS.numeric, unit: undefined }).learner).not.toHaveProperty('unit');
  });
});

/** Texts that only the answer key holds: feedback, accepted answers (not shown as choices). */
function secretsOf(question: QuestionDocument): string[] {
  const feedback = strings(question).filter((s) => /^(Oui|Non|Exact|Si :|Presque|C’est|Un nom identifie|Elle ne)/.test(s));
  if (question.type === 'short_text') return [...feedback, ...question.answers.map((a) => a.text)];
  if (question.type === 'cloze') return [...feedback, 'sept'];
  return feedback;
}
