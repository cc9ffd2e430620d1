import { CommonErrorCode, PROBLEM_CONTENT_TYPE } from '@culture-d/shared/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for every state-changing request (docs/adr/0003): a browser request must come from our own origin
 * (`Sec-Fetch-Site: same-origin`, or an `Origin` we serve). Clients that send neither header are not browsers and
 * cannot be driven by another site. JSON-only bodies complete the defence (no form encodings are parsed).
 */
export function registerCsrfProtection(fastify: FastifyInstance, publicUrl: string): void {
  const allowed = new Set([new URL(publicUrl).origin]);
  fastify.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || isSameOrigin(request, allowed)) return;
    await reply
      .status(403)
      .header('Content-Type', PROBLEM_CONTENT_TYPE)
      .send({
        type: 'https://culture-d.fr/problems/csrf-rejected',
        title: 'Forbidden',
        status: 403,
        code: CommonErrorCode.CsrfRejected,
        detail: 'This request comes from another site.',
        instance: request.url.split('?')[0],
        requestId: String(request.id),
      });
  });
}

function isSameOrigin(request: FastifyRequest, allowed: Set<string>): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return true;
  return allowed.has(origin) || origin === `${request.protocol}://${request.host}`;
}
