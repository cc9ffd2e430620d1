import { CommonErrorCode } from '@culture-d/shared/contracts';
import { DomainError, DomainErrorKind, type DomainErrorField } from '@culture-d/shared/domain';

/** A batch with any faulty statement: 400 like any invalid request, each fault named by its path. */
export class InvalidStatementsError extends DomainError {
  readonly code = CommonErrorCode.ValidationFailed;
  readonly kind = DomainErrorKind.Invalid;
  constructor(fields: DomainErrorField[]) {
    super('Some statements are invalid: nothing was recorded.', {}, fields);
  }
}
