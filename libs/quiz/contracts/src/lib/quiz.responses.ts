import type { Difficulty, QuestionDocument, QuestionType } from './question.document';

export const QuizErrorCode = {
  QuizNotFound: 'QUIZ_NOT_FOUND',
  QuizMaxAttempts: 'QUIZ_MAX_ATTEMPTS',
  QuizHasNoQuestions: 'QUIZ_HAS_NO_QUESTIONS',
  AttemptNotFound: 'ATTEMPT_NOT_FOUND',
  AttemptAlreadySubmitted: 'ATTEMPT_ALREADY_SUBMITTED',
  InvalidResponse: 'INVALID_RESPONSE',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  QuestionInvalid: 'QUESTION_INVALID',
  GiftInvalid: 'GIFT_INVALID',
} as const;
export type QuizErrorCode = (typeof QuizErrorCode)[keyof typeof QuizErrorCode];

/** `GET /api/quizzes/:activityId/attempts`: the learner's own attempts, oldest first. */
export interface MyAttemptsResponse {
  /** null: unlimited. */
  maxAttempts: number | null;
  /** null: unlimited. An open attempt counts as used. */
  attemptsLeft: number | null;
  passMark: number;
  /** The open attempt to resume, if any. */
  openAttemptId: string | null;
  /** The score that counts, by the quiz's rule (`best` or `last`), when one attempt at least was submitted. */
  countingPercent: number | null;
  items: { attemptId: string; number: number; startedAt: string; submittedAt: string | null; percent: number | null; passed: boolean | null }[];
}

/** A question of the bank, as authors see it (with its answers). */
export interface BankQuestionResponse {
  id: string;
  key: string;
  type: QuestionType;
  category: string | null;
  competencies: string[];
  difficulty: Difficulty;
  question: QuestionDocument;
  createdAt: string;
  updatedAt: string;
}

/**
 * Why the GIFT parser refuses a question (libs/quiz/domain/src/lib/gift/README.md explains each): stable codes that
 * clients translate, with the values of the sentence in `params`.
 */
export const GIFT_ERROR_CODES = [
  'TITLE_NOT_CLOSED',
  'DESCRIPTION_UNSUPPORTED',
  'ESSAY_UNSUPPORTED',
  'ANSWER_BLOCK_NOT_CLOSED',
  'ANSWER_BLOCK_NOT_OPENED',
  'ANSWER_BLOCK_NESTED',
  'ANSWER_BLOCK_TWICE',
  'STEM_EMPTY',
  'ANSWER_EMPTY',
  'CHOICE_TOO_FEW_ANSWERS',
  'CHOICE_NO_RIGHT_ANSWER',
  'SINGLE_CHOICE_RIGHT_ANSWERS',
  'SINGLE_CHOICE_PARTIAL_CREDIT',
  'WEIGHT_OUT_OF_RANGE',
  'WEIGHTS_SUM',
  'MISSING_WORD_TOO_FEW_ANSWERS',
  'MISSING_WORD_WEIGHT',
  'MISSING_WORD_RIGHT_ANSWERS',
  'MISSING_WORD_FEEDBACK',
  'CREDIT_OUT_OF_RANGE',
  'SHORT_ANSWER_NO_FULL_CREDIT',
  'MATCHING_PAIR_NO_ARROW',
  'MATCHING_RIGHT_EMPTY',
  'MATCHING_TOO_FEW_PAIRS',
  'NUMERIC_WRONG_FEEDBACK',
  'NUMERIC_NO_ANSWER',
  'NUMERIC_NO_FULL_CREDIT',
  'NUMERIC_RANGE_REVERSED',
  'NUMERIC_TOLERANCE_NEGATIVE',
  'NUMERIC_ANSWER_UNKNOWN',
] as const;
export type GiftErrorCode = (typeof GIFT_ERROR_CODES)[number];

/** A question the GIFT parser could not read. */
export interface GiftError {
  /** 1-based line of the mistake (of the question's start when the whole question is at fault). */
  line: number;
  code: GiftErrorCode;
  /** The values the sentence needs, by name (`{ weight: 150 }`); `{}` for most codes. */
  params: Record<string, string | number>;
  /** Plain English, without the line number (API consumers and logs read it; the web translates `code`). */
  message: string;
}

/** An error of a GIFT import: the parser's, or `QUESTION_INVALID` (read, but refused by the question rules). */
export interface GiftImportError extends Omit<GiftError, 'code'> {
  code: GiftErrorCode | typeof QuizErrorCode.QuestionInvalid;
}

/** An item of `errors` in the 422 `GIFT_INVALID` problem: the line also as `field` (`"line 12"`), like other problems. */
export interface GiftInvalidProblemError extends GiftImportError {
  field: string;
}

export interface GiftImportResponse {
  imported: number;
  questions: BankQuestionResponse[];
  /** Questions that could not be read (skipped with `skipInvalid=true`). */
  errors: GiftImportError[];
}

/** Item statistics of one question (facility: share of full credit; discrimination: correlation with the rest). */
export interface QuestionStatisticsResponse {
  questionId: string;
  attempts: number;
  facility: number | null;
  discrimination: number | null;
  answers: { response: string; count: number }[];
}

/** `GET /api/analytics/questions/:id` (a bank question, across every quiz that drew it). */
export interface BankQuestionStatisticsResponse extends QuestionStatisticsResponse {
  key: string;
  type: QuestionType;
}

/** `GET /api/analytics/quizzes/:activityId` */
export interface QuizStatisticsResponse {
  activityId: string;
  title: string;
  submittedAttempts: number;
  questions: QuestionStatisticsResponse[];
  /** Percent bins of 10 (the last one includes 100). */
  scoreDistribution: { from: number; to: number; count: number }[];
}
