/**
 * Questions as authors write them and as the parcours document carries them (format `culture-d/parcours@1`).
 * These shapes hold the correct answers: they never leave the server towards learners (see the quiz domain).
 * Stems, feedback and explanations are Markdown (sanitised when rendered).
 */
export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric', 'ordering', 'matching', 'cloze', 'dataset'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DIFFICULTIES = ['facile', 'moyen', 'difficile'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

interface QuestionBase {
  /** Stable within the document (`q-donnees-personnelles-1`): kebab-case, unique in the parcours. */
  key: string;
  stem: string;
  /** Shown after answering, whatever the answer: why the right answer is right. */
  explanation: string;
  points?: number; // default 1
  /** Competency codes of the référentiel. */
  competencies: string[];
  difficulty?: Difficulty; // default 'moyen'
}

export interface ChoiceDocument {
  text: string;
  feedback?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single_choice';
  /** Exactly one is `correct: true`. */
  choices: (ChoiceDocument & { correct: boolean })[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple_choice';
  /** Weight in percent of the question's points (right ones sum to 100; wrong ones may be negative). */
  choices: (ChoiceDocument & { weight: number })[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true_false';
  answer: boolean;
  feedbackTrue?: string;
  feedbackFalse?: string;
}

export interface ShortTextQuestion extends QuestionBase {
  type: 'short_text';
  /** Matched ignoring case, accents, surrounding/repeated spaces and typographic apostrophes; credit in percent. */
  answers: { text: string; credit: number; feedback?: string }[];
}

export type NumericAnswer = ({ value: number; tolerance?: number } | { min: number; max: number }) & { credit: number; feedback?: string };

export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answers: NumericAnswer[];
  unit?: string;
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** In the right order; shown shuffled. */
  items: string[];
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: { left: string; right: string }[];
  /** Extra right-hand options that match nothing. */
  distractors?: string[];
}

export type ClozeBlank = { kind: 'short_text'; answers: { text: string; credit: number }[] } | { kind: 'choice'; choices: string[]; correct: number };

export interface ClozeQuestion extends QuestionBase {
  type: 'cloze';
  /** Markdown with numbered blanks: `La loi du {{1}} octobre 2016 pour une République {{2}}.` */
  text: string;
  blanks: ClozeBlank[];
}

export interface DatasetQuestion extends QuestionBase {
  type: 'dataset';
  /** Key of a dataset block of the same parcours, which the learner explores to answer. */
  dataset: string;
  answer: { kind: 'numeric'; answers: NumericAnswer[]; unit?: string } | { kind: 'choice'; choices: (ChoiceDocument & { correct: boolean })[] };
}

export type QuestionDocument =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortTextQuestion
  | NumericQuestion
  | OrderingQuestion
  | MatchingQuestion
  | ClozeQuestion
  | DatasetQuestion;

export interface QuizSettings {
  /** Percent needed to pass (0–100). */
  passMark: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  /** Which attempt counts. */
  scoring: 'best' | 'last';
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  showCorrectAnswers: 'never' | 'after_submission' | 'after_passing';
}

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}
