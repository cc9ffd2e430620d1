import { renderMarkdown, sanitizeLessonHtml } from '@culture-d/catalog/domain';
import type { ClozeQuestion, LearnerChoice, LearnerQuestion, LearnerQuestionBase, QuestionDocument } from '@culture-d/quiz/contracts';
import { questionPoints } from './score-question';
import { blankId, drawLayout, matchingRightOptions, type OptionList, type QuestionLayout } from './layout';

/** Where the dataset a dataset question refers to sits in the parcours, for the link shown to the learner. */
export type DatasetLookup = (key: string) => { title: string; activityId: string | null; blockIndex: number | null } | null;

export interface PresentOptions {
  /** The quiz's "shuffle choices". */
  shuffle: boolean;
  /** Numbers in [0, 1); the server passes a cryptographic generator, tests a seeded one. */
  random: () => number;
  dataset?: DatasetLookup;
}

/**
 * Presents a question for one attempt: the learner's view, which carries no answer information at all (no correct
 * flag, weight, credit, accepted answer, feedback or explanation), and the layout that maps its opaque ids back to the
 * document, which the server keeps.
 */
export function presentQuestion(question: QuestionDocument, questionId: string, options: PresentOptions): { learner: LearnerQuestion; layout: QuestionLayout } {
  const layout = drawLayout(question, options.shuffle, options.random);
  return { learner: learnerQuestion(question, questionId, layout, options.dataset), layout };
}

/** The learner's view of a question under a layout already drawn: resuming an attempt shows the same question again. */
export function learnerQuestion(question: QuestionDocument, questionId: string, layout: QuestionLayout, dataset?: DatasetLookup): LearnerQuestion {
  const base: Omit<LearnerQuestionBase, 'type'> = {
    questionId,
    stemHtml: renderMarkdown(question.stem),
    points: questionPoints(question),
    difficulty: question.difficulty ?? 'moyen',
    competencies: [...question.competencies],
  };
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        ...base,
        type: question.type,
        choices: shownChoices(
          layout.lists['choices'],
          question.choices.map((choice) => choice.text),
        ),
      };
    case 'true_false':
    case 'short_text':
      return { ...base, type: question.type };
    case 'numeric':
      return { ...base, type: 'numeric', ...(question.unit ? { unit: question.unit } : {}) };
    case 'ordering':
      return { ...base, type: 'ordering', items: shownChoices(layout.lists['items'], question.items) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        left: shownChoices(
          layout.lists['left'],
          question.pairs.map((pair) => pair.left),
        ),
        right: shownChoices(layout.lists['right'], matchingRightOptions(question)),
      };
    case 'cloze':
      return { ...base, type: 'cloze', segments: clozeSegments(question, layout) };
    case 'dataset': {
      const found = dataset?.(question.dataset) ?? null;
      const answer =
        question.answer.kind === 'numeric'
          ? { kind: 'numeric' as const, ...(question.answer.unit ? { unit: question.answer.unit } : {}) }
          : {
              kind: 'choice' as const,
              choices: shownChoices(
                layout.lists['choices'],
                question.answer.choices.map((choice) => choice.text),
              ),
            };
      return {
        ...base,
        type: 'dataset',
        dataset: { key: question.dataset, title: found?.title ?? question.dataset, activityId: found?.activityId ?? null, blockIndex: found?.blockIndex ?? null },
        answer,
      };
    }
  }
}

function shownChoices(list: OptionList | undefined, texts: string[]): LearnerChoice[] {
  if (!list) return [];
  return list.shown.map((index) => ({ id: list.ids[index], html: renderMarkdown(texts[index] ?? '') }));
}

type ClozeSegment = Extract<LearnerQuestion, { type: 'cloze' }>['segments'][number];

/** Stands for a blank while the text goes through Markdown: letters only, so Markdown leaves it alone. */
const PLACEHOLDER = (n: number) => `CDCLOZEBLANK${n}Z`;

/**
 * The cloze text as alternating HTML and blanks. The whole text is rendered at once (so that emphasis or a link
 * around a blank still works), then cut at the blanks; each piece is sanitised again, which closes tags the cut left
 * open. A single paragraph loses its `<p>`: the blanks sit inline in the sentence. Blanks the text does not mention
 * are appended at the end, so that every blank can be answered; a `{{n}}` without a blank stays as text.
 */
function clozeSegments(question: ClozeQuestion, layout: QuestionLayout): ClozeSegment[] {
  const used: number[] = [];
  const withPlaceholders = question.text.replace(/\{\{(\d+)\}\}/g, (match, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= question.blanks.length || used.includes(index)) return match;
    used.push(index);
    return PLACEHOLDER(index + 1);
  });
  const missing = question.blanks.map((_, index) => index).filter((index) => !used.includes(index));
  const html = unwrapSingleParagraph(renderMarkdown(withPlaceholders));
  const segments: ClozeSegment[] = [];
  const pieces = html.split(/CDCLOZEBLANK(\d+)Z/);
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      // A blank inside emphasis leaves an empty `<em></em>` on its side of the cut: nothing to show.
      const text = sanitizeLessonHtml(piece).replace(/<(\w+)[^>]*><\/\1>/g, '');
      if (text.trim() !== '') segments.push({ kind: 'text', html: text });
    } else {
      segments.push(blankSegment(question, layout, Number(piece) - 1));
    }
  });
  for (const index of missing) segments.push(blankSegment(question, layout, index));
  return segments;
}

function unwrapSingleParagraph(html: string): string {
  const trimmed = html.trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(trimmed)?.[1];
  return inner !== undefined && !inner.includes('<p>') ? inner : trimmed;
}

function blankSegment(question: ClozeQuestion, layout: QuestionLayout, index: number): ClozeSegment {
  const blank = question.blanks[index];
  const id = blankId(index);
  if (blank.kind === 'short_text') return { kind: 'blank', blankId: id, input: 'text' };
  return { kind: 'blank', blankId: id, input: 'choice', choices: shownChoices(layout.lists[id], blank.choices) };
}
