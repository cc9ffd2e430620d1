import http from 'node:http';
import net from 'node:net';

/** One GET without keep-alive (so no socket outlives the call). Resolves with status and body, rejects on network errors. */
export function httpGet(url, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/**
 * One request without keep-alive, any method, an optional JSON body (`json`) or raw body (`body`, headers given). Resolves with status, headers and body; rejects on
 * network errors. No `Origin` header is sent: the API refuses state-changing requests from a foreign origin only.
 *
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, json?: unknown, body?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: string }>}
 */
export function httpRequest(url, { method = 'GET', headers = {}, json, body: raw, timeoutMs = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    const body = json === undefined ? (raw === undefined ? undefined : Buffer.from(raw)) : Buffer.from(JSON.stringify(json));
    const request = http.request(
      url,
      { method, agent: false, timeout: timeoutMs, headers: body ? { 'content-type': 'application/json', ...headers, 'content-length': String(body.length) } : headers },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer from ${method} ${url} within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** A TCP port that is free on 127.0.0.1 right now (asked from the kernel, so parallel runs do not collide). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}
