import type { Role } from '@culture-d/shared/contracts';

export interface SessionLifetime {
  idleSeconds: number;
  absoluteSeconds: number;
}

const DAY = 24 * 3600;
/** Learners and facilitators stay signed in for a while; those who can change content or accounts do not. */
export const LEARNER_LIFETIME: SessionLifetime = { idleSeconds: 7 * DAY, absoluteSeconds: 30 * DAY };
export const PRIVILEGED_LIFETIME: SessionLifetime = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600 };

export function sessionLifetime(roles: readonly Role[]): SessionLifetime {
  return roles.includes('admin') || roles.includes('author') ? PRIVILEGED_LIFETIME : LEARNER_LIFETIME;
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  idleSeconds: number;
  absoluteSeconds: number;
}

export function isSessionAlive(session: SessionTimes, now: Date): boolean {
  const idleEnd = session.lastSeenAt.getTime() + session.idleSeconds * 1000;
  const absoluteEnd = session.createdAt.getTime() + session.absoluteSeconds * 1000;
  return now.getTime() < idleEnd && now.getTime() < absoluteEnd;
}

/** The end of the session if it stays active: the absolute end, or the idle end if sooner. */
export function sessionExpiry(session: SessionTimes): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + session.idleSeconds * 1000, session.createdAt.getTime() + session.absoluteSeconds * 1000));
}

/** `last_seen_at` is written at most once a minute, to keep reads cheap. */
export const LAST_SEEN_RESOLUTION_SECONDS = 60;

/** Accounts unused for 3 years are erased; their owner is warned by e-mail 30 days before (docs/privacy.md). */
export const RETENTION = { inactiveDays: 3 * 365, warningDays: 30 } as const;

export function retentionCutoffs(now: Date): { warnIfInactiveSince: Date; purgeIfInactiveSince: Date; purgeIfWarnedBefore: Date } {
  const day = 24 * 3600 * 1000;
  return {
    warnIfInactiveSince: new Date(now.getTime() - (RETENTION.inactiveDays - RETENTION.warningDays) * day),
    purgeIfInactiveSince: new Date(now.getTime() - RETENTION.inactiveDays * day),
    purgeIfWarnedBefore: new Date(now.getTime() - RETENTION.warningDays * day),
  };
}
