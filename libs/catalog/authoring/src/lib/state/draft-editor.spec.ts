import type { AuthoringParcoursResponse, ParcoursDocument } from '@culture-d/catalog/contracts';
import { ApiError } from '@culture-d/shared/web';
import { type Observable, Subject, of, throwError } from 'rxjs';
import { AUTOSAVE_DELAY_MS, DraftEditor, type DraftEditorPorts, cleaned, fieldIssues } from './draft-editor';

function documentTitled(title: string): ParcoursDocument {
  return {
    format: 'culture-d/parcours@1',
    parcours: {
      slug: 'ouvrir-ses-donnees',
      title,
      summary: 'Résumé',
      summaryEn: 'Summary',
      audiences: ['agent'],
      themes: ['innovation'],
      level: 'decouverte',
      objectives: [],
      durationMinutes: 30,
      modules: [],
    },
  };
}

function response(revision: number, document: ParcoursDocument): AuthoringParcoursResponse {
  return {
    id: 'p1',
    slug: document.parcours.slug,
    title: document.parcours.title,
    status: 'draft',
    revision,
    currentVersion: null,
    updatedAt: '',
    document,
    ids: { modules: {}, activities: {} },
  };
}

const problem = (status: number, code: string, errors?: { field: string; message: string }[]) => new ApiError('/api/x', status, { code, errors });
const retitle = (title: string) => (d: ParcoursDocument) => ({ ...d, parcours: { ...d.parcours, title } });

/** A fake API that records what it was sent, answering with the next revision (or the error given). */
class FakeApi implements DraftEditorPorts {
  revision = 1;
  saved: { revision: number; title: string }[] = [];
  fail: ApiError | null = null;
  latest = documentTitled('La version de Camille');

  save(revision: number, document: ParcoursDocument): Observable<AuthoringParcoursResponse> {
    this.saved.push({ revision, title: document.parcours.title });
    if (this.fail) return throwError(() => this.fail);
    this.revision = revision + 1;
    return of(response(this.revision, document));
  }

  load(): Observable<AuthoringParcoursResponse> {
    return of(response(7, this.latest));
  }
}

const at = new Date('2026-11-27T13:02:00Z');

function setUp() {
  const api = new FakeApi();
  const editor = new DraftEditor(api, () => at);
  editor.load(response(1, documentTitled('Ouvrir ses données')));
  return { api, editor };
}

/** Lets the timer fire and the save's promise chain settle. */
async function waitAutosave(ms = AUTOSAVE_DELAY_MS): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('the parcours editor state', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves once, 1.5 s after the last of several quick edits, with the revision loaded, then says when', async () => {
    const { api, editor } = setUp();
    editor.edit(retitle('Ouvrir'));
    await waitAutosave(1000);
    editor.edit(retitle('Ouvrir ses données publiques'));
    await waitAutosave(1000);
    expect(api.saved).toEqual([]);
    expect(editor.status().kind).toBe('pending');
    await waitAutosave(500);
    expect(api.saved).toEqual([{ revision: 1, title: 'Ouvrir ses données publiques' }]);
    expect(editor.status()).toEqual({ kind: 'saved', at });
    expect(editor.draft()?.revision).toBe(2);
    expect(editor.hasUnsavedChanges()).toBe(false);
  });

  it('saves at once on blur (flush), and the next save carries the new revision', async () => {
    const { api, editor } = setUp();
    editor.edit(retitle('Premier'));
    expect(await editor.flush()).toBe(true);
    editor.edit(retitle('Second'));
    await editor.flush();
    expect(api.saved).toEqual([
      { revision: 1, title: 'Premier' },
      { revision: 2, title: 'Second' },
    ]);
    await waitAutosave();
    expect(api.saved).toHaveLength(2);
  });

  it('keeps what the author typed during a save, and saves it afterwards', async () => {
    const { editor } = setUp();
    const answer = new Subject<AuthoringParcoursResponse>();
    const saved: string[] = [];
    const slowApi: DraftEditorPorts = {
      save: (_revision, document) => {
        saved.push(document.parcours.title);
        return saved.length === 1 ? answer : of(response(3, document));
      },
      load: () => of(response(1, documentTitled('x'))),
    };
    const slow = new DraftEditor(slowApi, () => at);
    slow.load(editor.draft() as AuthoringParcoursResponse);
    slow.edit(retitle('Avant'));
    const first = slow.flush();
    await jest.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['Avant']);
    slow.edit(retitle('Pendant'));
    answer.next(response(2, documentTitled('Avant')));
    answer.complete();
    expect(await first).toBe(false);
    expect(slow.document()?.parcours.title).toBe('Pendant');
    expect(slow.draft()?.revision).toBe(2);
    await waitAutosave();
    expect(saved).toEqual(['Avant', 'Pendant']);
    expect(slow.status().kind).toBe('saved');
  });

  it('on 409 STALE_REVISION keeps the local change on screen, never sends it again, and reloads the latest version on request', async () => {
    const { api, editor } = setUp();
    api.fail = problem(409, 'STALE_REVISION');
    editor.edit(retitle('Ma version'));
    await waitAutosave();
    expect(editor.status().kind).toBe('conflict');
    expect(editor.document()?.parcours.title).toBe('Ma version');
    expect(editor.hasUnsavedChanges()).toBe(true);

    api.fail = null;
    editor.edit(retitle('Ma version modifiée'));
    await waitAutosave();
    expect(await editor.flush()).toBe(false);
    expect(await editor.apply(() => of(response(9, documentTitled('jamais')))).then((r) => r.ok)).toBe(false);
    expect(api.saved).toHaveLength(1);

    await editor.reload();
    expect(editor.document()?.parcours.title).toBe('La version de Camille');
    expect(editor.draft()?.revision).toBe(7);
    expect(editor.status().kind).toBe('idle');
    expect(editor.hasUnsavedChanges()).toBe(false);
  });

  it('does not send a document with an empty required field, and says which field', async () => {
    const { api, editor } = setUp();
    editor.edit(retitle('  '));
    await waitAutosave();
    expect(api.saved).toEqual([]);
    expect(editor.status()).toEqual({ kind: 'incomplete', fields: [{ field: 'title', key: 'authoring.fields.title.required' }] });
    editor.edit(retitle('Complet'));
    await waitAutosave();
    expect(api.saved).toEqual([{ revision: 1, title: 'Complet' }]);
  });

  it('shows the faults the API finds, by JSON Pointer, and sends again at the next edit', async () => {
    const { api, editor } = setUp();
    api.fail = problem(400, 'DOCUMENT_INVALID', [{ field: '/parcours/modules/0/slug', message: 'duplicate module slug' }]);
    editor.edit(retitle('Un'));
    await waitAutosave();
    expect(editor.status()).toEqual({ kind: 'refused', code: 'DOCUMENT_INVALID', issues: [{ path: '/parcours/modules/0/slug', message: 'duplicate module slug' }] });
    api.fail = null;
    editor.edit(retitle('Deux'));
    await waitAutosave();
    expect(editor.status().kind).toBe('saved');
  });

  it('saves pending edits before a structure change, which then runs with the new revision and replaces the local copy', async () => {
    const { api, editor } = setUp();
    editor.edit(retitle('Titre tapé'));
    const revisions: number[] = [];
    const result = await editor.apply((revision) => {
      revisions.push(revision);
      return of(response(revision + 1, documentTitled('Titre tapé, avec un module')));
    });
    expect(result).toEqual({ ok: true });
    expect(api.saved).toEqual([{ revision: 1, title: 'Titre tapé' }]);
    expect(revisions).toEqual([2]);
    expect(editor.document()?.parcours.title).toBe('Titre tapé, avec un module');
    expect(editor.draft()?.revision).toBe(3);
  });

  it('returns a structure change refused by the API (422 PREREQUISITE_CYCLE) without touching the local copy', async () => {
    const { editor } = setUp();
    const refused = problem(422, 'PREREQUISITE_CYCLE');
    const result = await editor.apply(() => throwError(() => refused));
    expect(result).toEqual({ ok: false, error: refused });
    expect(editor.document()?.parcours.title).toBe('Ouvrir ses données');
    expect(editor.status().kind).toBe('idle');
  });
});

describe('what the editor checks and sends', () => {
  it('drops blank objective lines only when saving', () => {
    const document = { ...documentTitled('T'), parcours: { ...documentTitled('T').parcours, objectives: ['Lire un CSV', '', '  '] } };
    expect(cleaned(document).parcours.objectives).toEqual(['Lire un CSV']);
  });

  it('refuses a slug that is not lower case words joined by hyphens, and an empty module title', () => {
    const base = documentTitled('T');
    const document: ParcoursDocument = {
      ...base,
      parcours: {
        ...base.parcours,
        slug: 'Ouvrir ses données',
        modules: [{ key: 'm', slug: 'm', title: '', summary: '', objectives: [], minutes: 0, competencies: [], prerequisites: [], activities: [] }],
      },
    };
    expect(fieldIssues(document).map((i) => i.key)).toEqual(['authoring.fields.slug.invalid', 'authoring.fields.moduleTitle.required']);
  });
});
