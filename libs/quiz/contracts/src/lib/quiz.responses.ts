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

export interface GiftImportResponse {
  imported: number;
  questions: BankQuestionResponse[];
  /** Questions that could not be read (skipped with `skipInvalid=true`). */
  errors: { line: number; message: string }[];
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
