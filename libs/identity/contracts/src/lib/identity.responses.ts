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
  UserNotFound: 'USER_NOT_FOUND',
} as const;
export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];
