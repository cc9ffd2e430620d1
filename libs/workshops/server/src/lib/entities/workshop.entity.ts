import type { Audience } from '@culture-d/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export interface Venue {
  name: string;
  address: string;
  postcode: string;
  city: string;
}

export interface SurveyQuestion {
  key: string;
  kind: 'scale' | 'choice' | 'text';
  question: string;
  choices?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
}

/** An atelier. `confirmed_count` is the seat counter that registration updates conditionally (never above capacity). */
@Entity({ name: 'workshop' })
@Unique('uq_workshop_slug', ['slug'])
@Index('ix_workshop_starts_at', ['startsAt'])
@Check('ck_workshop_capacity', `capacity IS NULL OR capacity > 0`)
@Check('ck_workshop_seats', `capacity IS NULL OR confirmed_count <= capacity`)
@Check('ck_workshop_confirmed_count', `confirmed_count >= 0`)
@Check('ck_workshop_times', `ends_at > starts_at`)
@Check('ck_workshop_status', `status IN ('draft', 'published', 'cancelled')`)
@Check('ck_workshop_format', `format IN ('in_person', 'online', 'hybrid')`)
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop' })
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', array: true })
  audiences!: Audience[];

  @Column({ type: 'text' })
  format!: 'in_person' | 'online' | 'hybrid';

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  venue!: Venue | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  partners!: string[];

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ name: 'confirmed_count', type: 'integer', default: 0 })
  confirmedCount!: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz' })
  registrationClosesAt!: Date;

  @Column({ type: 'text' })
  status!: 'draft' | 'published' | 'cancelled';

  /** Parcours and modules this workshop prepares or follows up (by slug). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  links!: { parcours: string; module?: string; role: 'preparation' | 'follow_up' }[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  survey!: SurveyQuestion[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
