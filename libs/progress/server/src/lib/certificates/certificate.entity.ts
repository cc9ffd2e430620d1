import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CertificateCompetency } from '@culture-d/progress/contracts';

/**
 * A certificate, issued once per enrolment when its parcours completes. What it says (holder's name, parcours,
 * competencies) is a snapshot taken at issue, so that later edits of the profile or the catalogue do not change a
 * document already handed out. `user_id` has no foreign key (domains do not reference identity's tables): erasing
 * the account revokes the certificate — personal columns nulled, `revoked_at` set — and the public verification
 * then says "revoked" without anything about the person (docs/progress.md).
 */
@Entity({ name: 'certificate' })
@Unique('uq_certificate_code', ['code'])
@Unique('uq_certificate_enrolment_id', ['enrolmentId'])
@Index('ix_certificate_user_id', ['userId'])
@Check('ck_certificate_revoked', `(revoked_at IS NULL) = (user_id IS NOT NULL AND holder_name IS NOT NULL AND enrolment_id IS NOT NULL)`)
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_certificate',
  })
  id!: string;

  /** `CD-XXXX-XXXX-XXXX-XXXX-XXXX`, 100 random bits (progress domain, certificate-code.ts). */
  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true })
  enrolmentId!: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** The display name at issue. */
  @Column({ name: 'holder_name', type: 'text', nullable: true })
  holderName!: string | null;

  @Column({ name: 'parcours_id', type: 'uuid' })
  parcoursId!: string;

  @Column({ name: 'parcours_title', type: 'text' })
  parcoursTitle!: string;

  @Column({ name: 'parcours_slug', type: 'text' })
  parcoursSlug!: string;

  /** `parcours_version.id` the learner followed. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ type: 'jsonb' })
  competencies!: CertificateCompetency[];

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
