import { type CdkDragDrop, CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, type OnInit, ViewEncapsulation, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AuthoringParcoursResponse, QuizDocument, QuizDraw } from '@culture-d/catalog/contracts';
import type { BankQuestionResponse, QuestionDocument, QuestionType, QuizSettings } from '@culture-d/quiz/contracts';
import { ErrorSummaryComponent, type FormProblem, type Message, problemCode, problemMessage, TranslatePipe } from '@culture-d/shared/web';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { plainExcerpt, toFormProblem, withServerIssues } from './authoring-helpers';
import { EditorErrorComponent, ItemActionsComponent } from './editor-parts';
import { move } from './question-editing';
import { type CompetencyOption, QuestionEditorComponent } from './question-editor.component';
import { ALL_TYPES, type QuestionIssue, newQuestion, suggestKey } from './question-rules';
import { QuizAuthoringApi } from './quiz-authoring.api';
import { MAX_DRAW_COUNT, activityPointer, checkQuiz, copyWithFreeKey, questionIssues, questionKeysOutside } from './quiz-rules';

const NAMESPACE = 'quizEditor';
const KNOWN_CODES = ['STALE_REVISION', 'PARCOURS_NOT_FOUND', 'ACTIVITY_NOT_FOUND', 'DOCUMENT_INVALID'];
/** Quiet time after the last change before saving. */
export const AUTOSAVE_DELAY_MS = 1200;

/** A question of the quiz with an id of this page's own: the key is editable, so it cannot identify the row. */
interface Row {
  readonly uid: number;
  readonly question: QuestionDocument;
}

type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'conflict' | 'failed';

/**
 * `/auteur/parcours/:id/quiz/:activityId`: the quiz activity of a draft. Settings, the fixed questions (edited inline
 * with the question editor, reordered with buttons or by dragging, added new or copied from the bank), the draw rules;
 * every change is saved on its own after a short pause, with the draft's revision (409 → say so, offer to reload).
 */
@Component({
  selector: 'cd-quiz-activity-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [
    RouterLink,
    TranslatePipe,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    QuestionEditorComponent,
    EditorErrorComponent,
    ItemActionsComponent,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
  ],
  styleUrl: './authoring.scss',
  template: `
    <div class="cd-container cd-page cd-qz">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'quizEditor.quiz.parcours' | translate, link: '/auteur/parcours/' + id() },
          { label: 'quizEditor.quiz.title' | translate },
        ]"
      />
      <h1>
        {{ 'quizEditor.quiz.title' | translate }}
        @if (quizTitle(); as title) {
          <span class="cd-qz__subtitle" lang="fr">{{ title }}</span>
        }
      </h1>

      @if (loadError(); as error) {
        <p class="cd-field__error" role="alert">{{ error.key | translate: error.params }}</p>
        <p>
          <a [routerLink]="'/auteur/parcours/' + id()">{{ 'quizEditor.quiz.backToParcours' | translate }}</a>
        </p>
      } @else if (!loaded()) {
        <p>{{ 'quizEditor.loading' | translate }}</p>
      } @else {
        <div class="cd-qz__status" aria-live="polite">
          <p class="cd-qz__state" [class.cd-qz__state--alert]="state() === 'conflict' || state() === 'failed' || state() === 'invalid'">
            {{ 'quizEditor.save.' + state() | translate: { count: issues().length } }}
          </p>
          @if (state() === 'conflict') {
            <button type="button" class="cd-btn cd-btn--small" (click)="reload()">{{ 'quizEditor.save.reload' | translate }}</button>
          } @else if (state() === 'invalid') {
            <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="showErrors()">{{ 'quizEditor.save.showErrors' | translate }}</button>
          } @else if (state() === 'failed') {
            <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="schedule(0)">{{ 'quizEditor.actions.retry' | translate }}</button>
          }
        </div>
        <cd-error-summary idPrefix="qz" [problem]="problem()" />

        <section aria-labelledby="qz-settings-title" class="cd-qz__section">
          <h2 id="qz-settings-title">{{ 'quizEditor.quiz.settings' | translate }}</h2>
          @let s = settings();
          <div class="cd-qe__grid">
            <div class="cd-field" [class.cd-field--error]="!!err('/settings/passMark')">
              <label class="cd-field__label" for="qz-settings-passMark">{{ 'quizEditor.quiz.passMark' | translate }}</label>
              <cd-qe-error [issue]="err('/settings/passMark')" errorId="qz-settings-passMark-error" />
              <input
                class="cd-input cd-qe__number"
                id="qz-settings-passMark"
                type="number"
                min="0"
                max="100"
                step="any"
                [value]="s.passMark"
                (input)="setSetting('passMark', numberOf($event))"
                [attr.aria-invalid]="err('/settings/passMark') ? 'true' : null"
                [attr.aria-describedby]="err('/settings/passMark') ? 'qz-settings-passMark-error' : null"
              />
            </div>
            <div class="cd-field" [class.cd-field--error]="!!err('/settings/maxAttempts')">
              <label class="cd-field__label" for="qz-settings-maxAttempts">{{ 'quizEditor.quiz.maxAttempts' | translate }}</label>
              <p class="cd-field__hint" id="qz-settings-maxAttempts-hint">{{ 'quizEditor.quiz.maxAttemptsHint' | translate }}</p>
              <cd-qe-error [issue]="err('/settings/maxAttempts')" errorId="qz-settings-maxAttempts-error" />
              <input
                class="cd-input cd-qe__number"
                id="qz-settings-maxAttempts"
                type="number"
                min="1"
                step="1"
                [value]="s.maxAttempts ?? ''"
                (input)="setSetting('maxAttempts', attemptsOf($event))"
                [attr.aria-invalid]="err('/settings/maxAttempts') ? 'true' : null"
                [attr.aria-describedby]="err('/settings/maxAttempts') ? 'qz-settings-maxAttempts-hint qz-settings-maxAttempts-error' : 'qz-settings-maxAttempts-hint'"
              />
            </div>
          </div>
          <fieldset class="cd-field">
            <legend>{{ 'quizEditor.quiz.scoring' | translate }}</legend>
            <div class="cd-qe__inline">
              @for (scoring of scorings; track scoring) {
                <div class="cd-choice">
                  <input type="radio" name="qz-scoring" [id]="'qz-scoring-' + scoring" [checked]="s.scoring === scoring" (change)="setSetting('scoring', scoring)" />
                  <label [for]="'qz-scoring-' + scoring">{{ 'quizEditor.quiz.scoring_' + scoring | translate }}</label>
                </div>
              }
            </div>
          </fieldset>
          <div class="cd-field">
            <label class="cd-field__label" for="qz-settings-showCorrectAnswers">{{ 'quizEditor.quiz.showCorrectAnswers' | translate }}</label>
            <select class="cd-input" id="qz-settings-showCorrectAnswers" [value]="s.showCorrectAnswers" (change)="setSetting('showCorrectAnswers', showOf($event))">
              @for (when of showings; track when) {
                <option [value]="when" [selected]="when === s.showCorrectAnswers">{{ 'quizEditor.quiz.show_' + when | translate }}</option>
              }
            </select>
          </div>
          <div class="cd-choice">
            <input type="checkbox" id="qz-shuffleQuestions" [checked]="s.shuffleQuestions" (change)="setSetting('shuffleQuestions', checked($event))" />
            <label for="qz-shuffleQuestions">{{ 'quizEditor.quiz.shuffleQuestions' | translate }}</label>
          </div>
          <div class="cd-choice">
            <input type="checkbox" id="qz-shuffleChoices" [checked]="s.shuffleChoices" (change)="setSetting('shuffleChoices', checked($event))" />
            <label for="qz-shuffleChoices">{{ 'quizEditor.quiz.shuffleChoices' | translate }}</label>
          </div>
        </section>

        <section aria-labelledby="qz-questions-title" class="cd-qz__section">
          <h2 id="qz-questions-title">{{ 'quizEditor.quiz.questions' | translate: { count: rows().length } }}</h2>
          @if (rows().length === 0) {
            <p>{{ 'quizEditor.quiz.noQuestions' | translate }}</p>
          }
          <ol class="cd-qz__questions" cdkDropList (cdkDropListDropped)="dropped($event)">
            @for (row of rows(); track row.uid; let i = $index) {
              <li class="cd-qz__question" cdkDrag [cdkDragData]="i" [class.cd-qz__question--error]="questionHasIssues(i)">
                <div class="cd-qz__question-head">
                  <span class="cd-qz__handle" cdkDragHandle aria-hidden="true" [title]="'quizEditor.quiz.dragHint' | translate">⠿</span>
                  <h3 class="cd-qz__question-title" [id]="'qz-q-' + row.uid + '-title'">
                    {{ 'quizEditor.quiz.questionTitle' | translate: { n: i + 1 } }}
                    <span class="cd-qz__question-type">{{ 'quizEditor.types.' + row.question.type | translate }}</span>
                    <span class="cd-qz__question-stem" lang="fr">{{ excerpt(row.question) }}</span>
                  </h3>
                </div>
                <div class="cd-qe__actions">
                  <button
                    type="button"
                    class="cd-btn cd-btn--secondary cd-btn--small"
                    [attr.aria-expanded]="open().has(row.uid)"
                    [attr.aria-controls]="'qz-q-' + row.uid + '-editor'"
                    (click)="toggleOpen(row.uid)"
                  >
                    {{ (open().has(row.uid) ? 'quizEditor.quiz.close' : 'quizEditor.actions.edit') | translate
                    }}<span class="cd-sr-only"> {{ 'quizEditor.quiz.questionTitle' | translate: { n: i + 1 } }}</span>
                  </button>
                  <cd-qe-item-actions
                    [index]="i"
                    [count]="rows().length"
                    [what]="'quizEditor.what.question' | translate: { n: i + 1 }"
                    (up)="moveRow(i, i - 1)"
                    (down)="moveRow(i, i + 1)"
                    (remove)="removeRow(i)"
                  />
                </div>
                <div [id]="'qz-q-' + row.uid + '-editor'">
                  @if (open().has(row.uid) || questionHasIssues(i)) {
                    <cd-question-editor
                      [idPrefix]="'qz-questions-' + i"
                      [question]="row.question"
                      (questionChange)="setQuestion(i, $event)"
                      [issues]="visibleIssues(i)"
                      [competencyOptions]="competencies()"
                    />
                  }
                </div>
              </li>
            }
          </ol>

          <div class="cd-qz__add">
            <div class="cd-field">
              <label class="cd-field__label" for="qz-new-type">{{ 'quizEditor.quiz.newType' | translate }}</label>
              <select class="cd-input" id="qz-new-type" [value]="newType()" (change)="newType.set(typeOf($event))">
                @for (type of allTypes; track type) {
                  <option [value]="type" [selected]="type === newType()">{{ 'quizEditor.types.' + type | translate }}</option>
                }
              </select>
            </div>
            <button type="button" class="cd-btn cd-btn--secondary" (click)="addNew()">{{ 'quizEditor.quiz.addNew' | translate }}</button>
          </div>

          <form class="cd-qz__bank" role="search" [attr.aria-label]="'quizEditor.quiz.fromBank' | translate" (submit)="$event.preventDefault(); searchBank()">
            <h3>{{ 'quizEditor.quiz.fromBank' | translate }}</h3>
            <div class="cd-qz__add">
              <div class="cd-field">
                <label class="cd-field__label" for="qz-bank-q">{{ 'quizEditor.bank.searchText' | translate }}</label>
                <input class="cd-input" id="qz-bank-q" type="search" maxlength="200" [value]="bankQuery()" (input)="bankQuery.set(textOf($event))" />
              </div>
              <button type="submit" class="cd-btn cd-btn--secondary">{{ 'quizEditor.bank.search' | translate }}</button>
            </div>
            <div aria-live="polite">
              @if (bankResults(); as results) {
                @if (results.length === 0) {
                  <p>{{ 'quizEditor.bank.empty' | translate }}</p>
                } @else {
                  <ul class="cd-qb__list">
                    @for (item of results; track item.id) {
                      <li class="cd-qb__item">
                        <span lang="fr">{{ excerpt(item.question) }}</span>
                        <span class="cd-qb__meta"
                          >{{ 'quizEditor.types.' + item.type | translate }} · <code>{{ item.key }}</code></span
                        >
                        <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="addFromBank(item)">
                          {{ 'quizEditor.quiz.add' | translate }}<span class="cd-sr-only"> {{ item.key }}</span>
                        </button>
                      </li>
                    }
                  </ul>
                }
              }
            </div>
          </form>
        </section>

        <section aria-labelledby="qz-draw-title" class="cd-qz__section">
          <h2 id="qz-draw-title">{{ 'quizEditor.quiz.draw' | translate }}</h2>
          <p class="cd-field__hint">{{ 'quizEditor.quiz.drawHint' | translate }}</p>
          <cd-qe-error [issue]="err('/draw')" errorId="qz-draw-error" />
          <ul class="cd-qe__list" id="qz-draw">
            @for (rule of draw(); track $index; let i = $index) {
              <li class="cd-qe__item">
                <div class="cd-qe__grid">
                  <div class="cd-field" [class.cd-field--error]="!!err('/draw/' + i + '/competency')">
                    <label class="cd-field__label" [for]="'qz-draw-' + i + '-competency'">{{ 'quizEditor.quiz.drawCompetency' | translate: { n: i + 1 } }}</label>
                    <cd-qe-error [issue]="err('/draw/' + i + '/competency')" [errorId]="'qz-draw-' + i + '-competency-error'" />
                    <select
                      class="cd-input"
                      [id]="'qz-draw-' + i + '-competency'"
                      [value]="rule.competency"
                      (change)="setDraw(i, { competency: textOf($event) })"
                      [attr.aria-describedby]="err('/draw/' + i + '/competency') ? 'qz-draw-' + i + '-competency-error' : null"
                    >
                      <option value="">{{ 'quizEditor.quiz.chooseCompetency' | translate }}</option>
                      @for (option of competencies(); track option.code) {
                        <option [value]="option.code" [selected]="option.code === rule.competency">{{ option.code }} — {{ option.title }}</option>
                      }
                    </select>
                  </div>
                  <div class="cd-field" [class.cd-field--error]="!!err('/draw/' + i + '/count')">
                    <label class="cd-field__label" [for]="'qz-draw-' + i + '-count'">{{ 'quizEditor.quiz.drawCount' | translate: { n: i + 1 } }}</label>
                    <cd-qe-error [issue]="err('/draw/' + i + '/count')" [errorId]="'qz-draw-' + i + '-count-error'" />
                    <input
                      class="cd-input cd-qe__number"
                      type="number"
                      min="1"
                      [max]="maxDrawCount"
                      step="1"
                      [id]="'qz-draw-' + i + '-count'"
                      [value]="rule.count"
                      (input)="setDraw(i, { count: numberOf($event) })"
                      [attr.aria-invalid]="err('/draw/' + i + '/count') ? 'true' : null"
                      [attr.aria-describedby]="err('/draw/' + i + '/count') ? 'qz-draw-' + i + '-count-error' : null"
                    />
                  </div>
                </div>
                <cd-qe-item-actions [index]="i" [count]="draw().length" [movable]="false" [what]="'quizEditor.what.draw' | translate: { n: i + 1 }" (remove)="removeDraw(i)" />
              </li>
            }
          </ul>
          <p>
            <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="addDraw()">{{ 'quizEditor.quiz.addDraw' | translate }}</button>
          </p>
        </section>
      }
    </div>
  `,
})
export class QuizActivityPageComponent implements OnInit {
  private readonly api = inject(QuizAuthoringApi);
  private readonly document = inject(DOCUMENT);

  /** Route parameters (component input binding). */
  readonly id = input.required<string>();
  readonly activityId = input.required<string>();

  protected readonly scorings = ['best', 'last'] as const;
  protected readonly showings = ['never', 'after_submission', 'after_passing'] as const;
  protected readonly allTypes = ALL_TYPES;
  protected readonly maxDrawCount = MAX_DRAW_COUNT;

  protected readonly loaded = signal(false);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly competencies = signal<readonly CompetencyOption[]>([]);
  protected readonly quizTitle = signal('');

  /** The activity as loaded, for what this page does not edit (key, title, minutes, diagnostic). */
  private readonly base = signal<QuizDocument | null>(null);
  private revision = 0;
  private otherKeys: ReadonlySet<string> = new Set();
  private nextUid = 1;

  protected readonly settings = signal<QuizSettings>({
    passMark: 50,
    maxAttempts: null,
    scoring: 'best',
    shuffleQuestions: false,
    shuffleChoices: false,
    showCorrectAnswers: 'after_submission',
  });
  protected readonly rows = signal<readonly Row[]>([]);
  protected readonly draw = signal<readonly QuizDraw[]>([]);
  protected readonly open = signal<ReadonlySet<number>>(new Set());
  protected readonly newType = signal<QuestionType>('single_choice');
  protected readonly bankQuery = signal('');
  protected readonly bankResults = signal<readonly BankQuestionResponse[] | null>(null);

  protected readonly state = signal<SaveState>('saved');
  /** Whether the issues are shown on the fields (after "show the errors", or after the API refused a save). */
  private readonly errorsShown = signal(false);
  private readonly serverIssues = signal<readonly QuestionIssue[]>([]);
  protected readonly problem = signal<FormProblem | null>(null);

  /** The activity as it stands on this page. */
  readonly activity = computed<QuizDocument | null>(() => {
    const base = this.base();
    if (!base) return null;
    const draw = this.draw();
    return {
      key: base.key,
      type: 'quiz',
      title: base.title,
      minutes: base.minutes,
      ...(base.diagnostic !== undefined ? { diagnostic: base.diagnostic } : {}),
      settings: this.settings(),
      questions: this.rows().map((row) => row.question),
      ...(draw.length > 0 ? { draw: [...draw] } : {}),
    };
  });

  protected readonly issues = computed(() => {
    const activity = this.activity();
    return activity ? checkQuiz(activity, this.otherKeys) : [];
  });

  private readonly shownIssues = computed(() => {
    if (this.serverIssues().length > 0) return this.serverIssues();
    return this.errorsShown() ? this.issues() : [];
  });

  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;
  private dirtyWhileSaving = false;

  constructor() {
    // Leaving the page during the pause before a save: save now rather than lose the last change.
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.timer);
      if (this.state() === 'pending') this.save();
    });
    this.api.referentiel().subscribe({
      next: (referentiel) => this.competencies.set(referentiel.domains.flatMap((domain) => domain.competencies.map(({ code, title }) => ({ code, title })))),
      error: () => this.competencies.set([]),
    });
  }

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    clearTimeout(this.timer);
    this.loadError.set(null);
    this.api.parcours(this.id()).subscribe({
      next: (parcours) => this.take(parcours),
      error: (error: unknown) => this.loadError.set(problemMessage(error, NAMESPACE, KNOWN_CODES)),
    });
  }

  private take(parcours: AuthoringParcoursResponse): void {
    const key = Object.entries(parcours.ids.activities).find(([, id]) => id === this.activityId())?.[0];
    const activity = parcours.document.parcours.modules.flatMap((module) => module.activities).find((a) => a.key === key);
    if (!activity || activity.type !== 'quiz') {
      this.loadError.set({ key: 'quizEditor.quiz.notQuiz' });
      return;
    }
    this.base.set(activity);
    this.revision = parcours.revision;
    this.otherKeys = questionKeysOutside(parcours.document.parcours.modules, activity.key);
    this.quizTitle.set(activity.title);
    this.settings.set({ ...activity.settings });
    this.rows.set(activity.questions.map((question) => ({ uid: this.nextUid++, question })));
    this.draw.set([...(activity.draw ?? [])]);
    this.serverIssues.set([]);
    this.errorsShown.set(false);
    this.problem.set(null);
    this.state.set('saved');
    this.loaded.set(true);
  }

  // --- edits: each one schedules a save ---

  protected setSetting<K extends keyof QuizSettings>(key: K, value: QuizSettings[K]): void {
    this.settings.update((settings) => ({ ...settings, [key]: value }));
    this.changed();
  }

  protected setQuestion(index: number, question: QuestionDocument): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, question } : row)));
    this.changed();
  }

  protected moveRow(from: number, to: number): void {
    if (to < 0 || to >= this.rows().length) return;
    this.rows.update((rows) => move(rows, from, to));
    this.changed();
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    this.moveRow(event.previousIndex, event.currentIndex);
  }

  protected removeRow(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
    this.changed();
  }

  protected addNew(): void {
    const uid = this.nextUid++;
    const question = newQuestion(this.newType(), suggestKey('', this.takenKeys()));
    this.rows.update((rows) => [...rows, { uid, question }]);
    this.open.update((open) => new Set([...open, uid]));
    // A new question is incomplete: it is saved once filled in, and its fields say what is missing right away.
    this.changed();
    this.focusSoon(`qz-q-${uid}-title`);
  }

  protected addFromBank(item: BankQuestionResponse): void {
    this.rows.update((rows) => [...rows, { uid: this.nextUid++, question: copyWithFreeKey(item.question, this.takenKeys()) }]);
    this.changed();
  }

  protected searchBank(): void {
    this.api.search({ q: this.bankQuery(), limit: 10, offset: 0 }).subscribe({
      next: ({ items }) => this.bankResults.set(items),
      error: () => this.bankResults.set([]),
    });
  }

  protected setDraw(index: number, change: Partial<QuizDraw>): void {
    this.draw.update((draw) => draw.map((rule, i) => (i === index ? { ...rule, ...change } : rule)));
    this.changed();
  }

  protected addDraw(): void {
    this.draw.update((draw) => [...draw, { competency: '', count: 1 }]);
    this.changed();
  }

  protected removeDraw(index: number): void {
    this.draw.update((draw) => draw.filter((_, i) => i !== index));
    this.changed();
  }

  protected toggleOpen(uid: number): void {
    this.open.update((open) => {
      const next = new Set(open);
      if (!next.delete(uid)) next.add(uid);
      return next;
    });
  }

  protected showErrors(): void {
    this.errorsShown.set(true);
    this.problem.set(toFormProblem(this.issues(), ''));
  }

  // --- saving ---

  private changed(): void {
    this.serverIssues.set([]);
    if (this.state() === 'conflict') return;
    // The summary goes once everything is fixed; it is not rebuilt meanwhile (a new one would take the focus).
    if (this.problem() && this.issues().length === 0) this.problem.set(null);
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Saves after `delay` ms of quiet; an invalid activity waits for the author to fix it (nothing is sent). */
  protected schedule(delay: number): void {
    clearTimeout(this.timer);
    if (this.issues().length > 0) {
      this.state.set('invalid');
      return;
    }
    this.state.set('pending');
    this.timer = setTimeout(() => this.save(), delay);
  }

  private save(): void {
    const activity = this.activity();
    if (!activity || this.state() === 'conflict') return;
    if (this.saving) {
      this.dirtyWhileSaving = true;
      return;
    }
    this.saving = true;
    this.dirtyWhileSaving = false;
    this.state.set('saving');
    this.api.updateActivity(this.activityId(), this.revision, activity).subscribe({
      next: (parcours) => {
        this.saving = false;
        this.revision = parcours.revision;
        if (this.dirtyWhileSaving) this.schedule(0);
        else this.state.set(this.issues().length > 0 ? 'invalid' : 'saved');
      },
      error: (error: unknown) => {
        this.saving = false;
        if (problemCode(error) === 'STALE_REVISION') {
          this.state.set('conflict');
          return;
        }
        const { issues, problem } = withServerIssues(error, NAMESPACE, KNOWN_CODES, activityPointer);
        this.serverIssues.set(issues);
        this.problem.set(problem);
        this.state.set('failed');
      },
    });
  }

  // --- view helpers ---

  private takenKeys(): Set<string> {
    return new Set([...this.otherKeys, ...this.rows().map((row) => row.question.key)]);
  }

  protected err(pointer: string): QuestionIssue | undefined {
    return this.shownIssues().find((issue) => issue.pointer === pointer);
  }

  protected visibleIssues(index: number): QuestionIssue[] {
    return questionIssues(this.shownIssues(), index);
  }

  protected questionHasIssues(index: number): boolean {
    return this.visibleIssues(index).length > 0;
  }

  protected excerpt(question: QuestionDocument): string {
    return plainExcerpt(question.stem, 100) || question.key;
  }

  protected textOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected typeOf(event: Event): QuestionType {
    return this.textOf(event) as QuestionType;
  }

  protected numberOf(event: Event): number {
    return (event.target as HTMLInputElement).valueAsNumber;
  }

  protected attemptsOf(event: Event): number | null {
    const input = event.target as HTMLInputElement;
    return input.value === '' ? null : input.valueAsNumber;
  }

  protected showOf(event: Event): QuizSettings['showCorrectAnswers'] {
    return this.textOf(event) as QuizSettings['showCorrectAnswers'];
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  private focusSoon(id: string): void {
    setTimeout(() => this.document.getElementById(id)?.focus());
  }
}
