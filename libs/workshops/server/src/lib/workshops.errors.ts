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
