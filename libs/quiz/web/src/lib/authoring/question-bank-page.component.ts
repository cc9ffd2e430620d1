import { ChangeDetectionStrategy, Component, DOCUMENT, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import type { ReferentielResponse } from '@culture-d/catalog/contracts';
import type { BankQuestionResponse, GiftImportError, QuestionDocument, QuestionType } from '@culture-d/quiz/contracts';
import { ErrorSummaryComponent, type FormProblem, type Message, problemMessage, problemOf, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { downloadText, plainExcerpt, toFormProblem, withServerIssues } from './authoring-helpers';
import { type CompetencyOption, QuestionEditorComponent } from './question-editor.component';
import { BANK_TYPES, type QuestionIssue, checkQuestion, newQuestion } from './question-rules';
import { QuizAuthoringApi } from './quiz-authoring.api';

const PAGE_SIZE = 20;
const NAMESPACE = 'quizEditor';
const KNOWN_CODES = ['QUESTION_INVALID', 'QUESTION_NOT_FOUND', 'GIFT_INVALID'];

interface Editing {
  /** null: a new question. */
  readonly id: string | null;
  readonly question: QuestionDocument;
  readonly category: string;
}

/** An error of the import as received: a server older than the error codes sends only `line` and `message`. */
type ReportedError = Pick<GiftImportError, 'line' | 'message'> & Partial<Pick<GiftImportError, 'code' | 'params'>>;

type ImportReport =
  | { readonly kind: 'done'; readonly imported: number; readonly errors: readonly ReportedError[] }
  | { readonly kind: 'invalid'; readonly errors: readonly ReportedError[] };

/**
 * `/auteur/questions`: the question bank. Search (text, competency, type), a paginated list, create/edit (the question
 * editor, checked before saving), delete after confirming, GIFT import (a file or pasted text) with its report by line,
 * GIFT export of the selection or of everything, and JSON export of the selected questions in the document format.
 */
@Component({
  selector: 'cd-question-bank-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, QuestionEditorComponent],
  styleUrl: './authoring.scss',
  template: `
    <div class="cd-container cd-page cd-qb">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'quizEditor.tools' | translate, link: '/outils' }, { label: 'quizEditor.bank.title' | translate }]"
      />
      <h1>{{ 'quizEditor.bank.title' | translate }}</h1>
      <p class="cd-lead">{{ 'quizEditor.bank.intro' | translate }}</p>

      <div class="cd-form__live" aria-live="polite">
        @if (status(); as status) {
          <p class="cd-status">{{ status.key | translate: status.params }}</p>
        }
      </div>

      @if (editing(); as editing) {
        <section class="cd-qb__editor" aria-labelledby="qb-editor-title">
          <h2 id="qb-editor-title" tabindex="-1">{{ (editing.id ? 'quizEditor.bank.editTitle' : 'quizEditor.bank.newTitle') | translate }}</h2>
          <form class="cd-form" novalidate (submit)="$event.preventDefault(); save()">
            <cd-error-summary idPrefix="qb" [problem]="problem()" />
            <div class="cd-field">
              <label class="cd-field__label" for="qb-category">{{ 'quizEditor.fields.category' | translate }}</label>
              <p class="cd-field__hint" id="qb-category-hint">{{ 'quizEditor.fields.categoryHint' | translate }}</p>
              <input class="cd-input" id="qb-category" type="text" maxlength="200" aria-describedby="qb-category-hint" [value]="editing.category" (input)="setCategory($event)" />
            </div>
            <cd-question-editor
              idPrefix="qb"
              [bank]="true"
              [question]="editing.question"
              (questionChange)="setQuestion($event)"
              [issues]="issues()"
              [competencyOptions]="competencies()"
            />
            <div class="cd-form__actions">
              <button type="submit" class="cd-btn" [attr.aria-disabled]="sending() || null">
                {{ (sending() ? 'quizEditor.actions.saving' : 'quizEditor.actions.save') | translate }}
              </button>
              <button type="button" class="cd-btn cd-btn--secondary" (click)="closeEditor()">{{ 'quizEditor.actions.cancel' | translate }}</button>
            </div>
          </form>
        </section>
      } @else {
        <p>
          <button type="button" class="cd-btn" (click)="create()">{{ 'quizEditor.bank.create' | translate }}</button>
        </p>

        <form class="cd-qb__search" role="search" [attr.aria-label]="'quizEditor.bank.searchLabel' | translate" (submit)="$event.preventDefault(); search(0)">
          <div class="cd-field">
            <label class="cd-field__label" for="qb-q">{{ 'quizEditor.bank.searchText' | translate }}</label>
            <input class="cd-input" id="qb-q" type="search" maxlength="200" [value]="query()" (input)="query.set(value($event))" />
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="qb-competency">{{ 'quizEditor.bank.competency' | translate }}</label>
            <select class="cd-input" id="qb-competency" [value]="competency()" (change)="competency.set(value($event))">
              <option value="">{{ 'quizEditor.bank.anyCompetency' | translate }}</option>
              @for (option of competencies(); track option.code) {
                <option [value]="option.code" [selected]="option.code === competency()">{{ option.code }} — {{ option.title }}</option>
              }
            </select>
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="qb-type">{{ 'quizEditor.fields.type' | translate }}</label>
            <select class="cd-input" id="qb-type" [value]="type()" (change)="type.set(typeValue($event))">
              <option value="">{{ 'quizEditor.bank.anyType' | translate }}</option>
              @for (t of types; track t) {
                <option [value]="t" [selected]="t === type()">{{ 'quizEditor.types.' + t | translate }}</option>
              }
            </select>
          </div>
          <div class="cd-qb__search-submit">
            <button type="submit" class="cd-btn">{{ 'quizEditor.bank.search' | translate }}</button>
          </div>
        </form>

        <section aria-labelledby="qb-results-title">
          <h2 id="qb-results-title">{{ 'quizEditor.bank.results' | translate }}</h2>
          @if (loadError(); as error) {
            <p class="cd-field__error" role="alert">{{ error.key | translate: error.params }}</p>
            <p>
              <button type="button" class="cd-btn cd-btn--secondary" (click)="search(offset())">{{ 'quizEditor.actions.retry' | translate }}</button>
            </p>
          } @else if (loading() && items().length === 0) {
            <p>{{ 'quizEditor.loading' | translate }}</p>
          } @else if (items().length === 0) {
            <p>{{ 'quizEditor.bank.empty' | translate }}</p>
          } @else {
            <p class="cd-qb__count">{{ 'quizEditor.bank.count' | translate: { total: total(), from: offset() + 1, to: offset() + items().length } }}</p>
            <div class="cd-qb__tools">
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="toggleAll()">
                {{ (allSelected() ? 'quizEditor.bank.unselectPage' : 'quizEditor.bank.selectPage') | translate }}
              </button>
              <span>{{ 'quizEditor.bank.selected' | translate: { count: selected().size } }}</span>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="exportGift(true)" [attr.aria-disabled]="selected().size === 0 || null">
                {{ 'quizEditor.bank.exportGiftSelection' | translate }}
              </button>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="exportJson()" [attr.aria-disabled]="selected().size === 0 || null">
                {{ 'quizEditor.bank.exportJson' | translate }}
              </button>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="exportGift(false)">{{ 'quizEditor.bank.exportGiftAll' | translate }}</button>
            </div>
            <ul class="cd-qb__list">
              @for (item of items(); track item.id) {
                <li class="cd-qb__item">
                  <div class="cd-choice">
                    <input type="checkbox" [id]="'qb-select-' + item.id" [checked]="selected().has(item.id)" (change)="toggle(item.id)" />
                    <label [for]="'qb-select-' + item.id">
                      <span class="cd-qb__stem" lang="fr">{{ excerpt(item) }}</span>
                    </label>
                  </div>
                  <p class="cd-qb__meta">
                    <span>{{ 'quizEditor.types.' + item.type | translate }}</span> · <code>{{ item.key }}</code>
                    @if (item.competencies.length > 0) {
                      · <span>{{ item.competencies.join(', ') }}</span>
                    }
                    @if (item.category) {
                      · <span lang="fr">{{ item.category }}</span>
                    }
                  </p>
                  @if (confirming() === item.id) {
                    <div class="cd-qb__confirm" role="group" [attr.aria-labelledby]="'qb-confirm-' + item.id">
                      <p [id]="'qb-confirm-' + item.id" tabindex="-1">{{ 'quizEditor.bank.confirmDelete' | translate: { key: item.key } }}</p>
                      <button type="button" class="cd-btn cd-btn--danger cd-btn--small" (click)="remove(item)">{{ 'quizEditor.bank.confirmDeleteYes' | translate }}</button>
                      <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="confirming.set(null)">{{ 'quizEditor.actions.cancel' | translate }}</button>
                    </div>
                  } @else {
                    <div class="cd-qb__actions">
                      <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="edit(item)">
                        {{ 'quizEditor.actions.edit' | translate }}<span class="cd-sr-only"> {{ item.key }}</span>
                      </button>
                      <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="confirming.set(item.id)">
                        {{ 'quizEditor.actions.delete' | translate }}<span class="cd-sr-only"> {{ item.key }}</span>
                      </button>
                    </div>
                  }
                </li>
              }
            </ul>
            @if (total() > pageSize) {
              <nav class="cd-qb__pages" [attr.aria-label]="'quizEditor.bank.pages' | translate">
                <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [attr.aria-disabled]="offset() === 0 || null" (click)="page(-1)">
                  {{ 'quizEditor.bank.previous' | translate }}
                </button>
                <span>{{ 'quizEditor.bank.page' | translate: { page: offset() / pageSize + 1, pages: pages() } }}</span>
                <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [attr.aria-disabled]="offset() + pageSize >= total() || null" (click)="page(1)">
                  {{ 'quizEditor.bank.next' | translate }}
                </button>
              </nav>
            }
          }
        </section>

        <section class="cd-qb__import" aria-labelledby="qb-import-title">
          <h2 id="qb-import-title">{{ 'quizEditor.import.title' | translate }}</h2>
          <p>{{ 'quizEditor.import.intro' | translate }}</p>
          <div class="cd-field">
            <label class="cd-field__label" for="qb-import-file">{{ 'quizEditor.import.file' | translate }}</label>
            <input id="qb-import-file" type="file" accept=".gift,.txt,text/plain" (change)="readFile($event)" />
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="qb-import-text">{{ 'quizEditor.import.text' | translate }}</label>
            <textarea class="cd-input cd-qb__gift" id="qb-import-text" rows="8" spellcheck="false" [value]="giftText()" (input)="giftText.set(value($event))"></textarea>
          </div>
          <p>
            <button type="button" class="cd-btn" [attr.aria-disabled]="importing() || null" (click)="importGift(false)">
              {{ (importing() ? 'quizEditor.import.sending' : 'quizEditor.import.submit') | translate }}
            </button>
          </p>
          <div aria-live="polite">
            @if (importError(); as error) {
              <p class="cd-field__error">{{ error.key | translate: error.params }}</p>
            }
            @if (report(); as report) {
              <div class="cd-qb__report" [class.cd-qb__report--invalid]="report.kind === 'invalid'">
                @if (report.kind === 'done') {
                  <p>{{ 'quizEditor.import.imported' | translate: { count: report.imported } }}</p>
                } @else {
                  <p>{{ 'quizEditor.import.invalid' | translate: { count: report.errors.length } }}</p>
                }
                @if (report.errors.length > 0) {
                  <h3 class="cd-qb__report-title">{{ 'quizEditor.import.errorsTitle' | translate }}</h3>
                  <ul class="cd-qb__errors">
                    @for (error of reportErrors(); track $index) {
                      <li>
                        <strong>{{ 'quizEditor.import.line' | translate: { line: error.line } }}</strong
                        >{{ ' ' }}
                        @if (error.key) {
                          {{ error.key | translate: error.params }}
                        } @else {
                          <span lang="en">{{ error.message }}</span>
                        }
                      </li>
                    }
                  </ul>
                }
                @if (report.kind === 'invalid') {
                  <p>
                    <button type="button" class="cd-btn" [attr.aria-disabled]="importing() || null" (click)="importGift(true)">
                      {{ 'quizEditor.import.skipInvalid' | translate }}
                    </button>
                  </p>
                }
              </div>
            }
          </div>
        </section>
      }
    </div>
  `,
})
export class QuestionBankPageComponent {
  private readonly api = inject(QuizAuthoringApi);
  private readonly document = inject(DOCUMENT);
  private readonly translate = inject(TranslateService);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly types = BANK_TYPES;

  protected readonly query = signal('');
  protected readonly competency = signal('');
  protected readonly type = signal<QuestionType | ''>('');
  protected readonly offset = signal(0);
  protected readonly items = signal<readonly BankQuestionResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly confirming = signal<string | null>(null);
  protected readonly status = signal<Message | null>(null);
  protected readonly competencies = signal<readonly CompetencyOption[]>([]);

  protected readonly editing = signal<Editing | null>(null);
  protected readonly issues = signal<readonly QuestionIssue[]>([]);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly sending = signal(false);

  protected readonly giftText = signal('');
  protected readonly importing = signal(false);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly importError = signal<Message | null>(null);

  /** Each error of the report in the interface language from its code; in English only for a code without a text. */
  protected readonly reportErrors = computed(() =>
    (this.report()?.errors ?? []).map(({ line, code, params, message }) => {
      const key = `quizEditor.gift.errors.${code}`;
      // `instant` answers the key itself when no file has it: a code this web does not know yet (or none at all).
      const known = code !== undefined && this.translate.instant(key) !== key;
      return { line, key: known ? key : null, params: params ?? {}, message };
    }),
  );

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly allSelected = computed(() => this.items().length > 0 && this.items().every((item) => this.selected().has(item.id)));

  /** Every bank question fetched on this page, by id: what the JSON export writes. */
  private readonly known = new Map<string, BankQuestionResponse>();

  constructor() {
    this.api.referentiel().subscribe({
      next: (referentiel: ReferentielResponse) => this.competencies.set(referentiel.domains.flatMap((domain) => domain.competencies.map(({ code, title }) => ({ code, title })))),
      // Without the référentiel the filters and checkboxes stay empty; the bank still works.
      error: () => this.competencies.set([]),
    });
    this.search(0);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected typeValue(event: Event): QuestionType | '' {
    return this.value(event) as QuestionType | '';
  }

  protected excerpt(item: BankQuestionResponse): string {
    return plainExcerpt(item.question.stem, 160);
  }

  protected search(offset: number): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.search({ q: this.query(), competency: this.competency(), type: this.type(), limit: PAGE_SIZE, offset }).subscribe({
      next: ({ items, total }) => {
        for (const item of items) this.known.set(item.id, item);
        this.items.set(items);
        this.total.set(total);
        this.offset.set(offset);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(problemMessage(error, NAMESPACE, KNOWN_CODES));
      },
    });
  }

  protected page(direction: 1 | -1): void {
    const next = this.offset() + direction * PAGE_SIZE;
    if (next < 0 || next >= this.total()) return;
    this.search(next);
  }

  protected toggle(id: string): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected toggleAll(): void {
    const all = this.allSelected();
    this.selected.update((set) => {
      const next = new Set(set);
      for (const item of this.items()) {
        if (all) next.delete(item.id);
        else next.add(item.id);
      }
      return next;
    });
  }

  protected create(): void {
    // Bank keys need not be unique, but a distinct one spares confusion when the question is later copied into a quiz.
    this.open({ id: null, question: newQuestion('single_choice', `q-${Date.now().toString(36)}`), category: '' });
  }

  protected edit(item: BankQuestionResponse): void {
    this.open({ id: item.id, question: item.question, category: item.category ?? '' });
  }

  private open(editing: Editing): void {
    this.status.set(null);
    this.issues.set([]);
    this.problem.set(null);
    this.editing.set(editing);
    this.focusSoon('qb-editor-title');
  }

  protected closeEditor(): void {
    this.editing.set(null);
    this.issues.set([]);
    this.problem.set(null);
  }

  protected setQuestion(question: QuestionDocument): void {
    this.editing.update((editing) => (editing ? { ...editing, question } : editing));
    // Once shown, errors follow the edits: a fixed field loses its message at once, and the summary goes with the last
    // one (it is not rebuilt meanwhile: a new summary would take the focus from the field being typed in).
    if (this.issues().length > 0) {
      const issues = checkQuestion(question, { bank: true });
      this.issues.set(issues);
      if (issues.length === 0) this.problem.set(null);
    }
  }

  protected setCategory(event: Event): void {
    const category = this.value(event);
    this.editing.update((editing) => (editing ? { ...editing, category } : editing));
  }

  protected save(): void {
    const editing = this.editing();
    if (!editing || this.sending()) return;
    const issues = checkQuestion(editing.question, { bank: true });
    this.issues.set(issues);
    if (issues.length > 0) {
      this.problem.set(toFormProblem(issues));
      return;
    }
    this.problem.set(null);
    this.sending.set(true);
    const category = editing.category.trim() || null;
    const request = editing.id ? this.api.update(editing.id, editing.question, category) : this.api.create(editing.question, category);
    request.subscribe({
      next: (saved) => {
        this.sending.set(false);
        this.known.set(saved.id, saved);
        this.closeEditor();
        this.status.set({ key: editing.id ? 'quizEditor.bank.saved' : 'quizEditor.bank.created', params: { key: saved.key } });
        this.search(editing.id ? this.offset() : 0);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const { issues: server, problem } = withServerIssues(error, NAMESPACE, KNOWN_CODES);
        this.issues.set(server);
        this.problem.set(problem);
      },
    });
  }

  protected remove(item: BankQuestionResponse): void {
    this.api.remove(item.id).subscribe({
      next: () => {
        this.confirming.set(null);
        this.selected.update((set) => new Set([...set].filter((id) => id !== item.id)));
        this.status.set({ key: 'quizEditor.bank.deleted', params: { key: item.key } });
        // The last question of a page: back to the previous page.
        this.search(this.items().length === 1 && this.offset() > 0 ? this.offset() - PAGE_SIZE : this.offset());
      },
      error: (error: unknown) => {
        this.confirming.set(null);
        this.status.set(problemMessage(error, NAMESPACE, KNOWN_CODES));
        this.search(this.offset());
      },
    });
  }

  protected readFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    file.text().then(
      (text) => this.giftText.set(text),
      () => this.importError.set({ key: 'quizEditor.import.unreadable' }),
    );
  }

  protected importGift(skipInvalid: boolean): void {
    const text = this.giftText();
    if (this.importing()) return;
    this.importError.set(null);
    if (text.trim() === '') {
      this.importError.set({ key: 'quizEditor.import.emptyText' });
      return;
    }
    this.importing.set(true);
    this.report.set(null);
    this.api.importGift(text, skipInvalid).subscribe({
      next: (result) => {
        this.importing.set(false);
        this.report.set({ kind: 'done', imported: result.imported, errors: result.errors });
        this.search(0);
      },
      error: (error: unknown) => {
        this.importing.set(false);
        const problem = problemOf(error) as { code?: string; errors?: (Partial<ReportedError> & { message: string })[] } | undefined;
        if (problem?.code === 'GIFT_INVALID') {
          this.report.set({ kind: 'invalid', errors: (problem.errors ?? []).map(({ line, code, params, message }) => ({ line: line ?? 0, code, params, message })) });
        } else {
          this.report.set(null);
          this.importError.set(problemMessage(error, NAMESPACE, KNOWN_CODES));
        }
      },
    });
  }

  protected exportGift(selection: boolean): void {
    const ids = selection ? [...this.selected()] : [];
    if (selection && ids.length === 0) return;
    this.api.exportGift(ids).subscribe({
      next: (text) => {
        downloadText(this.document, selection ? 'questions-selection.gift' : 'banque-de-questions.gift', text, 'text/plain');
        this.status.set({ key: 'quizEditor.bank.exported' });
      },
      error: (error: unknown) => this.status.set(problemMessage(error, NAMESPACE, KNOWN_CODES)),
    });
  }

  /** The selected questions as a JSON array of question documents (the parcours format). */
  protected exportJson(): void {
    const ids = [...this.selected()];
    if (ids.length === 0) return;
    const questions = ids.map((id) => this.known.get(id)).filter((item): item is BankQuestionResponse => item !== undefined);
    downloadText(
      this.document,
      'questions.json',
      `${JSON.stringify(
        questions.map((item) => item.question),
        null,
        2,
      )}\n`,
      'application/json',
    );
    this.status.set({ key: 'quizEditor.bank.exported' });
  }

  private focusSoon(id: string): void {
    setTimeout(() => this.document.getElementById(id)?.focus());
  }
}
