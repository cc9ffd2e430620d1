import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyAttemptsResponse, StartAttemptResponse, SubmissionResponse } from '@culture-d/quiz/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController } from '@culture-d/shared/web/testing';
import { testProviders } from '../testing';
import { LAYOUT_STORAGE_KEY, QuizPlayerComponent } from './quiz-player.component';
import { QUESTIONS } from './testing/questions';

const ATTEMPT: StartAttemptResponse = {
  attemptId: 'att-1',
  number: 1,
  maxAttempts: 2,
  passMark: 60,
  startedAt: '2026-11-27T10:00:00.000Z',
  questions: [QUESTIONS.ordering, QUESTIONS.numeric, QUESTIONS.matching],
};

const FAILED: SubmissionResponse = {
  attemptId: 'att-1',
  score: 1.5,
  maxScore: 3,
  percent: 50,
  passed: false,
  questions: [
    { questionId: 'q-order', correct: false, points: 0, maxPoints: 1, feedback: ['<p>Collecter d’abord.</p>'], correctResponse: ['c1', 'c2', 'c0'] },
    { questionId: 'q-number', correct: true, points: 1, maxPoints: 1, feedback: [] },
    { questionId: 'q-match', correct: false, points: 0.5, maxPoints: 1, feedback: [] },
  ],
};

const HISTORY: MyAttemptsResponse = { maxAttempts: 2, attemptsLeft: 2, passMark: 60, openAttemptId: null, countingPercent: null, items: [] };

describe('QuizPlayerComponent', () => {
  let http: ApiTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function button(name: string | RegExp): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) =>
      typeof name === 'string' ? b.textContent?.replace(/\s+/g, ' ').trim() === name : name.test(b.textContent ?? ''),
    );
    if (!found)
      throw new Error(
        `no button ${name}; buttons: ${Array.from(host.querySelectorAll('button'))
          .map((b) => b.textContent?.trim())
          .join(' | ')}`,
      );
    return found;
  }

  function text(): string {
    return (host.textContent ?? '').replace(/\s+/g, ' ');
  }

  /** A signed-in learner opens the quiz step; the history says 2 attempts are left. */
  async function mount(): Promise<void> {
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    const fixture = TestBed.createComponent(QuizPlayerComponent);
    fixture.componentRef.setInput('activityId', 'quiz-1');
    fixture.componentRef.setInput('parcoursSlug', 'mon-parcours');
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    http.expectOne('/api/auth/session').flush({ user: { id: 'u1', displayName: 'Camille' } });
    await settle();
    http.expectOne('/api/quizzes/quiz-1/attempts').flush(HISTORY);
    await settle();
  }

  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    await mount();
  });

  afterEach(() => {
    http.verify();
    host.remove();
  });

  async function start(): Promise<void> {
    expect(text()).toContain('Il vous reste 2 tentatives.');
    button('Commencer le quiz').click();
    const request = http.expectOne((r) => r.method === 'POST' && r.url === '/api/quizzes/quiz-1/attempts');
    request.flush(ATTEMPT);
    await settle();
  }

  it('asks a visitor to sign in instead of starting', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    const fixture = TestBed.createComponent(QuizPlayerComponent);
    fixture.componentRef.setInput('activityId', 'quiz-1');
    host = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/auth/session').flush({ user: null });
    await settle();
    expect(text()).toContain('Connectez-vous pour faire le quiz');
    expect(host.querySelector('a[href^="/connexion"]')?.getAttribute('href')).toBe('/connexion?returnUrl=%2F');
  });

  it('shows one question at a time, keeps the answers while moving, and moves ordering items with buttons', async () => {
    await start();
    expect(text()).toContain('Question 1 sur 3');
    expect(document.activeElement?.id).toBe('q1-title');
    const items = () => Array.from(host.querySelectorAll('.cd-quiz__ordering-text')).map((item) => item.textContent);
    expect(items()).toEqual(['Publier', 'Collecter', 'Nettoyer']);

    button(/Descendre « Publier »/).click();
    await settle();
    expect(items()).toEqual(['Collecter', 'Publier', 'Nettoyer']);
    expect(host.querySelector('[aria-live="polite"].cd-sr-only')?.textContent).toContain('« Publier » : position 2 sur 3.');
    expect(document.activeElement?.id).toBe('q1-c0-down');

    button('Question suivante').click();
    await settle();
    const input = host.querySelector<HTMLInputElement>('#q2-input')!;
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(host.querySelector('label[for="q2-input"]')?.textContent).toContain('(en km)');
    input.value = '12,5';
    input.dispatchEvent(new Event('input'));
    await settle();

    // Back to the first question through the list: the order chosen is still there.
    const nav = host.querySelectorAll<HTMLButtonElement>('.cd-quiz__nav-button');
    expect(nav[1].textContent).toContain('Question 2, répondue');
    nav[0].click();
    await settle();
    expect(items()).toEqual(['Collecter', 'Publier', 'Nettoyer']);
    expect(nav[0].getAttribute('aria-current')).toBe('step');
  });

  it('confirms before sending with an unanswered question, sends the responses, then shows the result and a retry', async () => {
    await start();
    button('Question suivante').click();
    await settle();
    const input = host.querySelector<HTMLInputElement>('#q2-input')!;
    input.value = '1 200,5';
    input.dispatchEvent(new Event('input'));
    await settle();

    button('Envoyer mes réponses').click();
    await settle();
    expect(text()).toContain('Il reste une question sans réponse (question 3). Envoyer vos réponses quand même ?');
    expect(document.activeElement?.id).toBe('quiz-confirm');

    button('Oui, envoyer mes réponses').click();
    const request = http.expectOne('/api/attempts/att-1/submission');
    expect(request.request.body).toEqual({
      responses: [
        { questionId: 'q-order', response: ['c0', 'c1', 'c2'] },
        { questionId: 'q-number', response: 1200.5 },
        { questionId: 'q-match', response: null },
      ],
    });
    request.flush(FAILED);
    await settle();
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/quizzes/quiz-1/attempts').flush({ ...HISTORY, attemptsLeft: 1, countingPercent: 50 });

    expect(document.activeElement?.id).toBe('quiz-result');
    expect(text()).toContain('Quiz pas encore réussi');
    expect(text()).toContain('Votre score : 1,5 sur 3 points (50 %).');
    expect(text()).toContain('Il vous reste 1 tentative.');
    expect(text()).toContain('Réponse en partie juste (0,5 sur 1 point)');
    expect(text()).toContain('1 200,5 km');
    expect(text()).toContain('Collecter d’abord.');
    // The correct order, given by the policy, is shown after the learner's.
    const correct = host.querySelectorAll('.cd-quiz__result')[0].querySelectorAll('dd')[1];
    expect(Array.from(correct.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual(['Collecter', 'Nettoyer', 'Publier']);

    button('Recommencer le quiz').click();
    http.expectOne((r) => r.method === 'POST' && r.url === '/api/quizzes/quiz-1/attempts').flush({ ...ATTEMPT, attemptId: 'att-2', number: 2 });
    await settle();
    expect(text()).toContain('Question 1 sur 3');
  });

  it('shows every question on one page at the learner’s choice, keeps the answers across layouts, and remembers it', async () => {
    await start();
    const titles = () => Array.from(host.querySelectorAll('[id$="-title"]')).map((title) => title.textContent?.replace(/\s+/g, ' ').trim());
    expect(host.querySelector<HTMLInputElement>('#quiz-layout-paged')?.checked).toBe(true);
    expect(host.querySelector('fieldset.cd-quiz__layout legend')?.textContent).toBe('Affichage des questions');
    button('Question suivante').click();
    await settle();
    const input = host.querySelector<HTMLInputElement>('#q2-input')!;
    input.value = '12,5';
    input.dispatchEvent(new Event('input'));
    await settle();

    const all = host.querySelector<HTMLInputElement>('#quiz-layout-all')!;
    all.click();
    await settle();
    expect(titles().filter((title) => title?.startsWith('Question'))).toHaveLength(3);
    expect(host.querySelector('.cd-quiz__nav')).toBeNull();
    expect(host.querySelector<HTMLInputElement>('#q2-input')?.value).toBe('12,5');
    expect(document.activeElement?.id).toBe('q2-title'); // the question the learner was on
    expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).toBe('all');
    expect(() => button('Question suivante')).toThrow();

    // Sending from the page: the unanswered questions are named, "back" focuses the first of them.
    button('Envoyer mes réponses').click();
    await settle();
    expect(text()).toContain('Il reste une question sans réponse (question 3).');
    button('Revenir à la question 3').click();
    await settle();
    expect(document.activeElement?.id).toBe('q3-title');

    host.querySelector<HTMLInputElement>('#quiz-layout-paged')!.click();
    await settle();
    expect(text()).toContain('Question 3 sur 3'); // the question the learner went back to
    expect(titles().filter((title) => title?.startsWith('Question'))).toHaveLength(1);
    expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).toBe('paged');
  });

  it('opens in the layout chosen last time', async () => {
    localStorage.setItem(LAYOUT_STORAGE_KEY, 'all');
    host.remove();
    TestBed.resetTestingModule();
    await mount();
    await start();
    expect(host.querySelector<HTMLInputElement>('#quiz-layout-all')?.checked).toBe(true);
    expect(host.querySelectorAll('.cd-quiz__question')).toHaveLength(3);
  });

  it('says why an attempt cannot start, from the API code', async () => {
    button('Commencer le quiz').click();
    http.expectOne('/api/quizzes/quiz-1/attempts').flush({ code: 'QUIZ_MAX_ATTEMPTS', status: 422, title: 'x', type: 'about:blank' }, { status: 422, statusText: 'Unprocessable' });
    await settle();
    expect(text()).toContain('Vous avez utilisé toutes vos tentatives pour ce quiz.');
  });
});
