import { computed, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@culture-d/identity/web';
import type { MyEnrolmentResponse } from '@culture-d/progress/contracts';
import { type Translations, TranslateService, provideTranslations } from '@culture-d/shared/web/shell';
import { ApiTestingController, provideApiTesting } from '@culture-d/shared/web/testing';
import { HomePageComponent } from './home-page.component';

const FR: Translations = {
  home: {
    hero: { title: 'Se former à la culture des données, à son rythme' },
    audiences: {
      elu: { title: 'Élu·e local·e', text: 'Piloter avec les données.' },
      agent: { title: 'Agent public', text: 'Collecter et ouvrir.' },
      mediateur: { title: 'Médiateur·rice numérique', text: 'Accompagner.' },
      citoyen: { title: 'Citoyen·ne', text: 'Maîtriser ses données.' },
    },
    themes: { performance: { title: '#performance' }, innovation: { title: '#innovation' }, democratie: { title: '#démocratie' } },
    resume: { title: 'Reprendre mon parcours', link: 'Reprendre', dashboard: 'Voir tout mon parcours' },
  },
  progress: { bar: { percent: '{{percent}} % terminé' } },
};

function enrolment(slug: string, lastActivityAt: string, overrides: Partial<MyEnrolmentResponse> = {}): MyEnrolmentResponse {
  return {
    id: `e-${slug}`,
    parcours: { slug, title: `Parcours ${slug}` },
    version: 1,
    status: 'in_progress',
    startedAt: '2026-11-01T08:00:00.000Z',
    completedAt: null,
    lastActivityAt,
    percent: 45,
    next: { id: `a-${slug}`, title: `Leçon de ${slug}`, type: 'lesson', module: { key: 'm1', slug: 'm1', title: 'Module' } },
    ...overrides,
  };
}

describe('HomePageComponent', () => {
  const user = signal<{ displayName: string } | null>(null);

  beforeEach(() => user.set(null));

  async function render(): Promise<HTMLElement> {
    return (await renderFixture()).nativeElement as HTMLElement;
  }

  async function renderFixture(): Promise<ComponentFixture<HomePageComponent>> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideApiTesting(),
        { provide: AuthStore, useValue: { user, signedIn: computed(() => user() !== null), load: () => Promise.resolve(user()) } },
        provideTranslations({ fr: FR }),
      ],
    });
    await TestBed.inject(TranslateService).use('fr');
    const fixture = TestBed.createComponent(HomePageComponent);
    await settle();
    return fixture;
  }

  /** A few rounds of change detection and tasks (a pending request keeps the fixture from ever being stable). */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  async function renderSignedIn(enrolments: MyEnrolmentResponse[]): Promise<HTMLElement> {
    user.set({ displayName: 'Camille' });
    const fixture = await renderFixture();
    TestBed.inject(ApiTestingController).expectOne('/api/me/enrolments').flush(enrolments);
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  it('has exactly one h1', async () => {
    const el = await render();
    const h1s = el.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0].textContent).toBe('Se former à la culture des données, à son rythme');
  });

  it('opens four audience doors, each linking to the parcours of its audience', async () => {
    const el = await render();
    const doors = Array.from(el.querySelectorAll('[data-testid="audience-doors"] > li a'));
    expect(doors.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Élu·e local·e', '/parcours?public=elu'],
      ['Agent public', '/parcours?public=agent'],
      ['Médiateur·rice numérique', '/parcours?public=mediateur'],
      ['Citoyen·ne', '/parcours?public=citoyen'],
    ]);
  });

  it('names the three themes', async () => {
    const el = await render();
    const headings = Array.from(el.querySelectorAll('#themes h3')).map((h) => h.textContent);
    expect(headings).toEqual(['#performance', '#innovation', '#démocratie']);
  });

  describe('"Reprendre mon parcours"', () => {
    it('is absent for a visitor, who sends no request for enrolments', async () => {
      const el = await render();
      TestBed.inject(ApiTestingController).expectNone('/api/me/enrolments');
      expect(el.querySelector('[data-testid="home-resume"]')).toBeNull();
    });

    it('offers the parcours in progress touched last, its percent, its next step and the dashboard', async () => {
      const el = await renderSignedIn([enrolment('ancien', '2026-11-26T10:00:00.000Z'), enrolment('recent', '2026-11-27T10:00:00.000Z', { percent: 60 })]);
      const section = el.querySelector('[data-testid="home-resume"]');
      expect(section?.querySelector('h2')?.textContent).toBe('Reprendre mon parcours');
      expect(section?.querySelector('.cd-resume__parcours')?.textContent).toBe('Parcours recent');
      expect(section?.textContent).toContain('60 % terminé');
      const links = Array.from(section?.querySelectorAll('a') ?? []).map((a) => [a.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
      expect(links).toEqual([
        ['Reprendre : Leçon de recent', '/parcours/recent/etapes/a-recent'],
        ['Voir tout mon parcours', '/mon-parcours'],
      ]);
    });

    it('is absent when every parcours is completed', async () => {
      const el = await renderSignedIn([enrolment('fini', '2026-11-27T10:00:00.000Z', { status: 'completed', percent: 100, next: null })]);
      expect(el.querySelector('[data-testid="home-resume"]')).toBeNull();
    });

    it('is absent when the enrolments cannot be loaded (the rest of the page stays)', async () => {
      user.set({ displayName: 'Camille' });
      const fixture = await renderFixture();
      TestBed.inject(ApiTestingController).expectOne('/api/me/enrolments').flush(null, { status: 500, statusText: 'Server Error' });
      await settle();
      const el = fixture.nativeElement as HTMLElement;
      expect(el.querySelector('[data-testid="home-resume"]')).toBeNull();
      expect(el.querySelectorAll('h1')).toHaveLength(1);
    });
  });
});
