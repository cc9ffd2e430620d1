/**
 * How a broken business rule is told to the outside world. The HTTP layer maps each kind to a status
 * in one place (shared/server's problem filter); domains never speak HTTP.
 */
export const DomainErrorKind = {
  Invalid: 'invalid',
  Unauthenticated: 'unauthenticated',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  RuleViolated: 'rule_violated',
  TooLarge: 'too_large',
  Throttled: 'throttled',
} as const;
export type DomainErrorKind = (typeof DomainErrorKind)[keyof typeof DomainErrorKind];

export interface DomainErrorField {
  field: string;
  message: string;
}

/**
 * Base class of every domain error: a stable `code` (e.g. `WORKSHOP_FULL`), a kind, and optional details
 * that are safe to show to the caller.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly fields: DomainErrorField[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
