import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEventResponse, AuditEventType, AuditPageResponse } from '@culture-d/identity/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import { DataSource } from 'typeorm';

interface AuditRow {
  id: string;
  occurred_at: Date;
  /** The exact timestamp (microseconds) for the cursor: a JS Date would round it to milliseconds. */
  occurred_key: string;
  type: AuditEventType;
  user_id: string | null;
  user_name: string | null;
  actor_id: string | null;
  actor_name: string | null;
  details: Record<string, unknown>;
}

class CursorInvalidError extends DomainError {
  readonly code = 'CURSOR_INVALID';
  readonly kind = DomainErrorKind.Invalid;
  constructor() {
    super('This cursor was not given by this route.', {}, [{ field: 'cursor', message: 'cursor must be a nextCursor given by this route' }]);
  }
}

/** `<occurred_at as text>|<id>` in base64url: opaque to clients, stable under new events (keyset, newest first). */
function encodeCursor(row: AuditRow): string {
  return Buffer.from(`${row.occurred_key}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)\|(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new CursorInvalidError();
  return { at: match[1], id: match[2] };
}

/**
 * The security journal for administrators, newest first, by keyset (occurred_at, id). Details are what the use cases
 * wrote (audience, roles before and after, reasons): never passwords, tokens or e-mail addresses.
 */
@Injectable()
export class ListAuditEventsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: { type?: AuditEventType; userId?: string; from?: string; to?: string; limit: number; cursor?: string }): Promise<AuditPageResponse> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.type) where.push(`e.type = ${param(query.type)}`);
    if (query.userId) where.push(`(e.user_id = ${param(query.userId)} OR e.actor_id = $${params.length})`);
    if (query.from) where.push(`e.occurred_at >= ${param(query.from)}::timestamptz`);
    if (query.to) where.push(`e.occurred_at < ${param(query.to)}::timestamptz`);
    if (query.cursor) {
      const { at, id } = decodeCursor(query.cursor);
      where.push(`(e.occurred_at, e.id) < (${param(at)}::timestamptz, ${param(id)}::bigint)`);
    }
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id, e.occurred_at, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_key,
              e.type, e.user_id, u.display_name AS user_name, e.actor_id, a.display_name AS actor_name, e.details
         FROM audit_event e
         LEFT JOIN user_account u ON u.id = e.user_id
         LEFT JOIN user_account a ON a.id = e.actor_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT ${param(query.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toResponse),
      nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }
}

function toResponse(row: AuditRow): AuditEventResponse {
  return {
    id: String(row.id),
    occurredAt: row.occurred_at.toISOString(),
    type: row.type,
    user: row.user_id && row.user_name !== null ? { id: row.user_id, displayName: row.user_name } : null,
    // An erased actor's id is cut at erasure; the join also guards against an id that no longer names anyone.
    actor: row.actor_id && row.actor_name !== null ? { id: row.actor_id, displayName: row.actor_name } : null,
    details: row.details,
  };
}
