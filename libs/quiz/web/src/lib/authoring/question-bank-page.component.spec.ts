import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BankQuestionResponse } from '@culture-d/quiz/contracts';
import { LanguageService, TranslateService } from '@culture-d/shared/web';
import { ApiTestingController, EN } from '@culture-d/shared/web/testing';
import { testProviders } from '../../testing';
import { QuestionBankPageComponent } from './question-bank-page.component';

const ITEM: BankQuestionResponse = {
  id: 'b1',
  key: 'q-cnil',
  type: 'true_false',
  category: 'Droit',
  competencies: ['C1'],
  difficulty: 'moyen',
  question: { key: 'q-cnil', type: 'true_false', stem: 'La **CNIL** est indépendante.', explanation: '', competencies: ['C1'], answer: true },
  createdAt: '2026-11-27T10:00:00.000Z',
  updatedAt: '2026-11-27T10:00:00.000Z',
};

// The first test pays for compiling the components: more than Jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('QuestionBankPageComponent', () => {
  let http: ApiTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function text(): string {
    return (host.textContent ?? '').replace(/\s+/g, ' ');
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  function type(id: string, value: string): void {
    const element = host.querySelector<HTMLInputElement>(`#${id}`);
    if (!element) throw new Error(`no #${id}`);
    element.value = value;
    element.dispatchEvent(new Event('input'));
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    const fixture = TestBed.createComponent(QuestionBankPageComponent);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    http.expectOne('/api/referentiel').flush({ domains: [] });
    http.expectOne((r) => r.url === '/api/authoring/questions').flush({ items: [ITEM], total: 1 });
    await settle();
  });

  afterEach(() => {
    http.verify();
    host.remove();
  });

  it('lists the bank with plain excerpts and searches by text', async () => {
    expect(text()).toContain('La CNIL est indépendante.');
    expect(text()).toContain('1 question·s — 1 à 1');
    type('qb-q', 'cnil');
    host.querySelector('form[role="search"]')?.dispatchEvent(new Event('submit'));
    const search = http.expectOne((r) => r.url === '/api/authoring/questions');
    expect(search.request.params.get('q')).toBe('cnil');
    expect(search.request.params.get('offset')).toBe('0');
    search.flush({ items: [], total: 0 });
    await settle();
    expect(text()).toContain('Aucune question ne correspond.');
  });

  it('reports a refused GIFT import by line in French from the error codes, then imports the valid questions on request', async () => {
    type('qb-import-text', '::A::Question ?{T}\n::B::Cassée ?{');
    button('Importer').click();
    const first = http.expectOne((r) => r.url === '/api/authoring/questions/import');
    expect(first.request.body).toBe('::A::Question ?{T}\n::B::Cassée ?{');
    expect(first.request.params.get('skipInvalid')).toBeNull();
    const unclosed = { line: 2, code: 'ANSWER_BLOCK_NOT_CLOSED', params: {}, message: 'the answer block opened with { is never closed with }' };
    const weight = { line: 5, code: 'WEIGHT_OUT_OF_RANGE', params: { weight: 150 }, message: 'the weight %150% must be between -100 and 100' };
    first.flush({ code: 'GIFT_INVALID', status: 422, errors: [unclosed, weight].map((e) => ({ field: `line ${e.line}`, ...e })) }, { status: 422, statusText: 'Unprocessable' });
    await settle();
    expect(text()).toContain('Rien n’a été importé : 2 erreur·s.');
    const items = Array.from(host.querySelectorAll('.cd-qb__errors li'));
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Ligne 2 : les réponses ouvertes par { ne sont jamais fermées par }.',
      'Ligne 5 : le poids %150% doit être compris entre -100 et 100.',
    ]);
    expect(host.querySelector('.cd-qb__errors [lang]')).toBeNull();

    button('Importer les questions valides').click();
    const second = http.expectOne((r) => r.url === '/api/authoring/questions/import');
    expect(second.request.params.get('skipInvalid')).toBe('true');
    second.flush({ imported: 1, questions: [ITEM], errors: [unclosed] });
    http.expectOne((r) => r.url === '/api/authoring/questions').flush({ items: [ITEM], total: 1 });
    await settle();
    expect(text()).toContain('1 question·s importée·s.');
    expect(text()).toContain('Ligne 2 : les réponses ouvertes par { ne sont jamais fermées par }.');
  });

  it('shows the English message, marked as English, for an error code it has no text for or without a code', async () => {
    type('qb-import-text', 'Q ?{T}');
    button('Importer').click();
    http
      .expectOne((r) => r.url === '/api/authoring/questions/import')
      .flush({
        imported: 1,
        questions: [ITEM],
        errors: [
          { line: 3, code: 'SOMETHING_NEW', params: { n: 1 }, message: 'something new is wrong' },
          { line: 7, message: 'unclosed {' },
        ],
      });
    http.expectOne((r) => r.url === '/api/authoring/questions').flush({ items: [ITEM], total: 1 });
    await settle();
    const english = Array.from(host.querySelectorAll('.cd-qb__errors li [lang="en"]')).map((span) => span.textContent);
    expect(english).toEqual(['something new is wrong', 'unclosed {']);
    expect(text()).toContain('Ligne 3 : something new is wrong');
    expect(text()).toContain('Ligne 7 : unclosed {');
  });

  it('shows the errors in English when the interface is in English', async () => {
    const translate = TestBed.inject(TranslateService);
    translate.add('en', EN);
    await translate.use('en');
    await settle();
    type('qb-import-text', 'Q ?{#\n=10..5}');
    button('Import').click();
    http
      .expectOne((r) => r.url === '/api/authoring/questions/import')
      .flush({
        imported: 0,
        questions: [],
        errors: [
          { line: 2, code: 'NUMERIC_RANGE_REVERSED', params: { text: '10..5', min: 5, max: 10 }, message: 'the range 10..5 goes down: write the smaller bound first (5..10)' },
        ],
      });
    http.expectOne((r) => r.url === '/api/authoring/questions').flush({ items: [], total: 0 });
    await settle();
    expect(text()).toContain('Line 2: the range 10..5 is reversed: write the smaller bound first (5..10).');
  });

  it('checks a question before saving it, then maps the API’s refused fields', async () => {
    button('Nouvelle question').click();
    await settle();
    button('Enregistrer la question').click();
    await settle();
    http.expectNone((r) => r.method === 'POST');
    const links = Array.from(host.querySelectorAll<HTMLAnchorElement>('.cd-error-summary a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#qb-stem', '#qb-choices-0-text', '#qb-choices-1-text']);
    expect(document.activeElement?.classList.contains('cd-error-summary')).toBe(true);

    type('qb-stem', 'Quelle autorité ?');
    type('qb-choices-0-text', 'La CNIL');
    type('qb-choices-1-text', 'La SNCF');
    await settle();
    expect(host.querySelector('.cd-field__error')).toBeNull();
    button('Enregistrer la question').click();
    const create = http.expectOne((r) => r.method === 'POST' && r.url === '/api/authoring/questions');
    expect(create.request.body.question).toMatchObject({
      type: 'single_choice',
      stem: 'Quelle autorité ?',
      choices: [
        { text: 'La CNIL', correct: true },
        { text: 'La SNCF', correct: false },
      ],
    });
    create.flush({ code: 'QUESTION_INVALID', status: 400, errors: [{ field: '/choices/1/text', message: 'too similar' }] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(host.querySelector('#qb-choices-1-text-error')?.textContent).toContain('Cette valeur n’est pas acceptée');
  });

  it('asks before deleting a question', async () => {
    button('Supprimer q-cnil').click();
    await settle();
    expect(text()).toContain('Supprimer la question « q-cnil » ?');
    button('Oui, supprimer').click();
    http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/authoring/questions/b1').flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne((r) => r.url === '/api/authoring/questions').flush({ items: [], total: 0 });
    await settle();
    expect(text()).toContain('Question « q-cnil » supprimée.');
  });
});
