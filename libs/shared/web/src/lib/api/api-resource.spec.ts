import { ApplicationRef, Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from './api-client';
import { apiResource } from './api-resource';
import { ApiTestingController, provideApiTesting } from './api-testing';

describe('apiResource', () => {
  let http: ApiTestingController;
  let injector: Injector;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideApiTesting()] });
    http = TestBed.inject(ApiTestingController);
    injector = TestBed.inject(Injector);
  });

  it('stays idle while the request is undefined, then loads, and reloads when the request changes', async () => {
    const slug = signal<string | undefined>(undefined);
    const parcours = apiResource<{ title: string }>(() => (slug() ? { url: `/api/parcours/${slug()}`, params: { preview: undefined } } : undefined), { injector });
    TestBed.tick();
    http.expectNone(() => true);
    expect(parcours.status()).toBe('idle');

    slug.set('decouvrir');
    TestBed.tick();
    expect(parcours.isLoading()).toBe(true);
    http.expectOne('/api/parcours/decouvrir').flush({ title: 'Découvrir' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(parcours.value()).toEqual({ title: 'Découvrir' });

    slug.set('approfondir');
    TestBed.tick();
    const next = http.expectOne('/api/parcours/approfondir');
    slug.set('publier'); // the previous load is aborted
    TestBed.tick();
    expect(next.cancelled).toBe(true);
    http.expectOne('/api/parcours/publier').flush({ title: 'Publier' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(parcours.value()).toEqual({ title: 'Publier' });
  });

  it('exposes the ApiError of a failed load, and loads again on reload()', async () => {
    const parcours = apiResource<{ title: string }>(() => '/api/parcours/inconnu', { injector });
    TestBed.tick();
    http.expectOne('/api/parcours/inconnu').flush({ code: 'NOT_FOUND' }, { status: 404 });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(parcours.status()).toBe('error');
    expect(parcours.error()).toBeInstanceOf(ApiError);
    expect((parcours.error() as ApiError).status).toBe(404);

    parcours.reload();
    TestBed.tick();
    http.expectOne('/api/parcours/inconnu').flush({ title: 'Enfin' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(parcours.value()).toEqual({ title: 'Enfin' });
  });
});
