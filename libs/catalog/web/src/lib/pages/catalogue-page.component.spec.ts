import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ParcoursCardResponse } from '@culture-d/catalog/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController, type TestRequest } from '@culture-d/shared/web/testing';
import { testProviders } from '../../testing';
import { CataloguePageComponent, filtersFromParams, paramsFromFilters } from './catalogue-page.component';

const AGENT: ParcoursCardResponse = {
  slug: 'travailler-avec-les-donnees-publiques',
  title: 'Agent·e public·que : collecter, ouvrir, manipuler et valoriser les données',
  summary: 'Un parcours pratique.',
  summaryEn: 'A practical path.',
  audiences: ['agent'],
  themes: ['performance', 'innovation'],
  level: 'intermediaire',
  durationMinutes: 140,
  moduleCount: 3,
  version: 1,
};

describe('catalogue filters and the URL', () => {
  it('reads known values only, and leaves empty filters out of the URL', () => {
    expect(filtersFromParams('agent', 'democratie', ' budget ')).toEqual({ audience: 'agent', theme: 'democratie', q: 'budget' });
    expect(filtersFromParams('pirate', 'x', undefined)).toEqual({ audience: '', theme: '', q: '' });
    expect(paramsFromFilters({ audience: 'elu', theme: '', q: '  ' })).toEqual({ public: 'elu', theme: null, q: null });
  });
});

describe('CataloguePageComponent', () => {
  let harness: RouterTestingHarness;
  let http: ApiTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [...testProviders(), provideRouter([{ path: 'parcours', component: CataloguePageComponent }], withComponentInputBinding())],
    });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  /** Waits (a little) until the page has asked the API for the list. `whenStable` would wait for the answer. */
  async function listRequest(): Promise<TestRequest> {
    for (let i = 0; i < 50; i++) {
      http.match('/api/audiences').forEach((request) => request.flush([]));
      const requests = http.match((r) => r.url === '/api/parcours');
      if (requests.length > 0) return requests[requests.length - 1];
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('no request for /api/parcours');
  }

  /** Navigates to `url`, answers the list with `body` and returns the page. */
  async function open(url: string, check: (request: TestRequest) => void, body: object): Promise<HTMLElement> {
    const navigated = harness.navigateByUrl(url, CataloguePageComponent);
    const request = await listRequest();
    check(request);
    request.flush(body);
    await navigated;
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  it('shows the filters of the URL in the form, asks the API for them, and announces the results', async () => {
    const el = await open(
      '/parcours?public=agent&theme=performance&q=donnees',
      (request) => {
        expect(request.request.params.get('audience')).toBe('agent');
        expect(request.request.params.get('theme')).toBe('performance');
        expect(request.request.params.get('q')).toBe('donnees');
      },
      { items: [AGENT], total: 1 },
    );
    expect(el.querySelector<HTMLInputElement>('#filtre-public-agent')?.checked).toBe(true);
    expect(el.querySelector<HTMLSelectElement>('#filtre-theme')?.value).toBe('performance');
    expect(el.querySelector<HTMLInputElement>('#filtre-q')?.value).toBe('donnees');
    expect(el.querySelector('label[for="filtre-q"]')?.textContent?.trim()).toBe('Rechercher');
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 parcours trouvé');
    const title = el.querySelector<HTMLAnchorElement>('cd-parcours-card h3 a');
    expect(title?.textContent?.trim()).toBe(AGENT.title);
    expect(title?.getAttribute('href')).toBe('/parcours/travailler-avec-les-donnees-publiques');
    const facts = Array.from(el.querySelectorAll('cd-parcours-card dl > div')).map((pair) =>
      [pair.querySelector('dt'), pair.querySelector('dd')].map((e) => e?.textContent?.replace(/\s+/g, ' ').trim()).join(' '),
    );
    expect(facts).toEqual([
      'Public : Agent·e public·que',
      'Thèmes : Performance, Innovation',
      'Niveau : Intermédiaire',
      'Durée : 2 h 20 min',
      'Modules : 3',
    ]);
  });

  it('puts the submitted filters in the URL (empty ones left out)', async () => {
    const el = await open('/parcours', (request) => expect(request.request.params.has('audience')).toBe(false), { items: [AGENT], total: 1 });
    el.querySelector<HTMLInputElement>('#filtre-public-elu')?.click();
    const q = el.querySelector<HTMLInputElement>('#filtre-q');
    if (q) {
      q.value = '  budget ';
      q.dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const request = await listRequest();
    expect(TestBed.inject(Router).url).toBe('/parcours?public=elu&q=budget');
    expect(request.request.params.get('audience')).toBe('elu');
    expect(request.request.params.get('q')).toBe('budget');
    request.flush({ items: [], total: 0 });
    await harness.fixture.whenStable();
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe('Aucun parcours ne correspond à votre recherche.');
    expect(el.querySelector('cd-parcours-card')).toBeNull();
    expect(el.textContent).toContain('Essayez un autre mot, ou retirez un filtre.');
  });
});
