import type { AuditEventResponse, AuditEventType } from '@culture-d/identity/contracts';
import type { Role } from '@culture-d/shared/contracts';

/** Roles an administrator gives or takes; `learner` is everyone's and always kept. */
export const EDITABLE_ROLES = ['facilitator', 'author', 'admin'] as const satisfies readonly Role[];
export type EditableRole = (typeof EDITABLE_ROLES)[number];

/**
 * The journal's event types in the filter's order. A record, so that the compiler names a type added to the contracts
 * and missing here: the web imports only types from contracts (their request classes would bring class-validator).
 */
const AUDIT_TYPE_ORDER: Record<AuditEventType, number> = {
  signed_in: 0,
  sign_in_failed: 1,
  signed_out: 2,
  registered: 3,
  registration_refused: 4,
  password_changed: 5,
  password_reset_requested: 6,
  password_reset: 7,
  roles_changed: 8,
  account_deactivated: 9,
  account_reactivated: 10,
  data_exported: 11,
  account_deleted: 12,
};
export const AUDIT_TYPES = (Object.keys(AUDIT_TYPE_ORDER) as AuditEventType[]).sort((a, b) => AUDIT_TYPE_ORDER[a] - AUDIT_TYPE_ORDER[b]);

export const USERS_PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 25;

/** The roles to send for the ticked boxes: learner first, then the ticked ones in a stable order. */
export function rolesToSave(ticked: Readonly<Record<EditableRole, boolean>>): Role[] {
  return ['learner', ...EDITABLE_ROLES.filter((role) => ticked[role])];
}

export function tickedRoles(roles: readonly Role[]): Record<EditableRole, boolean> {
  return { facilitator: roles.includes('facilitator'), author: roles.includes('author'), admin: roles.includes('admin') };
}

export function usersUrl(q: string, page: number): string {
  const params = new URLSearchParams({ limit: String(USERS_PAGE_SIZE), offset: String(page * USERS_PAGE_SIZE) });
  if (q.trim()) params.set('q', q.trim());
  return `/api/admin/users?${params}`;
}

export interface PageInfo {
  /** 1-based, for people. */
  readonly page: number;
  readonly pages: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
}

export function pageInfo(total: number, page: number, size = USERS_PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / size));
  return { page: page + 1, pages, hasPrevious: page > 0, hasNext: page + 1 < pages };
}

export interface AuditFilters {
  readonly type: AuditEventType | '';
  /** `YYYY-MM-DD` from a date field, the first day included. */
  readonly from: string;
  /** `YYYY-MM-DD`, the last day included. */
  readonly to: string;
  readonly userId?: string;
}

/** Local midnight of a `YYYY-MM-DD` day, plus `days`, as an ISO instant; null for an empty or impossible day. */
export function dayStart(day: string, days = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const day0 = new Date(year, month, date);
  if (day0.getFullYear() !== year || day0.getMonth() !== month || day0.getDate() !== date) return null;
  return new Date(year, month, date + days).toISOString();
}

/** The journal's URL: the period's last day is included (the API's `to` is exclusive, so the day after). */
export function auditUrl(filters: AuditFilters, cursor: string | null, limit = AUDIT_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filters.type) params.set('type', filters.type);
  if (filters.userId) params.set('userId', filters.userId);
  const from = dayStart(filters.from);
  const to = dayStart(filters.to, 1);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (cursor) params.set('cursor', cursor);
  return `/api/admin/audit?${params}`;
}

/** A period whose last day comes before its first: said to the person rather than sent. */
export function periodInvalid(filters: Pick<AuditFilters, 'from' | 'to'>): boolean {
  return !!filters.from && !!filters.to && filters.to < filters.from;
}

export interface DetailPart {
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

/**
 * What an event's details say, as translation keys: roles before and after, the audience at registration, reasons.
 * Unknown keys are left out rather than shown raw: the journal stays readable and in the interface's language.
 */
export function auditDetails(event: Pick<AuditEventResponse, 'type' | 'details'>, roleName: (role: string) => string = (role) => role): DetailPart[] {
  const details = event.details;
  const parts: DetailPart[] = [];
  const roles = (value: unknown) =>
    Array.isArray(value)
      ? value
          .filter((r): r is string => typeof r === 'string')
          .map(roleName)
          .join(', ')
      : '';
  if (event.type === 'roles_changed') parts.push({ key: 'admin.audit.details.roles', params: { before: roles(details['before']), after: roles(details['after']) } });
  if (typeof details['audience'] === 'string') parts.push({ key: 'admin.audit.details.audience', params: { audience: details['audience'] } });
  if (details['via'] === 'bootstrap') parts.push({ key: 'admin.audit.details.bootstrap' });
  if (details['everywhere'] === true) parts.push({ key: 'admin.audit.details.everywhere' });
  if (details['reason'] === 'deactivated') parts.push({ key: 'admin.audit.details.deactivated' });
  if (details['reason'] === 'inactivity') parts.push({ key: 'admin.audit.details.inactivity' });
  return parts;
}
