/** E-mail addresses are compared case-insensitively, trimmed and in Unicode NFC form. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}
