import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ActivityResponse } from '@culture-d/catalog/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController } from '@culture-d/shared/web/testing';
import { testProviders } from '../../testing';
import { ActivityPageComponent } from './activity-page.component';

const LESSON: ActivityResponse = {
  id: 'lesson-1',
  parcours: { slug: 'decouvrir', title: 'Découvrir les données', version: 1 },
  module: { id: 'm1', key: 'm1', title: 'Premiers pas' },
  key: 'lecon',
  title: 'Une donnée, c’est quoi ?',
  minutes: 5,
  type: 'lesson',
  blocks: [{ type: 'markdown', html: '<h2>Définition</h2><p>Premier paragraphe.</p><p>Deuxième paragraphe.</p><p>Troisième paragraphe.</p>' }],
};
const RESUME = 'Reprendre la lecture là où je m’étais arrêté·e';

describe('ActivityPageComponent: reading position', () => {
  let http: ApiTestingController;
  let fixture: ComponentFixture<ActivityPageComponent>;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  async function open(signedIn: boolean): Promise<void> {
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    fixture = TestBed.createComponent(ActivityPageComponent);
    fixture.componentRef.setInput('slug', 'decouvrir');
    fixture.componentRef.setInput('activityId', 'lesson-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .match('/api/auth/session')
      .forEach((request) => request.flush({ user: signedIn ? { id: 'u1', displayName: 'Camille' } : null }));
    http.expectOne('/api/activities/lesson-1').flush(LESSON);
    http.expectOne('/api/parcours/decouvrir').flush({ modules: [] });
    await settle();
  }

  function resumeButton(): HTMLButtonElement | undefined {
    return Array.from(host.querySelectorAll('button')).find((button) => button.textContent?.trim() === RESUME);
  }

  beforeEach(() => {
    localStorage.clear();
    // jsdom lays nothing out: the scroll itself is the browser's (Playwright checks it).
    Element.prototype.scrollIntoView = jest.fn();
  });

  afterEach(() => http.verify());

  it('offers nothing on a first reading', async () => {
    await open(false);
    expect(host.querySelector('h1')?.textContent).toBe(LESSON.title);
    expect(resumeButton()).toBeUndefined();
  });

  it('offers to resume, without moving, then brings the focus to the paragraph where the reader stopped', async () => {
    localStorage.setItem('cd-reading:lesson-1', '2');
    await open(false);
    expect(document.activeElement).toBe(document.body);
    const button = resumeButton();
    expect(button).toBeDefined();
    document.body.appendChild(host);
    button?.click();
    await settle();
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toBe('Deuxième paragraphe.');
    expect(focused.getAttribute('tabindex')).toBe('-1');
    expect(focused.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    expect(resumeButton()).toBeUndefined();
    host.remove();
  });

  describe('while reading', () => {
    const original = Element.prototype.getBoundingClientRect;
    /** Lays the lesson out as if `scrolledPast` headings and paragraphs were above the top of the window. */
    function scrollPast(scrolledPast: number): void {
      Element.prototype.getBoundingClientRect = function (this: Element) {
        const readable = Array.from(host.querySelectorAll('cd-lesson-blocks :is(h2, h3, h4, h5, h6, p)'));
        const bottom = (readable.indexOf(this) - scrolledPast + 1) * 100;
        return { top: bottom - 100, bottom, left: 0, right: 0, width: 0, height: 100, x: 0, y: bottom - 100, toJSON: () => ({}) } as DOMRect;
      };
      window.dispatchEvent(new Event('scroll'));
    }

    afterEach(() => {
      Element.prototype.getBoundingClientRect = original;
      jest.useRealTimers();
    });

    it('remembers the first paragraph on screen once the scrolling pauses', async () => {
      await open(false);
      jest.useFakeTimers();
      scrollPast(2);
      expect(localStorage.getItem('cd-reading:lesson-1')).toBeNull();
      jest.advanceTimersByTime(300);
      expect(localStorage.getItem('cd-reading:lesson-1')).toBe('2');
    });

    it('keeps the place on offer when the lesson merely opens at the top', async () => {
      localStorage.setItem('cd-reading:lesson-1', '3');
      await open(false);
      jest.useFakeTimers();
      scrollPast(0);
      jest.advanceTimersByTime(300);
      expect(localStorage.getItem('cd-reading:lesson-1')).toBe('3');
      scrollPast(1);
      jest.advanceTimersByTime(300);
      expect(localStorage.getItem('cd-reading:lesson-1')).toBe('1');
    });
  });

  it('goes to the last paragraph when the lesson has become shorter than the remembered position', async () => {
    localStorage.setItem('cd-reading:lesson-1', '40');
    await open(false);
    document.body.appendChild(host);
    resumeButton()?.click();
    expect((document.activeElement as HTMLElement).textContent).toBe('Troisième paragraphe.');
    host.remove();
  });

  it('forgets the position when the learner finishes the lesson', async () => {
    localStorage.setItem('cd-reading:lesson-1', '2');
    localStorage.setItem('cd-reading:other-lesson', '3');
    await open(true);
    http.expectOne('/api/me/parcours/decouvrir/progress').flush({ code: 'NOT_ENROLLED' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(resumeButton()).toBeDefined();
    host.querySelector<HTMLButtonElement>('.cd-activity__done-button')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/activities/lesson-1/completion' })
      .flush({ activityId: 'lesson-1', status: 'completed', completedAt: '2026-11-27T20:00:00.000Z', moduleCompleted: false, parcoursCompleted: false });
    await settle();
    http.match('/api/me/parcours/decouvrir/progress').forEach((request) => request.flush({ code: 'NOT_ENROLLED' }, { status: 404, statusText: 'Not Found' }));
    await settle();
    expect(localStorage.getItem('cd-reading:lesson-1')).toBeNull();
    expect(localStorage.getItem('cd-reading:other-lesson')).toBe('3');
    expect(resumeButton()).toBeUndefined();
  });
});
