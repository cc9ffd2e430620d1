/**
 * @jest-environment node
 */
// The real backend against a real HTTP server: what goes on the wire, and how answers come back.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstValueFrom } from 'rxjs';
import { ApiError, type ApiRequest, fetchBackend } from './api-client';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('fetchBackend', () => {
  let server: Server;
  let base: string;
  const seen: Seen[] = [];
  /** The slow route never answers: it tells when the request arrived and when the client hung up. */
  const slow = { arrived: () => undefined as void, closed: () => undefined as void };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        if (req.url === '/api/problem') {
          res.writeHead(409, { 'content-type': 'application/problem+json', 'retry-after': '30' });
          res.end(JSON.stringify({ type: 'about:blank', status: 409, code: 'STALE_REVISION' }));
        } else if (req.url === '/api/empty') {
          res.writeHead(204).end();
        } else if (req.url?.startsWith('/api/text')) {
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('::Q1:: Quelle loi ? {=CADA ~RGPD}');
        } else if (req.url === '/api/slow') {
          res.on('close', () => slow.closed());
          slow.arrived();
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: body || null }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => (seen.length = 0));

  function request(partial: Partial<ApiRequest> & { url: string }): ApiRequest {
    const url = base + partial.url;
    return { method: 'GET', params: new URLSearchParams(), urlWithParams: url, body: undefined, headers: {}, responseType: 'json', ...partial, url };
  }

  it('GETs JSON, asking for JSON or a problem document, with no body', async () => {
    await expect(firstValueFrom(fetchBackend(request({ url: '/api/x' })))).resolves.toEqual({ ok: true, echo: null });
    expect(seen[0]).toMatchObject({ method: 'GET', body: '' });
    expect(seen[0].headers.accept).toBe('application/json, application/problem+json');
    expect(seen[0].headers['content-type']).toBeUndefined();
  });

  it('POSTs an object as JSON, and a string as text unless the caller names its type', async () => {
    await firstValueFrom(fetchBackend(request({ url: '/api/x', method: 'POST', body: { email: 'a@b.fr' } })));
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{"email":"a@b.fr"}' });
    expect(seen[0].headers['content-type']).toBe('application/json');

    await firstValueFrom(fetchBackend(request({ url: '/api/x', method: 'POST', body: '::Q:: ? {T}' })));
    expect(seen[1].headers['content-type']).toBe('text/plain; charset=utf-8');

    await firstValueFrom(fetchBackend(request({ url: '/api/x', method: 'POST', body: 'a;b', headers: { 'Content-Type': 'text/csv' } })));
    expect(seen[2].headers['content-type']).toBe('text/csv');
  });

  it('sends no body and no content type for a POST without one (sign-out)', async () => {
    await firstValueFrom(fetchBackend(request({ url: '/api/x', method: 'POST', body: null })));
    expect(seen[0].body).toBe('');
    expect(seen[0].headers['content-type']).toBeUndefined();
  });

  it('reads an empty answer (204) as null, and a text answer as text', async () => {
    await expect(firstValueFrom(fetchBackend(request({ url: '/api/empty', method: 'DELETE' })))).resolves.toBeNull();
    await expect(firstValueFrom(fetchBackend(request({ url: '/api/text', responseType: 'text' })))).resolves.toBe('::Q1:: Quelle loi ? {=CADA ~RGPD}');
  });

  it('turns a problem document into an ApiError with its status, code and headers', async () => {
    const error = await firstValueFrom(fetchBackend(request({ url: '/api/problem', method: 'PATCH', body: {} }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, body: { code: 'STALE_REVISION' } });
    expect((error as ApiError).headers.get('retry-after')).toBe('30');
  });

  it('fails with status 0 when nothing answers', async () => {
    const port = (server.address() as AddressInfo).port;
    const down = { ...request({ url: '/api/x' }), urlWithParams: `http://127.0.0.1:${port === 1 ? 2 : 1}/api/x` };
    await expect(firstValueFrom(fetchBackend(down))).rejects.toMatchObject({ name: 'ApiError', status: 0 });
  });

  it('aborts the request when the subscriber leaves, and reports nothing to it', async () => {
    const arrived = new Promise<void>((resolve) => (slow.arrived = resolve));
    const closed = new Promise<void>((resolve) => (slow.closed = resolve));
    const events: string[] = [];
    const subscription = fetchBackend(request({ url: '/api/slow' })).subscribe({ next: () => events.push('next'), error: () => events.push('error') });
    await arrived;
    subscription.unsubscribe();
    await closed; // the server sees the connection go: the request was aborted, not left running
    await Promise.resolve();
    expect(events).toEqual([]);
  });
});
