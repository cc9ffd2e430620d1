import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AuthoringParcoursResponse, QuizDocument } from '@culture-d/catalog/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController } from '@culture-d/shared/web/testing';
import { testProviders } from '../../testing';
import { AUTOSAVE_DELAY_MS, QuizActivityPageComponent } from './quiz-activity-page.component';

const QUIZ: QuizDocument = {
  key: 'quiz-1',
  type: 'quiz',
  title: 'Le quiz des données',
  minutes: 10,
  settings: { passMark: 60, maxAttempts: null, scoring: 'best', shuffleQuestions: false, shuffleChoices: true, showCorrectAnswers: 'after_submission' },
  questions: [
    {
      key: 'q-a',
      type: 'single_choice',
      stem: 'Première ?',
      explanation: '',
      competencies: [],
      choices: [
        { text: 'Oui', correct: true },
        { text: 'Non', correct: false },
      ],
    },
    { key: 'q-b', type: 'true_false', stem: 'Deuxième ?', explanation: '', competencies: [], answer: true },
  ],
};

function parcours(revision: number, quiz: QuizDocument = QUIZ): AuthoringParcoursResponse {
  return {
    id: 'p1',
    slug: 'donnees',
    title: 'Données',
    status: 'draft',
    revision,
    currentVersion: null,
    updatedAt: '2026-11-27T10:00:00.000Z',
    ids: { modules: { m: 'mod-1' }, activities: { 'quiz-1': 'act-1' } },
    document: { parcours: { modules: [{ key: 'm', activities: [quiz] }] } } as unknown as AuthoringParcoursResponse['document'],
  };
}

// The first test pays for compiling the components: more than Jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('QuizActivityPageComponent', () => {
  let http: ApiTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      TestBed.tick();
      await Promise.resolve();
    }
  }

  function text(): string {
    return (host.textContent ?? '').replace(/\s+/g, ' ');
  }

  function input(id: string, value: string): void {
    const element = host.querySelector<HTMLInputElement>(`#${id}`);
    if (!element) throw new Error(`no #${id}`);
    element.value = value;
    element.dispatchEvent(new Event('input'));
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.replace(/[↑↓]/g, '').replace(/\s+/g, ' ').trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  function patch() {
    return http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/authoring/activities/act-1');
  }

  beforeEach(async () => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    const fixture = TestBed.createComponent(QuizActivityPageComponent);
    fixture.componentRef.setInput('id', 'p1');
    fixture.componentRef.setInput('activityId', 'act-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne('/api/referentiel').flush({ domains: [{ code: 'D1', title: 'Données', description: '', competencies: [{ code: 'C1', title: 'Lire', description: '' }] }] });
    http.expectOne('/api/authoring/parcours/p1').flush(parcours(3));
    await settle();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('saves a change after a pause, with the revision, then the next one with the new revision', async () => {
    expect(text()).toContain('Le quiz des données');
    input('qz-settings-passMark', '75');
    await settle();
    expect(text()).toContain('Modifications en attente');
    http.expectNone((r) => r.method === 'PATCH');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const first = patch();
    expect(first.request.body).toEqual({ revision: 3, activity: { ...QUIZ, settings: { ...QUIZ.settings, passMark: 75 } } });
    first.flush(parcours(4));
    await settle();
    expect(text()).toContain('Toutes les modifications sont enregistrées.');

    button('Descendre la question 1').click();
    await settle();
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const second = patch();
    expect(second.request.body.revision).toBe(4);
    expect(second.request.body.activity.questions.map((q: { key: string }) => q.key)).toEqual(['q-b', 'q-a']);
    second.flush(parcours(5));
    await settle();
  });

  it('saves a pending change at once when the author leaves the page', async () => {
    host.querySelector<HTMLInputElement>('#qz-shuffleQuestions')?.click();
    await settle();
    http.expectNone((r) => r.method === 'PATCH');
    TestBed.resetTestingModule();
    expect(patch().request.body.activity.settings.shuffleQuestions).toBe(true);
  });

  it('sends nothing while the quiz is invalid, and shows the errors on their fields on request', async () => {
    button('Modifier Question 1').click();
    await settle();
    input('qz-questions-0-choices-0-text', '');
    await settle();
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    http.expectNone((r) => r.method === 'PATCH');
    expect(text()).toContain('Non enregistré : 1 erreur·s à corriger.');
    button('Voir les erreurs').click();
    await settle();
    const link = host.querySelector<HTMLAnchorElement>('.cd-error-summary a');
    expect(link?.getAttribute('href')).toBe('#qz-questions-0-choices-0-text');
    expect(host.querySelector('#qz-questions-0-choices-0-text-error')?.textContent).toContain('Ce champ est obligatoire.');

    input('qz-questions-0-choices-0-text', 'Oui, bien sûr');
    await settle();
    expect(host.querySelector('#qz-questions-0-choices-0-text-error')).toBeNull();
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    patch().flush(parcours(4));
    await settle();
  });

  it('says when someone saved meanwhile, stops saving, and reloads their version on request', async () => {
    input('qz-settings-passMark', '80');
    await settle();
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    patch().flush({ code: 'STALE_REVISION', status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text()).toContain('Quelqu’un a enregistré ce parcours entre-temps');
    input('qz-settings-passMark', '90');
    await settle();
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    http.expectNone((r) => r.method === 'PATCH');

    button('Recharger').click();
    http.expectOne('/api/authoring/parcours/p1').flush(parcours(7, { ...QUIZ, settings: { ...QUIZ.settings, passMark: 55 } }));
    await settle();
    expect(host.querySelector<HTMLInputElement>('#qz-settings-passMark')?.value).toBe('55');
    expect(text()).toContain('Toutes les modifications sont enregistrées.');
  });

  it('adds a question from the bank under a key free in the parcours', async () => {
    input('qz-bank-q', 'première');
    host.querySelector<HTMLFormElement>('.cd-qz__bank')?.dispatchEvent(new Event('submit'));
    const search = http.expectOne((r) => r.url === '/api/authoring/questions');
    expect(search.request.params.get('q')).toBe('première');
    search.flush({
      items: [
        {
          id: 'b1',
          key: 'q-a',
          type: 'true_false',
          category: null,
          competencies: [],
          difficulty: 'moyen',
          question: { ...QUIZ.questions[1], key: 'q-a' },
          createdAt: '',
          updatedAt: '',
        },
      ],
      total: 1,
    });
    await settle();
    button('Ajouter q-a').click();
    await settle();
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const request = patch();
    expect(request.request.body.activity.questions.map((q: { key: string }) => q.key)).toEqual(['q-a', 'q-b', 'q-a-2']);
    request.flush(parcours(4));
    await settle();
  });
});
