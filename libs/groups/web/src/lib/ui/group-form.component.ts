import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ParcoursCardResponse } from '@culture-d/catalog/contracts';
import type { GroupResponse } from '@culture-d/groups/contracts';
import { apiResource, ErrorSummaryComponent, FormSubmission, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { type GroupBody, GroupsApi } from '../groups.api';

/** The API's page size limit: a facilitator picks among every published parcours. */
const CATALOGUE_LIMIT = 100;
export const GROUP_FORM_FIELDS = ['name', 'description', 'parcours'] as const;
/** Same limits as the API (GROUP_NAME_INVALID, CreateGroupRequest). */
export const GROUP_NAME_MAX = 120;
export const GROUP_DESCRIPTION_MAX = 1000;

/**
 * A group's name, description and assigned parcours (checkboxes over the published catalogue): creates a group, or
 * edits `group` when given. Errors read from the API's codes into the error summary and the fields.
 */
@Component({
  selector: 'cd-group-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-group-form__parcours {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  template: `
    <form class="cd-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cd-error-summary [idPrefix]="idPrefix()" [problem]="submission.problem()" />
      <div class="cd-field" [class.cd-field--error]="!!submission.error('name')">
        <label class="cd-field__label" [for]="idPrefix() + '-name'">{{ 'groups.fields.name.label' | translate }}</label>
        <p class="cd-field__hint" [id]="idPrefix() + '-name-hint'">{{ 'groups.fields.name.hint' | translate }}</p>
        @if (submission.error('name'); as e) {
          <p class="cd-field__error" [id]="idPrefix() + '-name-error'">
            <span class="cd-sr-only">{{ 'form.errorPrefix' | translate }}</span
            >{{ e.key | translate }}
          </p>
        }
        <input
          class="cd-input"
          type="text"
          autocomplete="off"
          required
          [id]="idPrefix() + '-name'"
          [attr.maxlength]="nameMax"
          formControlName="name"
          [attr.aria-invalid]="submission.error('name') ? 'true' : null"
          [attr.aria-describedby]="idPrefix() + '-name-hint' + (submission.error('name') ? ' ' + idPrefix() + '-name-error' : '')"
        />
      </div>
      <div class="cd-field" [class.cd-field--error]="!!submission.error('description')">
        <label class="cd-field__label" [for]="idPrefix() + '-description'">{{ 'groups.fields.description.label' | translate }}</label>
        <p class="cd-field__hint" [id]="idPrefix() + '-description-hint'">{{ 'groups.fields.description.hint' | translate }}</p>
        @if (submission.error('description'); as e) {
          <p class="cd-field__error" [id]="idPrefix() + '-description-error'">
            <span class="cd-sr-only">{{ 'form.errorPrefix' | translate }}</span
            >{{ e.key | translate }}
          </p>
        }
        <textarea
          class="cd-input"
          rows="3"
          [id]="idPrefix() + '-description'"
          [attr.maxlength]="descriptionMax"
          formControlName="description"
          [attr.aria-invalid]="submission.error('description') ? 'true' : null"
          [attr.aria-describedby]="idPrefix() + '-description-hint' + (submission.error('description') ? ' ' + idPrefix() + '-description-error' : '')"
        ></textarea>
      </div>
      <fieldset class="cd-field" [id]="idPrefix() + '-parcours'" [class.cd-field--error]="!!submission.error('parcours')">
        <legend>{{ 'groups.fields.parcours.label' | translate }}</legend>
        <p class="cd-field__hint">{{ 'groups.fields.parcours.hint' | translate }}</p>
        @if (submission.error('parcours'); as e) {
          <p class="cd-field__error">
            <span class="cd-sr-only">{{ 'form.errorPrefix' | translate }}</span
            >{{ e.key | translate }}
          </p>
        }
        @if (catalogue.hasValue()) {
          @if (catalogue.value().items.length === 0) {
            <p>{{ 'groups.fields.parcours.none' | translate }}</p>
          } @else {
            <ul class="cd-group-form__parcours">
              @for (parcours of catalogue.value().items; track parcours.slug) {
                <li class="cd-choice">
                  <input type="checkbox" [id]="idPrefix() + '-parcours-' + parcours.slug" [checked]="selected().includes(parcours.slug)" (change)="toggle(parcours.slug)" />
                  <label [for]="idPrefix() + '-parcours-' + parcours.slug" [attr.lang]="contentLang()">{{ parcours.title }}</label>
                </li>
              }
            </ul>
          }
        } @else if (catalogue.error()) {
          <p>{{ 'groups.errors.loadFailed' | translate }}</p>
          <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="catalogue.reload()">{{ 'groups.errors.retry' | translate }}</button>
        } @else {
          <p role="status">{{ 'groups.loading' | translate }}</p>
        }
      </fieldset>
      <div class="cd-form__actions">
        <button type="submit" class="cd-btn" [attr.aria-disabled]="submission.sending() || null">
          {{ (submission.sending() ? 'form.sending' : group() ? 'groups.form.save' : 'groups.form.create') | translate }}
        </button>
        @if (group()) {
          <button type="button" class="cd-btn cd-btn--secondary" (click)="cancelled.emit()">{{ 'groups.form.cancel' | translate }}</button>
        }
      </div>
    </form>
  `,
})
export class GroupFormComponent {
  /** Prefix of the fields' ids (`<prefix>-name`…), distinct per form on a page. */
  readonly idPrefix = input.required<string>();
  /** The group to edit; none to create one. */
  readonly group = input<GroupResponse | null>(null);
  readonly saved = output<GroupResponse>();
  readonly cancelled = output<void>();

  private readonly api = inject(GroupsApi);
  private readonly language = inject(LanguageService);
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly nameMax = GROUP_NAME_MAX;
  protected readonly descriptionMax = GROUP_DESCRIPTION_MAX;

  protected readonly catalogue = apiResource<{ items: ParcoursCardResponse[]; total: number }>(() => ({
    url: '/api/parcours',
    params: { limit: CATALOGUE_LIMIT },
  }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(GROUP_NAME_MAX)]],
    description: ['', [Validators.maxLength(GROUP_DESCRIPTION_MAX)]],
    parcours: [[] as string[]],
  });
  protected readonly submission = new FormSubmission(this.form, {
    namespace: 'groups',
    fields: GROUP_FORM_FIELDS,
    knownCodes: ['GROUP_NAME_INVALID', 'GROUP_PARCOURS_UNKNOWN'],
    codeFields: { GROUP_NAME_INVALID: 'name', GROUP_PARCOURS_UNKNOWN: 'parcours' },
  });
  private readonly parcoursValue = this.form.controls.parcours;
  /** The checked parcours, in the order they were checked (the order members see them in). */
  private readonly selection = signal<string[]>([]);
  protected readonly selected = this.selection.asReadonly();

  constructor() {
    effect(() => {
      const group = this.group();
      if (!group) return;
      const parcours = group.parcours.map((p) => p.slug);
      this.form.setValue({ name: group.name, description: group.description, parcours });
      this.selection.set(parcours);
    });
  }

  protected toggle(slug: string): void {
    const current = this.selection();
    const next = current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug];
    this.selection.set(next);
    this.parcoursValue.setValue(next);
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const body: GroupBody = { name: value.name.trim(), description: value.description.trim(), parcours: value.parcours };
    const group = this.group();
    this.submission.submit(
      () => (group ? this.api.update(group.id, body) : this.api.create(body)),
      (saved) => this.saved.emit(saved),
    );
  }
}
