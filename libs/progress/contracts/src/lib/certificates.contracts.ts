export const CertificateErrorCode = {
  CertificateNotFound: 'CERTIFICATE_NOT_FOUND',
} as const;

export interface CertificateCompetency {
  code: string;
  label: string;
}

/** One of my certificates (`GET /api/me/certificates`). */
export interface CertificateResponse {
  id: string;
  code: string;
  holderName: string;
  parcours: { title: string; slug: string };
  issuedAt: string;
  competencies: CertificateCompetency[];
  /** The public page that confirms the certificate: `${PUBLIC_URL}/certificats/<code>`. */
  verificationUrl: string;
  /** `/api/me/certificates/<id>/pdf`. */
  pdfUrl: string;
}

/**
 * Public verification (`GET /api/certificates/:code`): what the certificate says, nothing else about the person.
 * A certificate whose holder erased their account answers `{ valid: false, code, revoked: true }`.
 */
export type CertificateVerificationResponse =
  | {
      valid: true;
      code: string;
      holderName: string;
      parcours: { title: string; slug: string };
      issuedAt: string;
      competencies: CertificateCompetency[];
    }
  | { valid: false; code: string; revoked: true };
