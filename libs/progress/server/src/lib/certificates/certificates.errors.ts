import { CertificateErrorCode } from '@culture-d/progress/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';

export class CertificateNotFoundError extends DomainError {
  readonly code = CertificateErrorCode.CertificateNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No certificate has this code.');
  }
}
