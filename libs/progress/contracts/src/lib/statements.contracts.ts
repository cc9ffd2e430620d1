import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/**
 * `POST /api/statements`: up to 100 xAPI 1.0.3-shaped statements, each with the client's UUID. The whole body is
 * checked by the progress domain (`validateStatementBatch`), which names faults as `statements[3].verb.id`.
 */
export interface StatementBatchRequest {
  statements: unknown[];
}

/**
 * `accepted`: newly recorded; `duplicates`: already recorded with the same body (a replay); `conflicts`: ids already
 * used with another body or by someone else — not recorded, not worth retrying.
 */
export interface StatementBatchResponse {
  accepted: number;
  duplicates: number;
  conflicts: string[];
}

export class MyStatementsQuery {
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsUUID()
  cursor?: string;
}

/** One statement of my learning record, as xAPI shapes it (the actor is me, not repeated). */
export interface StatementResponse {
  id: string;
  verb: { id: string };
  object: { id: string; objectType?: 'Activity'; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context?: Record<string, unknown>;
  timestamp: string;
  stored: string;
}

export interface StatementPage {
  items: StatementResponse[];
  /** Null on the last page. */
  nextCursor: string | null;
}
