import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateResponse, CertificateVerificationResponse } from '@culture-d/progress/contracts';
import { CERTIFICATE_CODE_RANDOM_BYTES, certificateCodeFromBytes, certificateVerificationUrl, normaliseCertificateCode } from '@culture-d/progress/domain';
import { IdentityOptions, IdentityService } from '@culture-d/identity/server';
import type { ThrottleRule } from '@culture-d/identity/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateIssuer, type CompletedParcours } from './certificate-issuer';
import { CertificateEntity } from './certificate.entity';
import { CertificatePdf } from './certificate-pdf';
import { CertificateNotFoundError } from './certificates.errors';

/**
 * Public lookups per client IP: plenty for a person or an employer checking a few certificates, far too few to walk
 * a 2^100 code space (which is the real defence; the limit keeps the endpoint from being used as a load generator).
 */
/** Codes drawn before giving up (a second draw is already a 2^-100 event). */
const MAX_CODE_DRAWS = 3;

export const CERTIFICATE_LOOKUPS_PER_IP: ThrottleRule = {
  name: 'certificate-ip',
  limit: 30,
  windowSeconds: 10 * 60,
};

@Injectable()
export class CertificatesService extends CertificateIssuer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly identityOptions: IdentityOptions,
    private readonly pdf: CertificatePdf,
  ) {
    super();
  }

  /**
   * One INSERT … SELECT that snapshots the version's title, slug and competencies (modules' codes, labelled from the
   * référentiel, in its order); `ON CONFLICT DO NOTHING` on the unique enrolment makes a second completion, or two at
   * once, leave the first certificate as it is.
   */
  async issue(manager: EntityManager, completed: CompletedParcours): Promise<void> {
    const holder = await this.identity.contact(completed.userId, manager);
    if (!holder) return; // the account is being erased: nobody to certify
    // `ON CONFLICT DO NOTHING` covers both unique keys: the enrolment already certified (a replay: done), or a code
    // drawn twice (2^-100 per pair, but then a new code rather than a failed completion).
    for (let attempt = 1; attempt <= MAX_CODE_DRAWS; attempt += 1) {
      const code = certificateCodeFromBytes(randomBytes(CERTIFICATE_CODE_RANDOM_BYTES));
      const inserted = (await manager.query(
        `INSERT INTO certificate (code, enrolment_id, user_id, holder_name, parcours_id, parcours_title, parcours_slug, version_id, competencies, issued_at)
         SELECT $1, $2, $3, $4, v.parcours_id, v.title, v.slug, v.id,
                coalesce((SELECT jsonb_agg(jsonb_build_object('code', m.code, 'label', coalesce(c.title, m.code)) ORDER BY d.position NULLS LAST, c.position NULLS LAST, m.code)
                            FROM (SELECT DISTINCT unnest(competencies) AS code FROM version_module WHERE version_id = v.id) m
                            LEFT JOIN competency c ON c.code = m.code
                            LEFT JOIN competency_domain d ON d.code = c.domain_code), '[]'::jsonb),
                $6
           FROM parcours_version v WHERE v.id = $5
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [code, completed.enrolmentId, completed.userId, holder.name, completed.versionId, completed.completedAt],
      )) as { id: string }[];
      if (inserted.length) return;
      const existing = (await manager.query(`SELECT 1 FROM certificate WHERE enrolment_id = $1`, [completed.enrolmentId])) as unknown[];
      if (existing.length) return;
    }
    // Not a code collision three times in a row: the version does not exist. Fail the completion loudly.
    throw new Error(`No certificate could be issued for enrolment ${completed.enrolmentId} (version ${completed.versionId}).`);
  }

  async mine(userId: string): Promise<CertificateResponse[]> {
    const rows = await this.dataSource.getRepository(CertificateEntity).find({ where: { userId }, order: { issuedAt: 'DESC' } });
    return rows.map((row) => this.toResponse(row));
  }

  /** The PDF of one of the caller's certificates; someone else's is as absent as a missing one (404). */
  async pdfOf(userId: string, id: string): Promise<{ filename: string; bytes: Uint8Array }> {
    const row = await this.dataSource.getRepository(CertificateEntity).findOne({ where: { id, userId } });
    if (!row) throw new CertificateNotFoundError();
    const bytes = await this.pdf.render({
      holderName: row.holderName as string,
      parcoursTitle: row.parcoursTitle,
      issuedAt: row.issuedAt,
      competencies: row.competencies,
      code: row.code,
      verificationUrl: certificateVerificationUrl(this.identityOptions.publicUrl, row.code),
    });
    return { filename: `certificat-${row.parcoursSlug}.pdf`, bytes };
  }

  /** Public: counted per IP before the lookup, so that a refused client learns nothing about the code. */
  async verify(input: string, ip: string): Promise<CertificateVerificationResponse> {
    await this.identity.throttle(CERTIFICATE_LOOKUPS_PER_IP, ip);
    const code = normaliseCertificateCode(input);
    const row = code ? await this.dataSource.getRepository(CertificateEntity).findOne({ where: { code } }) : null;
    if (!row) throw new CertificateNotFoundError();
    if (row.revokedAt) return { valid: false, code: row.code, revoked: true };
    return {
      valid: true,
      code: row.code,
      holderName: row.holderName as string,
      parcours: { title: row.parcoursTitle, slug: row.parcoursSlug },
      issuedAt: row.issuedAt.toISOString(),
      competencies: row.competencies,
    };
  }

  private toResponse(row: CertificateEntity): CertificateResponse {
    return {
      id: row.id,
      code: row.code,
      holderName: row.holderName as string,
      parcours: { title: row.parcoursTitle, slug: row.parcoursSlug },
      issuedAt: row.issuedAt.toISOString(),
      competencies: row.competencies,
      verificationUrl: certificateVerificationUrl(this.identityOptions.publicUrl, row.code),
      pdfUrl: `/api/me/certificates/${row.id}/pdf`,
    };
  }
}
