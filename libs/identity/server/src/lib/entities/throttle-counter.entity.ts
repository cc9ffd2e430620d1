import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Fixed-window counters for abuse control, shared by every API instance. Keys hold hashes, never raw e-mails or IPs. */
@Entity({ name: 'throttle_counter' })
@Index('ix_throttle_counter_window_start', ['windowStart'])
export class ThrottleCounterEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_throttle_counter' })
  key!: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
