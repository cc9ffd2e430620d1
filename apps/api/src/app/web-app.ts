import fastifyStatic from '@fastify/static';
import type { NotFoundFallback } from '@culture-d/shared/server';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Angular's hashed file names (`main-ABCD1234.js`, `media/font-XYZ.woff2`): safe to cache for a year. */
const HASHED = /-[A-Z0-9]{8}\.(js|css|woff2?|svg|png|jpg|webp)$/;
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function contentSecurityPolicy(nonce: string | undefined, upgradeInsecure: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (upgradeInsecure) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * Serves the built Angular app from `webDist` on the same port as the API, with long caching for hashed files and
 * the SPA fallback: any other GET outside `/api` receives `index.html`, with a fresh CSP nonce that Angular uses
 * for the styles it inserts at run time (`ngCspNonce`).
 */
export async function serveWebApp(
  fastify: FastifyInstance,
  options: { webDist: string; upgradeInsecure: boolean },
  logger: Logger,
): Promise<NotFoundFallback> {
  const root = resolve(options.webDist);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    logger.warn({ webDist: root }, 'No built web app found: only the API is served. Run `npm run build` first.');
    return () => false;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');

  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    serveDotFiles: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      // Translations change with the code but keep their names: revalidated each time (a 304 with their ETag), so
      // that a deployment never mixes old texts with new code, and `index.html` can preload them.
      const policy = HASHED.test(path) ? 'public, max-age=31536000, immutable' : /[\\/]i18n[\\/][^\\/]+\.json$/.test(path) ? 'no-cache' : 'public, max-age=3600';
      void res.header('Cache-Control', policy);
    },
  });

  return (request, reply) => {
    const path = request.url.split('?')[0];
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api') && path !== '/metrics';
    // A missing asset (`/missing.js`) stays a 404; a page path (`/ateliers/abc`) is the SPA's to route.
    if (!isPage || /\.[a-z0-9]{1,5}$/i.test(path)) return false;
    const nonce = randomBytes(16).toString('base64');
    void reply
      .status(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', contentSecurityPolicy(nonce, options.upgradeInsecure))
      .send(indexHtml.replaceAll(NONCE_PLACEHOLDER, nonce));
    return true;
  };
}
