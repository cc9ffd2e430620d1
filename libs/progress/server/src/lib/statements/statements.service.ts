import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StatementBatchResponse, StatementPage, StatementResponse } from '@culture-d/progress/contracts';
import { ADL_VERB_PREFIX, canonicalStatementBody, validateStatementBatch, type ValidStatement } from '@culture-d/progress/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InvalidStatementsError } from './statements.errors';

interface StatementRow {
  id: string;
  verb: string;
  object: StatementResponse['object'];
  result: Record<string, unknown> | null;
  context: Record<string, unknown> | null;
  timestamp: Date;
  stored: Date;
}

/**
 * Ingestion in a bounded number of queries whatever the batch size: one `INSERT … SELECT FROM unnest(…) ON CONFLICT
 * (id) DO NOTHING RETURNING id`, then, only when some ids were already taken, one SELECT to tell replays (same person,
 * same body hash) from conflicts. The INSERT is one statement: it is atomic, and concurrent replays of one batch wait
 * on each other's uncommitted rows, then skip them — exactly one row per statement id.
 */
@Injectable()
export class StatementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `body`: the request body as parsed JSON, checked here whole (`{ statements: [...] }`). */
  async ingest(userId: string, body: unknown): Promise<StatementBatchResponse> {
    const { statements, errors } = validateStatementBatch(body);
    if (errors.length) throw new InvalidStatementsError(errors);

    // The same id twice in one batch: the first occurrence is the one recorded, the others are replays or conflicts.
    const hashes = new Map<string, string>();
    const unique: (ValidStatement & { hash: string })[] = [];
    let duplicates = 0;
    const conflicts = new Set<string>();
    for (const statement of statements) {
      const hash = createHash('sha256').update(canonicalStatementBody(statement)).digest('hex');
      const seen = hashes.get(statement.id);
      if (seen === undefined) {
        hashes.set(statement.id, hash);
        unique.push({ ...statement, hash });
      } else if (seen === hash) duplicates += 1;
      else conflicts.add(statement.id);
    }

    const inserted = (await this.dataSource.query(
      `INSERT INTO statement (id, user_id, verb, object_id, object, result, context, timestamp, body_hash)
       SELECT s.id, $1, s.verb, s.object ->> 'id', s.object, s.result, s.context, coalesce(s.timestamp, now()), decode(s.hash, 'hex')
         FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::jsonb[], $7::timestamptz[], $8::text[]) AS s(id, verb, object, result, context, timestamp, hash)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        userId,
        unique.map((s) => s.id),
        unique.map((s) => s.verb),
        unique.map((s) => JSON.stringify(s.object)),
        unique.map((s) => (s.result ? JSON.stringify(s.result) : null)),
        unique.map((s) => (s.context ? JSON.stringify(s.context) : null)),
        unique.map((s) => s.timestamp),
        unique.map((s) => s.hash),
      ],
    )) as { id: string }[];

    const recorded = new Set(inserted.map((r) => r.id));
    const taken = unique.filter((s) => !recorded.has(s.id));
    if (taken.length) {
      const existing = (await this.dataSource.query(
        `SELECT id, user_id = $1 AND body_hash = decode(h.hash, 'hex') AS same FROM statement JOIN unnest($2::uuid[], $3::text[]) AS h(sid, hash) ON h.sid = statement.id`,
        [userId, taken.map((s) => s.id), taken.map((s) => s.hash)],
      )) as { id: string; same: boolean }[];
      for (const row of existing) {
        if (row.same) duplicates += 1;
        else conflicts.add(row.id);
      }
    }
    return { accepted: recorded.size, duplicates, conflicts: [...conflicts] };
  }

  /** My record, newest stored first; the cursor is the last statement's id (keyset on `(stored, id)`). */
  async mine(userId: string, limit: number, cursor?: string): Promise<StatementPage> {
    const rows = (await this.dataSource.query(
      `SELECT id, verb, object, result, context, timestamp, stored FROM statement
        WHERE user_id = $1
          AND ($2::uuid IS NULL OR (stored, id) < (SELECT c.stored, c.id FROM statement c WHERE c.id = $2 AND c.user_id = $1))
        ORDER BY stored DESC, id DESC
        LIMIT $3`,
      [userId, cursor ?? null, limit + 1],
    )) as StatementRow[];
    const page = rows.slice(0, limit);
    return { items: page.map(toResponse), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
  }
}

export function toResponse(row: StatementRow): StatementResponse {
  return {
    id: row.id,
    verb: { id: ADL_VERB_PREFIX + row.verb },
    object: row.object,
    ...(row.result ? { result: row.result } : {}),
    ...(row.context ? { context: row.context } : {}),
    timestamp: row.timestamp.toISOString(),
    stored: row.stored.toISOString(),
  };
}
