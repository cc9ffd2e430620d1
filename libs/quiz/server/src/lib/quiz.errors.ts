import { type GiftImportError, type GiftInvalidProblemError, QuizErrorCode } from '@culture-d/quiz/contracts';
import { DomainError, DomainErrorKind, type DomainErrorField } from '@culture-d/shared/domain';

export class QuizNotFoundError extends DomainError {
  readonly code = QuizErrorCode.QuizNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such quiz.');
  }
}

export class QuizMaxAttemptsError extends DomainError {
  readonly code = QuizErrorCode.QuizMaxAttempts;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(maxAttempts: number) {
    super(`This quiz allows ${maxAttempts} attempt(s), all used.`, { maxAttempts });
  }
}

export class QuizHasNoQuestionsError extends DomainError {
  readonly code = QuizErrorCode.QuizHasNoQuestions;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor() {
    super('This quiz has no question to ask yet (the question bank holds none for its draws).');
  }
}

export class AttemptNotFoundError extends DomainError {
  readonly code = QuizErrorCode.AttemptNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such attempt.');
  }
}

export class AttemptAlreadySubmittedError extends DomainError {
  readonly code = QuizErrorCode.AttemptAlreadySubmitted;
  readonly kind = DomainErrorKind.Conflict;
  constructor() {
    super('This attempt was already submitted: start a new one.');
  }
}

/** Each field is a question id. */
export class InvalidResponseError extends DomainError {
  readonly code = QuizErrorCode.InvalidResponse;
  readonly kind = DomainErrorKind.Invalid;
  constructor(errors: DomainErrorField[]) {
    super('Some responses do not fit their question: nothing was recorded.', {}, errors);
  }
}

export class QuestionNotFoundError extends DomainError {
  readonly code = QuizErrorCode.QuestionNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such question.');
  }
}

/** Each field is a JSON Pointer into the question (`/choices/0/text`). */
export class QuestionInvalidError extends DomainError {
  readonly code = QuizErrorCode.QuestionInvalid;
  readonly kind = DomainErrorKind.Invalid;
  constructor(errors: DomainErrorField[]) {
    super('The question is not valid: nothing was saved.', {}, errors);
  }
}

/** A GIFT file with errors, imported without `skipInvalid`: nothing is imported. */
export class GiftInvalidError extends DomainError {
  readonly code = QuizErrorCode.GiftInvalid;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(errors: GiftImportError[]) {
    super(
      `The GIFT text has ${errors.length} error(s): nothing was imported (fix them, or import with skipInvalid=true).`,
      {},
      // `line`, `code` and `params` beside the usual `field`, for the authoring screen to show each in its language.
      errors.map((e): GiftInvalidProblemError => ({ field: `line ${e.line}`, ...e })),
    );
  }
}
