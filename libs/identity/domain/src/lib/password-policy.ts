import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@culture-d/identity/contracts';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'same_as_identity';

/**
 * NIST SP 800-63B / ANSSI style: length 12 to 128 (counted in characters, not bytes), no composition rules,
 * refused when it is a known common password (checked case-insensitively, with and without trailing digits and
 * symbols) or merely the user's own e-mail or name.
 */
export function checkPassword(password: string, isCommon: (candidate: string) => boolean, identity: string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  const stem = lowered.replace(/[\d\W_]+$/u, '');
  if (isCommon(lowered) || (stem.length >= 4 && isCommon(stem)) || /^(.)\1+$/u.test(password)) return 'too_common';
  const own = identity.map((value) => value.trim().toLowerCase()).filter((value) => value.length >= 4);
  if (own.some((value) => lowered === value || lowered === value.split('@')[0])) return 'same_as_identity';
  return null;
}
