import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A non-reversible key for counters and logs (never the raw e-mail or IP). */
export function subjectKey(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}
