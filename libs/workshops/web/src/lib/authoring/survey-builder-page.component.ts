import { ChangeDetectionStrategy, Component, DOCUMENT, ViewEncapsulation, afterNextRender, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiError, apiResource, ErrorSummaryComponent, type FormProblem, type Message, problemMessage, problemOf, TranslatePipe } from '@culture-d/shared/web';
import type { AuthoringWorkshopResponse } from '@culture-d/workshops/contracts';
import { type QuestionDraft, type QuestionKind, QUESTION_KINDS, apiSurveyErrors, draftsOf, moveQuestion, newQuestion, surveyOf, surveyProblems } from './survey-builder';
import { WorkshopAdminNavComponent } from './workshop-admin-nav.component';
import { bodyOf } from './workshop-form';
import { WorkshopsAdminApi, authoringWorkshopUrl } from './workshops-admin.api';

/**
 * `/auteur/ateliers/:id/enquete` (authors, admins): the needs survey sent to registrants. Questions are added by
 * kind (single or multiple choice, scale, free text), edited, moved up and down with buttons (the focus follows the
 * moved question's button) and removed; "Enregistrer l'enquête" saves them with the workshop. A question keeps its
 * key when its wording changes, so answers already given stay with it.
 */
@Component({
  selector: 'cd-survey-builder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, WorkshopAdminNavComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-survey__list {
      display: grid;
      gap: 1.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cd-survey__question {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .cd-survey__question h2 {
      margin: 0;
      font-size: 1.125rem;
    }
    .cd-survey__tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .cd-survey__add {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    .cd-survey__scale {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .cd-survey__scale .cd-field {
      inline-size: 8rem;
    }
  `,
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshopsAdmin.list.title' | translate, link: '/auteur/ateliers' },
          { label: 'workshopsAdmin.survey.title' | translate },
        ]"
      />
      <h1>{{ 'workshopsAdmin.survey.title' | translate }}</h1>
      @if (workshop.hasValue()) {
        <p class="cd-lead">
          <strong lang="fr">{{ workshop.value().title }}</strong>
        </p>
        <cd-workshop-admin-nav [workshopId]="id()" [slug]="workshop.value().status === 'draft' ? null : workshop.value().slug" current="survey" />
        <p>{{ 'workshopsAdmin.survey.intro' | translate }}</p>
        <div class="cd-form__live" aria-live="polite">
          @if (notice(); as notice) {
            <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
          }
        </div>
        <form class="cd-form" (submit)="$event.preventDefault(); save()" novalidate>
          <cd-error-summary idPrefix="enquete" [problem]="problem()" />
          @if (drafts().length === 0) {
            <p>{{ 'workshopsAdmin.survey.empty' | translate }}</p>
          }
          <ol class="cd-survey__list">
            @for (q of drafts(); track q.key; let i = $index; let first = $first; let last = $last) {
              <li class="cd-survey__question">
                <h2 [id]="'enquete-' + i + '-title'">
                  {{ 'workshopsAdmin.survey.questionTitle' | translate: { number: i + 1 } }} — {{ 'workshopsAdmin.survey.kinds.' + q.kind | translate }}
                </h2>
                <div class="cd-field" [class.cd-field--error]="error(i + '-question')">
                  <label class="cd-field__label" [for]="'enquete-' + i + '-question'">{{ 'workshopsAdmin.survey.question' | translate }}</label>
                  @if (error(i + '-question'); as e) {
                    <p class="cd-field__error" [id]="'enquete-' + i + '-question-error'">{{ e.key | translate: e.params }}</p>
                  }
                  <input
                    class="cd-input"
                    [id]="'enquete-' + i + '-question'"
                    maxlength="500"
                    [value]="q.question"
                    (input)="edit(i, { question: $any($event.target).value })"
                    [attr.aria-invalid]="!!error(i + '-question')"
                    [attr.aria-describedby]="error(i + '-question') ? 'enquete-' + i + '-question-error' : null"
                  />
                </div>
                @if (q.kind === 'choice' || q.kind === 'multiple') {
                  <div class="cd-field" [class.cd-field--error]="error(i + '-choices')">
                    <label class="cd-field__label" [for]="'enquete-' + i + '-choices'">{{ 'workshopsAdmin.survey.choices' | translate }}</label>
                    <p class="cd-field__hint" [id]="'enquete-' + i + '-choices-hint'">{{ 'workshopsAdmin.survey.choicesHint' | translate }}</p>
                    @if (error(i + '-choices'); as e) {
                      <p class="cd-field__error" [id]="'enquete-' + i + '-choices-error'">{{ e.key | translate: e.params }}</p>
                    }
                    <textarea
                      class="cd-input"
                      rows="4"
                      [id]="'enquete-' + i + '-choices'"
                      [value]="q.choices"
                      (input)="edit(i, { choices: $any($event.target).value })"
                      [attr.aria-invalid]="!!error(i + '-choices')"
                      [attr.aria-describedby]="'enquete-' + i + '-choices-hint' + (error(i + '-choices') ? ' enquete-' + i + '-choices-error' : '')"
                    ></textarea>
                  </div>
                  <div class="cd-choice">
                    <input
                      type="checkbox"
                      [id]="'enquete-' + i + '-multiple'"
                      [checked]="q.kind === 'multiple'"
                      (change)="edit(i, { kind: $any($event.target).checked ? 'multiple' : 'choice' })"
                    />
                    <label [for]="'enquete-' + i + '-multiple'">{{ 'workshopsAdmin.survey.multiple' | translate }}</label>
                  </div>
                }
                @if (q.kind === 'scale') {
                  @if (error(i + '-max'); as e) {
                    <p class="cd-field__error" [id]="'enquete-' + i + '-max-error'">{{ e.key | translate: e.params }}</p>
                  }
                  <div class="cd-survey__scale">
                    <div class="cd-field">
                      <label class="cd-field__label" [for]="'enquete-' + i + '-min'">{{ 'workshopsAdmin.survey.min' | translate }}</label>
                      <input
                        type="number"
                        class="cd-input"
                        min="0"
                        max="10"
                        [id]="'enquete-' + i + '-min'"
                        [value]="q.min"
                        (input)="edit(i, { min: +$any($event.target).value })"
                      />
                    </div>
                    <div class="cd-field">
                      <label class="cd-field__label" [for]="'enquete-' + i + '-max'">{{ 'workshopsAdmin.survey.max' | translate }}</label>
                      <input
                        type="number"
                        class="cd-input"
                        min="0"
                        max="10"
                        [id]="'enquete-' + i + '-max'"
                        [value]="q.max"
                        (input)="edit(i, { max: +$any($event.target).value })"
                        [attr.aria-invalid]="!!error(i + '-max')"
                        [attr.aria-describedby]="error(i + '-max') ? 'enquete-' + i + '-max-error' : null"
                      />
                    </div>
                  </div>
                }
                <div class="cd-survey__tools">
                  <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [id]="'enquete-' + q.key + '-up'" [attr.aria-disabled]="first || null" (click)="move(i, -1)">
                    {{ 'workshopsAdmin.survey.up' | translate }}<span class="cd-sr-only"> : {{ 'workshopsAdmin.survey.questionTitle' | translate: { number: i + 1 } }}</span>
                  </button>
                  <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [id]="'enquete-' + q.key + '-down'" [attr.aria-disabled]="last || null" (click)="move(i, 1)">
                    {{ 'workshopsAdmin.survey.down' | translate }}<span class="cd-sr-only"> : {{ 'workshopsAdmin.survey.questionTitle' | translate: { number: i + 1 } }}</span>
                  </button>
                  <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="remove(i)">
                    {{ 'workshopsAdmin.survey.remove' | translate }}<span class="cd-sr-only"> : {{ 'workshopsAdmin.survey.questionTitle' | translate: { number: i + 1 } }}</span>
                  </button>
                </div>
              </li>
            }
          </ol>
          <div class="cd-survey__add">
            <div class="cd-field">
              <label class="cd-field__label" for="enquete-kind">{{ 'workshopsAdmin.survey.newKind' | translate }}</label>
              <select id="enquete-kind" class="cd-input" [value]="kind()" (change)="kind.set($any($event.target).value)">
                @for (k of kinds; track k) {
                  <option [value]="k" [selected]="k === kind()">{{ 'workshopsAdmin.survey.kinds.' + k | translate }}</option>
                }
              </select>
            </div>
            <button type="button" class="cd-btn cd-btn--secondary" (click)="add()">{{ 'workshopsAdmin.survey.add' | translate }}</button>
          </div>
          <div class="cd-form__actions">
            @if (workshop.value().status === 'cancelled') {
              <p class="cd-form__note">{{ 'workshopsAdmin.survey.cancelled' | translate }}</p>
            } @else {
              <button type="submit" class="cd-btn" [attr.aria-disabled]="sending() || null">
                {{ (sending() ? 'workshopsAdmin.editor.saving' : 'workshopsAdmin.survey.save') | translate }}
              </button>
            }
            <a [routerLink]="['/auteur/ateliers', id(), 'resultats']">{{ 'workshopsAdmin.survey.seeResults' | translate }}</a>
          </div>
        </form>
      } @else if (workshop.error()) {
        <p>{{ (notFound() ? 'workshopsAdmin.notFound' : 'workshopsAdmin.loadFailed') | translate }}</p>
        <p>
          <a routerLink="/auteur/ateliers">{{ 'workshopsAdmin.backToList' | translate }}</a>
        </p>
      } @else {
        <p role="status">{{ 'workshopsAdmin.loading' | translate }}</p>
      }
    </div>
  `,
})
export class SurveyBuilderPageComponent {
  /** Route param. */
  readonly id = input.required<string>();

  private readonly api = inject(WorkshopsAdminApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly workshop = apiResource<AuthoringWorkshopResponse>(() => authoringWorkshopUrl(this.id()));
  protected readonly notFound = computed(() => {
    const error = this.workshop.error();
    return error instanceof ApiError && (error.status === 404 || error.status === 400);
  });
  protected readonly kinds = QUESTION_KINDS;
  protected readonly kind = signal<QuestionKind>('choice');
  protected readonly drafts = signal<QuestionDraft[]>([]);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly sending = signal(false);
  protected readonly notice = signal<Message | null>(null);

  constructor() {
    effect(() => {
      if (!this.workshop.hasValue()) return;
      const survey = this.workshop.value().survey;
      untracked(() => this.drafts.set(draftsOf(survey)));
    });
  }

  protected error(field: string) {
    return this.problem()?.fields.find((e) => e.field === field);
  }

  protected edit(index: number, change: Partial<QuestionDraft>): void {
    this.drafts.update((list) => list.map((q, i) => (i === index ? { ...q, ...change } : q)));
  }

  protected add(): void {
    const question = newQuestion(this.kind(), this.drafts());
    this.drafts.update((list) => [...list, question]);
    this.notice.set({ key: 'workshopsAdmin.survey.added', params: { number: this.drafts().length } });
    this.focusAfterRender(`enquete-${this.drafts().length - 1}-question`);
  }

  protected move(index: number, delta: -1 | 1): void {
    const list = this.drafts();
    const target = index + delta;
    if (target < 0 || target >= list.length) return;
    const key = list[index].key;
    this.drafts.set(moveQuestion(list, index, delta));
    this.notice.set({ key: 'workshopsAdmin.survey.moved', params: { from: index + 1, to: target + 1 } });
    // The button pressed keeps the focus at the question's new place (or its other button at either end).
    const edge = target === 0 || target === list.length - 1;
    this.focusAfterRender(`enquete-${key}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`);
  }

  protected remove(index: number): void {
    this.drafts.update((list) => list.filter((_, i) => i !== index));
    this.notice.set({ key: 'workshopsAdmin.survey.removed', params: { number: index + 1 } });
    this.focusAfterRender('enquete-kind');
  }

  protected save(): void {
    if (this.sending() || !this.workshop.hasValue()) return;
    const client = surveyProblems(this.drafts());
    if (client.length) {
      this.problem.set({ fields: client });
      return;
    }
    this.problem.set(null);
    this.sending.set(true);
    const workshop = this.workshop.value();
    this.api.update(workshop.id, bodyOf(workshop, { survey: surveyOf(this.drafts()) })).subscribe({
      next: (saved) => {
        this.sending.set(false);
        this.workshop.set(saved);
        this.notice.set({ key: 'workshopsAdmin.survey.saved', params: { count: saved.survey.length } });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const fields = apiSurveyErrors(problemOf(error)?.errors ?? []);
        this.problem.set(
          fields.length
            ? { fields }
            : { fields: [], message: problemMessage(error, 'workshopsAdmin', ['SURVEY_INVALID', 'INVALID_SCHEDULE', 'CAPACITY_BELOW_CONFIRMED', 'WORKSHOP_CANCELLED']) },
        );
      },
    });
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
