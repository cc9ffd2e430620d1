import type { ProblemMapping } from '@culture-d/shared/web';

/** Codes with their own text in `identity.errors`; the codes any route may give read from the shared `form.errors`. */
const IDENTITY_CODES = ['INVALID_CREDENTIALS', 'EMAIL_TAKEN', 'PASSWORD_TOO_COMMON', 'PASSWORD_TOO_SHORT', 'RESET_TOKEN_INVALID', 'WRONG_PASSWORD'];

/** How an identity form reads the API's problems (the shared form kit, with the identity texts). */
export function identityForm(mapping: Omit<ProblemMapping, 'namespace' | 'knownCodes'>): ProblemMapping {
  return { namespace: 'identity', knownCodes: IDENTITY_CODES, ...mapping };
}

/** A path of this site to go to after signing in, or `fallback`: never another origin (`//host`, `/\host`, `https:`). */
export function safeReturnUrl(value: unknown, fallback = '/compte'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if ([...value].some((character) => character.charCodeAt(0) < 0x20)) return fallback;
  return value;
}
