export interface ThrottleRule {
  /** Prefix of the counter key; the subject (hashed e-mail or IP) is appended. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Limits counted in PostgreSQL (shared by every API instance). */
export const THROTTLE_RULES = {
  loginFailuresPerAccount: { name: 'login-account', limit: 30, windowSeconds: 15 * 60 },
  loginFailuresPerIp: { name: 'login-ip', limit: 100, windowSeconds: 15 * 60 },
  /** Every attempt, successes included: one account must not keep the CPU busy with argon2 (ADR 0008). */
  loginAttemptsPerIp: { name: 'login-any-ip', limit: 300, windowSeconds: 15 * 60 },
  /**
   * A workshop at a médiathèque or a third place: 30 people behind the building's one public address create their
   * accounts in the same hour, with room to spare; each registration costs an argon2 hash, so it stays bounded.
   */
  registrationsPerIp: { name: 'register-ip', limit: 60, windowSeconds: 3600 },
  registrationsPerAccount: { name: 'register-account', limit: 5, windowSeconds: 3600 },
  resetRequestsPerAccount: { name: 'reset-account', limit: 5, windowSeconds: 3600 },
  resetRequestsPerIp: { name: 'reset-ip', limit: 30, windowSeconds: 3600 },
  /** Guests' workshop registrations send e-mails to the address given: bounded per IP and per address. */
  guestRegistrationsPerIp: { name: 'guest-ip', limit: 20, windowSeconds: 3600 },
  guestRegistrationsPerAddress: { name: 'guest-address', limit: 3, windowSeconds: 3600 },
} as const satisfies Record<string, ThrottleRule>;

/** Seconds until a window that started at `windowStart` ends (at least 1). */
export function retryAfterSeconds(windowStart: Date, rule: ThrottleRule, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000));
}
