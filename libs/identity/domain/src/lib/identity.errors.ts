import { IdentityErrorCode } from '@culture-d/identity/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import type { PasswordProblem } from './password-policy';

/** Same answer for an unknown e-mail and a wrong password. */
export class InvalidCredentialsError extends DomainError {
  readonly code = IdentityErrorCode.InvalidCredentials;
  readonly kind = DomainErrorKind.Unauthenticated;
  constructor() {
    super('The e-mail address or the password is not right.');
  }
}

export class EmailTakenError extends DomainError {
  readonly code = IdentityErrorCode.EmailTaken;
  readonly kind = DomainErrorKind.Conflict;
  constructor() {
    super('An account already uses this e-mail address: sign in, or reset the password.');
  }
}

const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: 'The password is too short.',
  too_long: 'The password is too long.',
  too_common: 'This password is among the most common ones: choose another, such as a sentence.',
  same_as_identity: 'The password must not be your e-mail address or your name.',
};

export class PasswordRejectedError extends DomainError {
  readonly code: IdentityErrorCode;
  readonly kind = DomainErrorKind.Invalid;
  constructor(
    readonly problem: PasswordProblem,
    field = 'password',
  ) {
    super(PASSWORD_MESSAGES[problem], { reason: problem }, [{ field, message: PASSWORD_MESSAGES[problem] }]);
    this.code = problem === 'too_short' || problem === 'too_long' ? IdentityErrorCode.PasswordTooShort : IdentityErrorCode.PasswordTooCommon;
  }
}

export class ResetTokenInvalidError extends DomainError {
  readonly code = IdentityErrorCode.ResetTokenInvalid;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor() {
    super('This link is not valid any more: ask for a new one.');
  }
}

export class WrongPasswordError extends DomainError {
  readonly code = IdentityErrorCode.WrongPassword;
  readonly kind = DomainErrorKind.Forbidden;
  constructor() {
    super('The current password is not right.');
  }
}

/** Also for an administrator deactivating their own account: the same rule seen from the other side. */
export class LastAdminError extends DomainError {
  readonly code = IdentityErrorCode.LastAdmin;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(reason: 'last_admin' | 'self_deactivation' = 'last_admin') {
    super(reason === 'self_deactivation' ? 'You cannot deactivate your own account: another administrator can.' : 'At least one active administrator must remain.', { reason });
  }
}

export class NothingToChangeError extends DomainError {
  readonly code = IdentityErrorCode.NothingToChange;
  readonly kind = DomainErrorKind.Invalid;
  constructor() {
    super('Give the roles, whether the account is active, or both.', {}, [{ field: 'roles', message: 'roles or active is required' }]);
  }
}

export class UserNotFoundError extends DomainError {
  readonly code = IdentityErrorCode.UserNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such user.');
  }
}

export class TooManyAttemptsError extends DomainError {
  readonly code = 'RATE_LIMITED';
  readonly kind = DomainErrorKind.Throttled;
  constructor(retryAfter: number) {
    super('Too many attempts: wait a little before trying again.', { retryAfter });
  }
}
