import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Length, Min, ValidateNested } from 'class-validator';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import { Public, Roles } from '@culture-d/shared/server';
import { startTestApp, type TestApp } from '../testing/test-app';

class ContactRequest {
  @IsEmail()
  email!: string;
}

class ProbeRequest {
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsInt()
  @Min(0)
  count!: number;

  @ValidateNested()
  @Type(() => ContactRequest)
  contact!: ContactRequest;
}

class SeatTakenError extends DomainError {
  readonly code = 'WORKSHOP_FULL';
  readonly kind = DomainErrorKind.Conflict;
}

/** A probe mounted only in this test, to drive the global pipeline (validation, errors, access) end to end. */
@Controller('probe')
class ProbeController {
  @Public()
  @Post()
  create(@Body() body: ProbeRequest) {
    return { received: body };
  }

  @Public()
  @Post('conflict')
  conflict() {
    throw new SeatTakenError('No seat left.', { seatsLeft: 0 });
  }

  @Public()
  @Get('crash')
  crash() {
    throw new Error('connection to postgres://admin:hunter2@db failed');
  }

  @Get('undeclared')
  undeclared() {
    return 'should never be reached';
  }

  @Roles('admin')
  @Get('admin')
  admin() {
    return 'admins only';
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('the HTTP pipeline (in-process, real PostgreSQL)', () => {
  let t: TestApp;
  const valid = { name: 'Atelier', count: 2, contact: { email: 'a@example.org' } };

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  const post = (url: string, payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });

  it('says it is alive and that the database is up', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok' });

    const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up', server: expect.stringMatching(/^PostgreSQL \d+/) } } });
  });

  it('answers an unknown API path with a problem+json 404 carrying the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not Found', instance: '/api/nothing-here', requestId: 'trace-12345678' });
  });

  it('replaces a request id that does not look like one', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'bad id\u0000' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts a valid body and converts it to the request class', async () => {
    const res = await post('/api/probe', JSON.stringify(valid));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ received: valid });
  });

  it('refuses malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await post('/api/probe', '{"name": "Atelier",');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  it('refuses unknown fields, naming them', async () => {
    const res = await post('/api/probe', JSON.stringify({ ...valid, isAdmin: true, contact: { email: 'a@example.org', role: 'x' } }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contact.role', 'isAdmin']);
  });

  it('reports every wrong type per field, nested fields by their path', async () => {
    const res = await post('/api/probe', JSON.stringify({ name: 42, count: 'two', contact: { email: 'nope' } }));
    expect(res.statusCode).toBe(400);
    const fields = new Set(res.json().errors.map((e: { field: string }) => e.field));
    expect(fields).toEqual(new Set(['name', 'count', 'contact.email']));
  });

  it.each([['null'], ['[]'], ['"text"'], ['42'], ['{}']])('answers the body %s with a 400, never a 500', async (payload) => {
    const res = await post('/api/probe', payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses a 2 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post('/api/probe', JSON.stringify({ ...valid, name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('refuses a content type it does not parse with 415', async () => {
    const res = await post('/api/probe', 'name=Atelier', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('maps a domain error to its status, stable code and safe details', async () => {
    const res = await post('/api/probe/conflict', '{}');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'WORKSHOP_FULL', detail: 'No seat left.', seatsLeft: 0 });
  });

  it('answers an unexpected failure with a bare 500 that leaks nothing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/probe/crash' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(res.body).not.toMatch(/hunter2|postgres:|stack|Error:/);
  });

  it('denies a route that declares no access rule, and asks for a session on a role-protected one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/probe/undeclared' })).statusCode).toBe(403);
    const admin = await t.app.inject({ method: 'GET', url: '/api/probe/admin' });
    expect(admin.statusCode).toBe(401);
    expect(admin.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('compresses large answers for clients that accept it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs-json', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('publishes its OpenAPI description', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(res.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./), info: { title: 'Culture D API' } });
    expect(Object.keys(res.json().paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/ready']));
  });

  it('exposes Prometheus metrics to a local scraper', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('route="/api/health"');
  });
});

describe('metrics behind a token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: 'a-long-secret-token-1234' } });
  });
  afterAll(() => t.close());

  it('hides /metrics without the token and shows it with it', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(404);
    const ok = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer a-long-secret-token-1234' } });
    expect(ok.statusCode).toBe(200);
  });
});
