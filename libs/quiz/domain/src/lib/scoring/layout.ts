import type { MatchingQuestion, QuestionDocument, QuestionType } from '@culture-d/quiz/contracts';

/**
 * One list of options as shown to a learner: `ids[i]` is the opaque id of the document's option `i`, and `shown` the
 * document indices in the order displayed.
 */
export interface OptionList {
  ids: string[];
  shown: number[];
}

/**
 * How one question was presented in one attempt: JSON-serialisable, stored by the server with the attempt and never
 * sent to the learner. Lists by name:
 * - `choices`: single_choice, multiple_choice, dataset answered with a choice;
 * - `items`: ordering (always shown shuffled, never in the right order when that is possible);
 * - `left` and `right`: matching (`right` indexes `matchingRightOptions(question)`: the distinct right-hand texts,
 *   then the distractors; always shuffled);
 * - `b1`, `b2`…: the choice blanks of a cloze.
 */
export interface QuestionLayout {
  type: QuestionType;
  lists: Record<string, OptionList>;
}

/**
 * The right-hand options of a matching question: each distinct right text of the pairs once (two places in the same
 * region offer the region once), then the distractors that are not already there.
 */
export function matchingRightOptions(question: MatchingQuestion): string[] {
  const options: string[] = [];
  for (const text of [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])]) {
    if (!options.includes(text)) options.push(text);
  }
  return options;
}

/** 1-based blank numbers → id: `b1`, `b2`… (the `{{n}}` of the cloze text, which reveals nothing). */
export function blankId(index: number): string {
  return `b${index + 1}`;
}

/** A number in [0, 1) from the caller's generator, guarded against generators that return 1 or garbage. */
function unit(random: () => number): number {
  const value = random();
  return Number.isFinite(value) && value >= 0 && value < 1 ? value : 0;
}

/** Fisher–Yates shuffle of 0…n−1. */
export function shuffledIndices(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(unit(random) * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const ID_SPACE = 36 ** 6;

/**
 * Draws opaque ids (`c` + 6 base-36 characters) unique within one question. They depend only on the random
 * generator, so they tell nothing about the document order.
 */
export class IdDrawer {
  private readonly used = new Set<string>();

  constructor(private readonly random: () => number) {}

  draw(): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = `c${Math.floor(unit(this.random) * ID_SPACE)
        .toString(36)
        .padStart(6, '0')}`;
      if (!this.used.has(id)) return this.keep(id);
    }
    // A degenerate generator (a constant, in tests): keep the ids unique anyway.
    let n = this.used.size;
    while (this.used.has(`c${n}x`)) n++;
    return this.keep(`c${n}x`);
  }

  list(n: number): string[] {
    return Array.from({ length: n }, () => this.draw());
  }

  private keep(id: string): string {
    this.used.add(id);
    return id;
  }
}

function isIdentity(order: number[]): boolean {
  return order.every((value, index) => value === index);
}

/**
 * Draws the layout of a question for one attempt. `shuffle` (the quiz's "shuffle choices") applies to choices, the
 * left column of a matching and choice blanks; ordering items and matching right options are shuffled whatever it
 * says, since showing them in document order would give the answer away. An ordering whose shuffle falls back on the
 * right order is rotated by one, so that it is never shown solved (unless all its items read the same).
 */
export function drawLayout(question: QuestionDocument, shuffle: boolean, random: () => number): QuestionLayout {
  const ids = new IdDrawer(random);
  const list = (n: number, shuffled: boolean): OptionList => {
    const listIds = ids.list(n);
    return { ids: listIds, shown: shuffled ? shuffledIndices(n, random) : Array.from({ length: n }, (_, i) => i) };
  };
  const lists: Record<string, OptionList> = {};
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      lists['choices'] = list(question.choices.length, shuffle);
      break;
    case 'dataset':
      if (question.answer.kind === 'choice') lists['choices'] = list(question.answer.choices.length, shuffle);
      break;
    case 'ordering': {
      const items = list(question.items.length, true);
      if (items.shown.length > 1 && isIdentity(items.shown) && new Set(question.items).size > 1) {
        items.shown = [...items.shown.slice(1), items.shown[0]];
      }
      lists['items'] = items;
      break;
    }
    case 'matching':
      lists['left'] = list(question.pairs.length, shuffle);
      lists['right'] = list(matchingRightOptions(question).length, true);
      break;
    case 'cloze':
      question.blanks.forEach((blank, index) => {
        if (blank.kind === 'choice') lists[blankId(index)] = list(blank.choices.length, shuffle);
      });
      break;
    case 'true_false':
    case 'short_text':
    case 'numeric':
      break;
  }
  return { type: question.type, lists };
}

/** The document index behind an opaque id of a list, or null when the id is not one of them. */
export function indexOfId(layout: QuestionLayout, listName: string, id: unknown): number | null {
  if (typeof id !== 'string') return null;
  const list = layout.lists[listName];
  if (!list) return null;
  const index = list.ids.indexOf(id);
  return index === -1 ? null : index;
}

/** The opaque id of a document index in a list (the layout was drawn for this question, so it exists). */
export function idOfIndex(layout: QuestionLayout, listName: string, index: number): string {
  return layout.lists[listName]?.ids[index] ?? '';
}
