import type { AdminUserResponse, SessionResponse, UserResponse } from '@culture-d/identity/contracts';
import { sessionExpiry } from '@culture-d/identity/domain';
import type { SessionEntity } from './entities/session.entity';
import type { UserAccountEntity } from './entities/user-account.entity';

export function toUserResponse(user: UserAccountEntity): UserResponse {
  return { id: user.id, email: user.email, displayName: user.displayName, audience: user.audience, roles: user.roles, locale: user.locale };
}

export function toAdminUserResponse(user: UserAccountEntity): AdminUserResponse {
  return {
    ...toUserResponse(user),
    createdAt: user.createdAt.toISOString(),
    lastActiveAt: user.lastActiveAt?.toISOString() ?? null,
    active: user.deactivatedAt === null,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  };
}

export function toSessionResponse(session: SessionEntity, currentSessionId: string | undefined): SessionResponse {
  return {
    id: session.id,
    current: session.id === currentSessionId,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    expiresAt: sessionExpiry(session).toISOString(),
    userAgent: session.userAgent,
  };
}
