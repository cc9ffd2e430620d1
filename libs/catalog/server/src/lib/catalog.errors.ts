import { CatalogErrorCode } from '@culture-d/catalog/contracts';
import { DomainError, DomainErrorKind, type DomainErrorField } from '@culture-d/shared/domain';

export class ParcoursNotFoundError extends DomainError {
  readonly code = CatalogErrorCode.ParcoursNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such parcours.');
  }
}

export class ActivityNotFoundError extends DomainError {
  readonly code = CatalogErrorCode.ActivityNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such activity.');
  }
}

/** A document that does not follow the format: each error names its JSON path. */
export class DocumentInvalidError extends DomainError {
  readonly code = CatalogErrorCode.DocumentInvalid;
  readonly kind = DomainErrorKind.Invalid;
  constructor(errors: { path: string; message: string }[]) {
    super('The parcours document is not valid: nothing was saved.', {}, errors.map((e): DomainErrorField => ({ field: e.path, message: e.message })));
  }
}

export class NotPublishableError extends DomainError {
  readonly code = CatalogErrorCode.NotPublishable;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(errors: { path: string; message: string; code?: string }[]) {
    super('The parcours cannot be published yet.', { problems: errors }, errors.map((e) => ({ field: e.path, message: e.message })));
  }
}

export class SlugTakenError extends DomainError {
  readonly code = CatalogErrorCode.SlugTaken;
  readonly kind = DomainErrorKind.Conflict;
  constructor(slug: string) {
    super(`Another parcours already uses the address "${slug}".`, { slug });
  }
}

export class StaleRevisionError extends DomainError {
  readonly code = CatalogErrorCode.StaleRevision;
  readonly kind = DomainErrorKind.Conflict;
  constructor(current: number) {
    super('Someone else changed this draft meanwhile: reload it before saving.', { currentRevision: current });
  }
}

export class PrerequisiteCycleError extends DomainError {
  readonly code = 'PREREQUISITE_CYCLE';
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(cycle: string[]) {
    super(`These prerequisites would form a cycle: ${cycle.join(' → ')}.`, { cycle });
  }
}

export class OrderMismatchError extends DomainError {
  readonly code = 'ORDER_MISMATCH';
  readonly kind = DomainErrorKind.Invalid;
  constructor() {
    super('The new order must list every id of the list exactly once.');
  }
}

/**
 * A document refused by validation: when its only fault is a prerequisite cycle, that is a broken rule (422
 * `PREREQUISITE_CYCLE`), not a malformed document (400 `DOCUMENT_INVALID`).
 */
export function documentRefused(errors: { path: string; message: string }[]): DomainError {
  const cycles = errors.filter((e) => /\/prerequisites$/.test(e.path) && e.message.startsWith('cycle: '));
  if (cycles.length && cycles.length === errors.length) return new PrerequisiteCycleError(cycles[0].message.slice('cycle: '.length).split(' → '));
  return new DocumentInvalidError(errors);
}
