import { formatJoinCode, normaliseJoinCode } from '@culture-d/groups/domain';
import { ApiError } from '@culture-d/shared/web';

/** A date as people read it in the interface's language ("12 mars 2026"). */
export function formatDay(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
}

/** A date and time ("12 mars 2026 à 18:00"). */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * What the join form shows under the field while someone types: the code as the server will read it (`K7QM-2XFD`,
 * with O read as 0, I and L as 1), or null while it cannot be a code yet.
 */
export function joinCodePreview(input: string): string | null {
  const code = normaliseJoinCode(input);
  return code ? formatJoinCode(code) : null;
}

/** The link a QR code carries: the join page of this site with the code filled in. */
export function joinUrl(origin: string, code: string): string {
  return `${origin}/rejoindre?code=${encodeURIComponent(code)}`;
}

/** What a failed load means for the person: a page that does not exist (or is not theirs), or a failure worth retrying. */
export function failureKind(error: unknown): 'notFound' | 'failed' {
  return error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'notFound' : 'failed';
}
