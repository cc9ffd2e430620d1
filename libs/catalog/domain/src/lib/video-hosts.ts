/**
 * Hosts a video block may point to: privacy-friendly PeerTube instances only (no advertising trackers, no
 * third-party cookies before play), served over HTTPS. Matching is on the exact host name (no sub-domain wildcard),
 * so that a look-alike such as `framatube.org.example.com` is refused.
 *
 * To add an instance: check it runs PeerTube, is hosted in the EU by a public body or a non-profit, and embeds
 * without third-party trackers; add its host below, with a comment saying who runs it, and mention it in
 * docs/adr/0009-content-rendering-and-validation.md. The API's Content-Security-Policy `frame-src` must list the
 * same hosts (catalog server).
 */
export const ALLOWED_VIDEO_HOSTS: readonly string[] = [
  // Apps Éducation (ministère de l'Éducation nationale), PeerTube instance for digital education.
  'tube-numerique-educatif.apps.education.fr',
  // Framasoft (association), the publisher of PeerTube.
  'framatube.org',
  // PeerTube instance run by the PeerTube community (Framasoft-listed).
  'peertube.fr',
];

/** Why a video URL is refused, or `null` when it may be embedded. */
export function checkVideoUrl(url: string, allowedHosts: readonly string[] = ALLOWED_VIDEO_HOSTS): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (parsed.protocol !== 'https:') return 'must use https';
  if (parsed.username !== '' || parsed.password !== '') return 'must not contain credentials';
  if (parsed.port !== '') return 'must not name a port';
  if (!allowedHosts.includes(parsed.hostname)) return `host ${parsed.hostname} is not an allowed video host (${allowedHosts.join(', ')})`;
  return null;
}

/** Why a link URL is refused, or `null` for an absolute http(s) URL. */
export function checkLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'must be an http(s) URL';
  if (parsed.username !== '' || parsed.password !== '') return 'must not contain credentials';
  return null;
}
