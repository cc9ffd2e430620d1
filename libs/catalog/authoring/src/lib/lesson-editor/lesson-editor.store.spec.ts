import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AuthoringParcoursResponse, LessonDocument } from '@culture-d/catalog/contracts';
import { ApiTestingController, provideApiTesting } from '@culture-d/shared/web/testing';
import { AUTOSAVE_DELAY_MS, LessonEditorStore } from './lesson-editor.store';

const PARCOURS_ID = '0b6f2b8c-5d59-4a39-9c55-2f3f8e3c1a01';
const LESSON_ID = '5c1f7c0e-8a34-4f0b-a2a4-0e7e1f9a2b02';

function draft(revision: number, lesson: Partial<LessonDocument> = {}): AuthoringParcoursResponse {
  const activity: LessonDocument = { key: 'lecon', type: 'lesson', title: 'Lire un tableau', minutes: 5, blocks: [{ type: 'markdown', markdown: 'Bonjour' }], ...lesson };
  return {
    id: PARCOURS_ID,
    slug: 'p',
    title: 'Parcours',
    status: 'draft',
    revision,
    currentVersion: null,
    updatedAt: '2026-11-27T10:00:00.000Z',
    ids: { modules: { m: 'mid' }, activities: { lecon: LESSON_ID } },
    document: {
      format: 'culture-d/parcours@1',
      parcours: {
        slug: 'p',
        title: 'Parcours',
        summary: 's',
        summaryEn: 's',
        audiences: ['agent'],
        themes: ['performance'],
        level: 'decouverte',
        objectives: [],
        durationMinutes: 5,
        modules: [{ key: 'm', slug: 'm', title: 'M', summary: '', objectives: [], minutes: 5, competencies: [], prerequisites: [], activities: [activity] }],
      },
    },
  };
}

describe('LessonEditorStore', () => {
  let store: LessonEditorStore;
  let http: ApiTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideApiTesting(), LessonEditorStore] });
    store = TestBed.inject(LessonEditorStore);
    http = TestBed.inject(ApiTestingController);
    store.open(PARCOURS_ID, LESSON_ID);
    http.expectOne(`/api/authoring/parcours/${PARCOURS_ID}`).flush(draft(3));
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('saves once typing pauses, with the revision it loaded, and then with the new one', () => {
    store.setTitle('Lire un tableau de données');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    http.expectNone(`/api/authoring/activities/${LESSON_ID}`);
    store.setMinutes('8');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const first = http.expectOne(`/api/authoring/activities/${LESSON_ID}`);
    expect(first.request.method).toBe('PATCH');
    expect(first.request.body).toEqual({
      revision: 3,
      activity: { key: 'lecon', type: 'lesson', title: 'Lire un tableau de données', minutes: 8, blocks: [{ type: 'markdown', markdown: 'Bonjour' }] },
    });
    expect(store.status().kind).toBe('saving');
    first.flush(draft(4));
    expect(store.status().kind).toBe('saved');

    store.addBlock('link');
    const uid = store.form().blocks[1].uid;
    store.changeBlock(uid, { type: 'link', url: 'https://www.data.gouv.fr/', title: 'data.gouv.fr', description: '' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const second = http.expectOne(`/api/authoring/activities/${LESSON_ID}`);
    expect(second.request.body).toMatchObject({
      revision: 4,
      activity: { blocks: [{ type: 'markdown' }, { type: 'link', url: 'https://www.data.gouv.fr/', title: 'data.gouv.fr' }] },
    });
    second.flush(draft(5));
  });

  it('saves at once when the page goes during the pause before a save', () => {
    // The page's own injector (the store is provided by the page component), destroyed when the page goes.
    const page = createEnvironmentInjector([LessonEditorStore], TestBed.inject(EnvironmentInjector));
    const leaving = page.get(LessonEditorStore);
    leaving.open(PARCOURS_ID, LESSON_ID);
    http.expectOne(`/api/authoring/parcours/${PARCOURS_ID}`).flush(draft(3));
    leaving.setTitle('Parti trop vite');
    page.destroy();
    const request = http.expectOne(`/api/authoring/activities/${LESSON_ID}`);
    expect(request.request.body).toMatchObject({ revision: 3, activity: { title: 'Parti trop vite' } });
    request.flush(draft(4));
  });

  it('sends nothing while a field the API would refuse is incomplete, and says how many', () => {
    store.addBlock('image');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    http.expectNone(`/api/authoring/activities/${LESSON_ID}`);
    expect(store.status()).toEqual({ kind: 'invalid', count: 2 });
  });

  it('sends changes made during a save right after it, never two requests at once', () => {
    store.setTitle('Un');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const first = http.expectOne(`/api/authoring/activities/${LESSON_ID}`);
    store.setTitle('Deux');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    http.expectNone(`/api/authoring/activities/${LESSON_ID}`);
    first.flush(draft(4));
    const second = http.expectOne(`/api/authoring/activities/${LESSON_ID}`);
    expect(second.request.body).toMatchObject({ revision: 4, activity: { title: 'Deux' } });
    second.flush(draft(5));
    expect(store.status().kind).toBe('saved');
  });

  it('stops on 409 STALE_REVISION without retrying, then reloads the saved version when asked', () => {
    store.setTitle('Le mien');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    http
      .expectOne(`/api/authoring/activities/${LESSON_ID}`)
      .flush({ code: 'STALE_REVISION', status: 409, title: 'Conflict', detail: 'x', type: 'about:blank' }, { status: 409, statusText: 'Conflict' });
    expect(store.status().kind).toBe('conflict');
    store.setTitle('Le mien, encore');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 3);
    http.expectNone(`/api/authoring/activities/${LESSON_ID}`);

    store.reload();
    http.expectOne(`/api/authoring/parcours/${PARCOURS_ID}`).flush(draft(7, { title: 'Le leur' }));
    expect(store.form().title).toBe('Le leur');
    expect(store.status().kind).toBe('idle');
  });

  it('marks the fields the API refused (DOCUMENT_INVALID), and says when the fault is elsewhere in the draft', () => {
    store.setTitle('Titre');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const uid = store.form().blocks[0].uid;
    http.expectOne(`/api/authoring/activities/${LESSON_ID}`).flush(
      {
        code: 'DOCUMENT_INVALID',
        status: 400,
        title: 'Bad Request',
        detail: 'x',
        type: 'about:blank',
        errors: [
          { field: '/parcours/modules/0/activities/0/blocks/0/markdown', message: 'x' },
          { field: '/parcours/slug', message: 'y' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(store.status()).toEqual({ kind: 'refused', elsewhere: true });
    expect(store.refused()).toEqual([{ field: `b${uid}-markdown`, key: 'lessonEditor.issues.refused', blocking: true }]);
  });
});
