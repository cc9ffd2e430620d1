/** A date as French certificates write it, in Paris time: `27 novembre 2026`, `1er mars 2027`. */
export function frenchCertificateDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('day');
  return `${day === '1' ? '1er' : day} ${get('month')} ${get('year')}`;
}

/** The public page where anyone checks a certificate. */
export function certificateVerificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/certificats/${code}`;
}
