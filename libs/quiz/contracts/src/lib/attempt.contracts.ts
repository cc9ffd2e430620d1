import type { Difficulty, QuestionType } from './question.document';

/**
 * What a learner receives when an attempt starts: the question without anything that reveals the right answer
 * (no `correct`, `weight`, `credit`, accepted answers, per-choice feedback or explanation). Choices carry opaque ids
 * (random per attempt, so that they say nothing of the document's order); the server maps them back when scoring.
 * Stems and texts are sanitised HTML rendered from Markdown.
 */
export interface LearnerQuestionBase {
  /** Stable within the attempt: the question's key in the parcours, or `bank:<uuid>` for a question drawn from the bank. */
  questionId: string;
  type: QuestionType;
  /** Sanitised HTML. */
  stemHtml: string;
  points: number;
  difficulty: Difficulty;
  competencies: string[];
}

export interface LearnerChoice {
  id: string;
  /** Sanitised HTML. */
  html: string;
}

export type LearnerQuestion =
  | (LearnerQuestionBase & { type: 'single_choice'; choices: LearnerChoice[] })
  | (LearnerQuestionBase & { type: 'multiple_choice'; choices: LearnerChoice[] })
  | (LearnerQuestionBase & { type: 'true_false' })
  | (LearnerQuestionBase & { type: 'short_text' })
  | (LearnerQuestionBase & { type: 'numeric'; unit?: string })
  /** `items` in shuffled order; the learner returns their ids in the order they believe right. */
  | (LearnerQuestionBase & { type: 'ordering'; items: LearnerChoice[] })
  /** `left` items each get one of `right` (which includes distractors), all shuffled. */
  | (LearnerQuestionBase & { type: 'matching'; left: LearnerChoice[]; right: LearnerChoice[] })
  /**
   * `segments` alternate text and blanks: the text is sanitised HTML, a blank is either free text or a choice list.
   * Blank ids are `b1`, `b2`… (the `{{n}}` of the document).
   */
  | (LearnerQuestionBase & { type: 'cloze'; segments: ({ kind: 'text'; html: string } | { kind: 'blank'; blankId: string; input: 'text' } | { kind: 'blank'; blankId: string; input: 'choice'; choices: LearnerChoice[] })[] })
  /** The dataset to explore (the activity id and block index of the dataset block in the same parcours version, when found). */
  | (LearnerQuestionBase & { type: 'dataset'; dataset: { key: string; title: string; activityId: string | null; blockIndex: number | null }; answer: { kind: 'numeric'; unit?: string } | { kind: 'choice'; choices: LearnerChoice[] } });

/**
 * A learner's response, by question type:
 * - single_choice: `"c2"` (a choice id)
 * - multiple_choice: `["c0", "c3"]` (choice ids, possibly empty)
 * - true_false: `true` | `false`
 * - short_text: `"l'État"` (a string, at most 500 characters)
 * - numeric: `12.5` or `"12,5"` (a number, or a string in French or English notation)
 * - ordering: `["c2", "c0", "c1"]` (every item id exactly once)
 * - matching: `{ "c0": "r1", "c1": "r0" }` (left id → right id; a left id may be missing: unanswered)
 * - cloze: `{ "b1": "2016", "b2": "c1" }` (blank id → text, or choice id for choice blanks)
 * - dataset: like numeric or single_choice, according to `answer.kind`
 */
export type QuestionResponse = string | number | boolean | string[] | Record<string, string>;

export interface StartAttemptResponse {
  attemptId: string;
  /** 1 for the first attempt. */
  number: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  passMark: number;
  startedAt: string;
  questions: LearnerQuestion[];
}

export interface SubmissionRequestBody {
  responses: { questionId: string; response: QuestionResponse | null }[];
}

export interface QuestionResult {
  questionId: string;
  /** `true` only for full credit. */
  correct: boolean;
  /** Points earned (may be fractional, rounded to 2 decimals), between 0 and `maxPoints`. */
  points: number;
  maxPoints: number;
  /** Sanitised HTML: feedback of the chosen answers, then the general explanation. Empty when the policy hides it. */
  feedback: string[];
  /** Present only when the quiz's policy shows correct answers now; same shape as a response. */
  correctResponse?: QuestionResponse;
}

export interface SubmissionResponse {
  attemptId: string;
  score: number;
  maxScore: number;
  /** 0–100, rounded to one decimal. */
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
}
