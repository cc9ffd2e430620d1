import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import { existsSync, readdirSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { WEB_DIST, startServer, type RunningServer } from './support/server';

describe('one port serves the API and the web app', () => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error(`Build the web app first: ${WEB_DIST}/index.html is missing.`);
    database = await createTestDatabase();
    server = await startServer({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' });

  it('serves the French home page with a per-request CSP nonce that Angular receives', async () => {
    const first = await get('/');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const html = await first.text();
    expect(html).toContain('<html lang="fr"');
    const nonce = /ngCspNonce="([^"]+)"/i.exec(html)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script>(?!<\/script>)|onload=/); // no inline script or handler

    const second = await (await get('/')).text();
    expect(/ngCspNonce="([^"]+)"/i.exec(second)?.[1]).not.toBe(nonce);
  });

  it('falls back to the web app for deep links, but not for missing files or API paths', async () => {
    const deep = await get('/ateliers/forum-des-interconnectes');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<cd-root');

    const missingFile = await get('/missing-file.js');
    expect(missingFile.status).toBe(404);
    expect(missingFile.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const missingApi = await get('/api/does-not-exist', { accept: 'text/html' });
    expect(missingApi.status).toBe(404);
    expect((await missingApi.json()).code).toBe('NOT_FOUND');
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const hashed = readdirSync(WEB_DIST).find((f) => /^main-[A-Z0-9]{8}\.js$/.test(f));
    expect(hashed).toBeDefined();
    const res = await get(`/${hashed}`, { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
  });

  it('serves the translations for revalidation, so that index.html can preload them and a deployment never serves old ones', async () => {
    const first = await get('/i18n/fr.json', { 'accept-encoding': 'br, gzip' });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // What a browser sends to revalidate its copy (Node's fetch would add `Cache-Control: no-cache`, which asks for
    // the whole file again).
    const revalidated = await new Promise<number | undefined>((done, fail) =>
      httpGet(`${server.baseUrl}/i18n/fr.json`, { headers: { 'if-none-match': etag as string } }, (res) => {
        res.resume();
        done(res.statusCode);
      }).on('error', fail),
    );
    expect(revalidated).toBe(304);
    const index = await (await get('/', { accept: 'text/html' })).text();
    expect(index).toContain('<link rel="preload" href="/i18n/fr.json" as="fetch" crossorigin="anonymous"');
  });

  it('reports readiness with the database up', async () => {
    const res = await get('/api/health/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI description and its viewer', async () => {
    const json = await get('/api/docs-json');
    expect(json.status).toBe(200);
    expect((await json.json()).info.title).toBe('Culture D API');
    const ui = await get('/api/docs');
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
