import { WorkshopErrorCode } from '@culture-d/workshops/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';

export class WorkshopNotFoundError extends DomainError {
  readonly code = WorkshopErrorCode.WorkshopNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such workshop.');
  }
}

export class RegistrationClosedError extends DomainError {
  readonly code = WorkshopErrorCode.RegistrationClosed;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor() {
    super('Registrations for this workshop are closed.');
  }
}

export class AlreadyRegisteredError extends DomainError {
  readonly code = WorkshopErrorCode.AlreadyRegistered;
  readonly kind = DomainErrorKind.Conflict;
  constructor() {
    super('You are already registered for this workshop.');
  }
}

export class GuestDetailsRequiredError extends DomainError {
  readonly code = WorkshopErrorCode.GuestDetailsRequired;
  readonly kind = DomainErrorKind.Invalid;
  constructor() {
    super('Sign in, or give your name, your e-mail address and your consent.', {}, [{ field: 'guest', message: 'guest details are required when not signed in' }]);
  }
}

export class RegistrationNotFoundError extends DomainError {
  readonly code = WorkshopErrorCode.RegistrationNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No active registration here.');
  }
}

export class InvalidScheduleError extends DomainError {
  readonly code = WorkshopErrorCode.InvalidSchedule;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(message: string) {
    super(message);
  }
}

export class CapacityBelowConfirmedError extends DomainError {
  readonly code = WorkshopErrorCode.CapacityBelowConfirmed;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(confirmed: number) {
    super(`${confirmed} people already have a seat: the capacity cannot be lower.`, { confirmed });
  }
}

export class NotFacilitatorError extends DomainError {
  readonly code = WorkshopErrorCode.NotFacilitator;
  readonly kind = DomainErrorKind.Forbidden;
  constructor() {
    super('Only the facilitators of this workshop, authors and admins may do this.');
  }
}

export class WorkshopHasRegistrationsError extends DomainError {
  readonly code = WorkshopErrorCode.WorkshopHasRegistrations;
  readonly kind = DomainErrorKind.Conflict;
  constructor() {
    super('People registered: cancel the workshop instead of deleting it.');
  }
}

/** The survey's questions do not hold together (same key twice, a scale that does not go up…); `errors` names each. */
export class SurveyInvalidError extends DomainError {
  readonly code = WorkshopErrorCode.SurveyInvalid;
  readonly kind = DomainErrorKind.Invalid;
  constructor(errors: { field: string; message: string }[]) {
    super('Some survey questions do not hold together.', {}, errors);
  }
}

/** A cancelled workshop stays as it was announced: editing it could publish it again without telling anyone. */
export class WorkshopCancelledError extends DomainError {
  readonly code = WorkshopErrorCode.WorkshopCancelled;
  readonly kind = DomainErrorKind.Conflict;
  constructor() {
    super('This workshop is cancelled: it can no longer be edited.');
  }
}
