import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** Référentiel: domains of data culture… */
@Entity({ name: 'competency_domain' })
export class CompetencyDomainEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_competency_domain' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** …and their competencies, which modules and questions are tagged with. */
@Entity({ name: 'competency' })
@Index('ix_competency_domain_code', ['domainCode'])
export class CompetencyEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_competency' })
  code!: string;

  @Column({ name: 'domain_code', type: 'text' })
  domainCode!: string;

  @ManyToOne(() => CompetencyDomainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'domain_code', foreignKeyConstraintName: 'fk_competency_domain' })
  domain?: CompetencyDomainEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'integer' })
  position!: number;
}
