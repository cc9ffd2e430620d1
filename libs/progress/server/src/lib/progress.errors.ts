import { ProgressErrorCode } from '@culture-d/progress/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';

export class NotEnrolledError extends DomainError {
  readonly code = ProgressErrorCode.NotEnrolled;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('You are not enrolled in this parcours.');
  }
}

export class ParcoursNotFoundError extends DomainError {
  readonly code = ProgressErrorCode.ParcoursNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such parcours.');
  }
}

export class ActivityNotFoundError extends DomainError {
  readonly code = ProgressErrorCode.ActivityNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such activity.');
  }
}

export class ActivityLockedError extends DomainError {
  readonly code = ProgressErrorCode.ActivityLocked;
  readonly kind = DomainErrorKind.Conflict;
  constructor(missing: { key: string; title: string }[]) {
    super(`Complete these modules first: ${missing.map((m) => m.title).join(', ')}.`, { missing });
  }
}

export class ActivityNeedsQuizError extends DomainError {
  readonly code = ProgressErrorCode.ActivityNeedsQuiz;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor() {
    super('A quiz is completed by passing it, not on request.');
  }
}

export class ActivityNeedsAttendanceError extends DomainError {
  readonly code = ProgressErrorCode.ActivityNeedsAttendance;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor() {
    super('A workshop step is completed when a facilitator records your attendance.');
  }
}

export class EnrolledInOtherVersionError extends DomainError {
  readonly code = ProgressErrorCode.EnrolledInOtherVersion;
  readonly kind = DomainErrorKind.Conflict;
  constructor(version: number) {
    super(`You follow version ${version} of this parcours; this activity belongs to another version.`, { version });
  }
}
