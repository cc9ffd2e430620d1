import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiClient, ApiError } from './api-client';
import { ApiTestingController, provideApiTesting } from './api-testing';

describe('ApiClient (with the testing controller)', () => {
  let api: ApiClient;
  let http: ApiTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideApiTesting()] });
    api = TestBed.inject(ApiClient);
    http = TestBed.inject(ApiTestingController);
  });

  it('sends the query parameters it is given, leaving out empty ones and repeating arrays', () => {
    api.get('/api/parcours', { params: { q: 'données', audience: ['elu', 'agent'], theme: undefined, level: null, limit: 12, mine: false } }).subscribe();
    const request = http.expectOne('/api/parcours?q=donn%C3%A9es&audience=elu&audience=agent&limit=12&mine=false');
    expect(request.request.method).toBe('GET');
    expect(request.request.url).toBe('/api/parcours');
    expect(request.request.params.getAll('audience')).toEqual(['elu', 'agent']);
    expect(request.request.params.has('theme')).toBe(false);
    http.verify();
  });

  it('sends the method and body of a write, and delivers the answer synchronously when the spec flushes it', () => {
    const seen: unknown[] = [];
    api.patch('/api/me', { displayName: 'Camille' }).subscribe((body) => seen.push(body));
    const request = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(request.request.body).toEqual({ displayName: 'Camille' });
    request.flush({ id: 'u1', displayName: 'Camille' });
    expect(seen).toEqual([{ id: 'u1', displayName: 'Camille' }]);
  });

  it('sends the body of a DELETE when there is one', () => {
    api.delete('/api/me', { body: { password: 'secret' } }).subscribe();
    expect(http.expectOne({ method: 'DELETE' }).request.body).toEqual({ password: 'secret' });
  });

  it('fails with an ApiError carrying the status, the problem document and the headers', async () => {
    const answer = firstValueFrom(api.post('/api/workshops/w1/registrations', {}));
    http.expectOne('/api/workshops/w1/registrations').flush({ code: 'RATE_LIMITED', status: 429 }, { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '120' } });
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' }, statusText: 'Too Many Requests' });
    expect((error as ApiError).headers.get('retry-after')).toBe('120');
  });

  it('fails with status 0 when the network is down', async () => {
    const answer = firstValueFrom(api.get('/api/auth/me'));
    http.expectOne('/api/auth/me').networkError();
    await expect(answer).rejects.toMatchObject({ name: 'ApiError', status: 0 });
  });

  it('marks a request cancelled when the code unsubscribes, and refuses to answer it', () => {
    const subscription = api.get('/api/parcours').subscribe();
    subscription.unsubscribe();
    const [request] = http.match('/api/parcours');
    expect(request.cancelled).toBe(true);
    expect(() => request.flush([])).toThrow(/cancelled/);
    http.verify();
  });

  it('verify() names the requests nobody answered', () => {
    api.get('/api/referentiel').subscribe();
    expect(() => http.verify()).toThrow('Unanswered: GET /api/referentiel.');
  });

  it('expectOne() fails with the list of waiting requests when none or several match', () => {
    api.get('/api/a').subscribe();
    api.get('/api/a').subscribe();
    expect(() => http.expectOne('/api/b')).toThrow('Expected one request for /api/b, found 0. Unanswered: GET /api/a, GET /api/a.');
    expect(() => http.expectOne('/api/a')).toThrow('found 2');
  });
});
