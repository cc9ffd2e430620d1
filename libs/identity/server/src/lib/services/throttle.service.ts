import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TooManyAttemptsError, retryAfterSeconds, type ThrottleRule } from '@culture-d/identity/domain';
import { DataSource } from 'typeorm';
import { subjectKey } from './tokens';

/** Fixed-window counters in PostgreSQL: every API instance sees the same counts. */
@Injectable()
export class ThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refuses (429) when the subject has already reached the rule's limit in the current window. */
  async assertAllowed(rule: ThrottleRule, subject: string): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT window_start, count FROM throttle_counter WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
      [this.key(rule, subject), rule.windowSeconds],
    )) as { window_start: Date; count: number }[];
    if (rows.length && rows[0].count >= rule.limit) {
      throw new TooManyAttemptsError(retryAfterSeconds(rows[0].window_start, rule, new Date()));
    }
  }

  /** Counts one event; a window that has ended starts again at 1. One statement, safe under concurrency. */
  async hit(rule: ThrottleRule, subject: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO throttle_counter (key, window_start, count) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN throttle_counter.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE throttle_counter.count + 1 END,
         window_start = CASE WHEN throttle_counter.window_start <= now() - make_interval(secs => $2) THEN now() ELSE throttle_counter.window_start END
       RETURNING count`,
      [this.key(rule, subject), rule.windowSeconds],
    )) as { count: number }[];
    return row.count;
  }

  async reset(rule: ThrottleRule, subject: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM throttle_counter WHERE key = $1`, [this.key(rule, subject)]);
  }

  private key(rule: ThrottleRule, subject: string): string {
    return `${rule.name}:${subjectKey(subject)}`;
  }
}
