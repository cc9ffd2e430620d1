import type { Audience, Role } from '@culture-d/shared/contracts';
import type { Locale } from './identity.requests';

export interface UserResponse {
  id: string;
  email: string;
  displayName: string;
  audience: Audience;
  roles: Role[];
  locale: Locale;
}

export interface SessionResponse {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface AdminUserResponse extends UserResponse {
  createdAt: string;
  lastActiveAt: string | null;
  active: boolean;
  deactivatedAt: string | null;
}

/** The security journal as administrators read it. */
export const AUDIT_EVENT_TYPES = [
  'signed_in',
  'sign_in_failed',
  'signed_out',
  'registered',
  'registration_refused',
  'password_changed',
  'password_reset_requested',
  'password_reset',
  'roles_changed',
  'account_deactivated',
  'account_reactivated',
  'data_exported',
  'account_deleted',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export interface AuditPersonResponse {
  id: string;
  displayName: string;
}

export interface AuditEventResponse {
  id: string;
  occurredAt: string;
  type: AuditEventType;
  /** Null once the account is erased (the event stays as an anonymous fact). */
  user: AuditPersonResponse | null;
  /** Who acted when not the person themself (an administrator). */
  actor: AuditPersonResponse | null;
  details: Record<string, unknown>;
}

export interface AuditPageResponse {
  items: AuditEventResponse[];
  nextCursor: string | null;
}

export interface ListResponse<T> {
  items: T[];
  total: number;
  nextCursor?: string;
}

export const IdentityErrorCode = {
  InvalidCredentials: 'INVALID_CREDENTIALS',
  EmailTaken: 'EMAIL_TAKEN',
  PasswordTooCommon: 'PASSWORD_TOO_COMMON',
  PasswordTooShort: 'PASSWORD_TOO_SHORT',
  ResetTokenInvalid: 'RESET_TOKEN_INVALID',
  WrongPassword: 'WRONG_PASSWORD',
  LastAdmin: 'LAST_ADMIN',
  NothingToChange: 'NOTHING_TO_CHANGE',
  UserNotFound: 'USER_NOT_FOUND',
} as const;
export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];
