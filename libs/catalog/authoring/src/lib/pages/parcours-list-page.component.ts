import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AuthoringParcoursSummary, ParcoursDocument } from '@culture-d/catalog/contracts';
import { AUDIENCES, THEMES, type Audience, type Theme } from '@culture-d/shared/contracts';
import { ErrorSummaryComponent, FormSubmission, LanguageService, type Message, problemCode, problemMessage, TranslatePipe } from '@culture-d/shared/web';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { AuthoringApi, exportUrl } from '../authoring.api';
import { type DocumentIssue, issuesOf } from '../state/draft-editor';
import { formatDateTime, slugify } from '../util/format';

/** The create form's fields, in their order (API names, except audience/theme which become one-item lists). */
const CREATE_FIELDS = ['title', 'slug', 'summary', 'audience', 'theme'] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const AUTHORING_CODES = ['SLUG_TAKEN', 'DOCUMENT_INVALID', 'PREREQUISITE_CYCLE', 'STALE_REVISION', 'PARCOURS_NOT_PUBLISHABLE', 'PARCOURS_NOT_FOUND', 'ORDER_MISMATCH'];

/** `/auteur`: my parcours (drafts and published), a new parcours, the import of an exported document. */
@Component({
  selector: 'cd-authoring-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent],
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'authoring.tools' | translate, link: '/outils' }, { label: 'authoring.list.title' | translate }]"
      />
      <h1>{{ 'authoring.list.title' | translate }}</h1>
      <p class="cd-lead">{{ 'authoring.list.intro' | translate }}</p>

      <section aria-labelledby="mes-parcours">
        <h2 id="mes-parcours">{{ 'authoring.list.heading' | translate }}</h2>
        @if (loadError(); as message) {
          <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
          <button type="button" class="cd-btn cd-btn--secondary" (click)="refresh()">{{ 'authoring.retry' | translate }}</button>
        } @else if (items() === null) {
          <p role="status">{{ 'authoring.loading' | translate }}</p>
        } @else if (items()?.length === 0) {
          <p>{{ 'authoring.list.empty' | translate }}</p>
        } @else {
          <ul class="cd-authoring-list">
            @for (item of items(); track item.id) {
              <li class="cd-authoring-list__item">
                <h3 class="cd-authoring-list__title">
                  <a [routerLink]="['/auteur/parcours', item.id]">{{ item.title }}</a>
                </h3>
                <p class="cd-authoring-list__facts">
                  <span class="cd-authoring-badge" [attr.data-status]="item.status">{{ 'authoring.status.' + item.status | translate }}</span>
                  @if (item.currentVersion !== null) {
                    <span>{{ 'authoring.list.version' | translate: { version: item.currentVersion } }}</span>
                  }
                  <span>{{ 'authoring.list.updated' | translate: { date: date(item.updatedAt) } }}</span>
                </p>
                <p class="cd-authoring-list__actions">
                  <a [routerLink]="['/auteur/parcours', item.id]"
                    >{{ 'authoring.list.edit' | translate }}<span class="cd-sr-only"> : {{ item.title }}</span></a
                  >
                  <a [routerLink]="['/auteur/parcours', item.id, 'publication']"
                    >{{ 'authoring.list.publication' | translate }}<span class="cd-sr-only"> : {{ item.title }}</span></a
                  >
                  <a [href]="exportUrl(item.id)" download
                    >{{ 'authoring.export' | translate }}<span class="cd-sr-only"> : {{ item.title }}</span></a
                  >
                </p>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="nouveau-parcours" class="cd-form-page">
        <h2 id="nouveau-parcours">{{ 'authoring.create.title' | translate }}</h2>
        <form class="cd-form" [formGroup]="form" (ngSubmit)="create()" novalidate>
          <cd-error-summary idPrefix="nouveau" [problem]="creation.problem()" />
          <p class="cd-form__note">{{ 'authoring.create.allRequired' | translate }}</p>
          <div class="cd-field">
            <label class="cd-field__label" for="nouveau-title">{{ 'authoring.fields.title.label' | translate }}</label>
            @if (creation.error('title'); as e) {
              <p class="cd-field__error" id="nouveau-title-error">{{ e.key | translate }}</p>
            }
            <input
              class="cd-input"
              id="nouveau-title"
              type="text"
              maxlength="200"
              formControlName="title"
              (input)="proposeSlug()"
              [attr.aria-invalid]="creation.error('title') ? 'true' : null"
              [attr.aria-describedby]="creation.error('title') ? 'nouveau-title-error' : null"
            />
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="nouveau-slug">{{ 'authoring.fields.slug.label' | translate }}</label>
            <p class="cd-field__hint" id="nouveau-slug-hint">{{ 'authoring.fields.slug.hint' | translate }}</p>
            @if (creation.error('slug'); as e) {
              <p class="cd-field__error" id="nouveau-slug-error">{{ e.key | translate }}</p>
            }
            <input
              class="cd-input"
              id="nouveau-slug"
              type="text"
              maxlength="80"
              spellcheck="false"
              formControlName="slug"
              (input)="slugEdited = true"
              [attr.aria-invalid]="creation.error('slug') ? 'true' : null"
              [attr.aria-describedby]="creation.error('slug') ? 'nouveau-slug-hint nouveau-slug-error' : 'nouveau-slug-hint'"
            />
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="nouveau-summary">{{ 'authoring.fields.summary.label' | translate }}</label>
            @if (creation.error('summary'); as e) {
              <p class="cd-field__error" id="nouveau-summary-error">{{ e.key | translate }}</p>
            }
            <textarea
              class="cd-input"
              id="nouveau-summary"
              rows="3"
              maxlength="2000"
              formControlName="summary"
              [attr.aria-invalid]="creation.error('summary') ? 'true' : null"
              [attr.aria-describedby]="creation.error('summary') ? 'nouveau-summary-error' : null"
            ></textarea>
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="nouveau-audience">{{ 'authoring.create.audience' | translate }}</label>
            <select class="cd-input" id="nouveau-audience" formControlName="audience">
              @for (audience of audiences; track audience) {
                <option [value]="audience">{{ 'catalog.audiences.' + audience | translate }}</option>
              }
            </select>
          </div>
          <div class="cd-field">
            <label class="cd-field__label" for="nouveau-theme">{{ 'authoring.create.theme' | translate }}</label>
            <select class="cd-input" id="nouveau-theme" formControlName="theme">
              @for (theme of themes; track theme) {
                <option [value]="theme">{{ 'catalog.themes.' + theme | translate }}</option>
              }
            </select>
          </div>
          <div class="cd-form__actions">
            <button type="submit" class="cd-btn" [attr.aria-disabled]="creation.sending() || null">
              {{ (creation.sending() ? 'authoring.sending' : 'authoring.create.submit') | translate }}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="importer" class="cd-form-page">
        <h2 id="importer">{{ 'authoring.import.title' | translate }}</h2>
        <p>{{ 'authoring.import.intro' | translate }}</p>
        <div class="cd-form">
          <div class="cd-field">
            <label class="cd-field__label" for="import-file">{{ 'authoring.import.file' | translate }}</label>
            <p class="cd-field__hint" id="import-file-hint">{{ 'authoring.import.hint' | translate }}</p>
            <input id="import-file" type="file" accept="application/json,.json" aria-describedby="import-file-hint" (change)="importFile($event)" />
          </div>
          <div #importResult tabindex="-1" class="cd-authoring-import-result">
            @if (importing()) {
              <p role="status">{{ 'authoring.import.sending' | translate }}</p>
            }
            @if (importProblem(); as problem) {
              <div class="cd-error-summary">
                <h3 class="cd-error-summary__title">{{ problem.message.key | translate: problem.message.params }}</h3>
                @if (problem.issues.length > 0) {
                  <ul class="cd-authoring-issues">
                    @for (issue of problem.issues; track $index) {
                      <li>
                        <code>{{ issue.path || '/' }}</code> : {{ issue.message }}
                      </li>
                    }
                  </ul>
                }
              </div>
            }
          </div>
        </div>
      </section>
    </div>
  `,
  styles: `
    section {
      margin-block-end: 2.5rem;
    }
    .cd-authoring-list {
      display: grid;
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cd-authoring-list__item {
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .cd-authoring-list__title {
      margin: 0 0 0.5rem;
      font-size: 1.1875rem;
    }
    .cd-authoring-list__facts,
    .cd-authoring-list__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      margin: 0.5rem 0 0;
    }
    .cd-authoring-list__facts {
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-authoring-badge {
      font-weight: 700;
      color: var(--mat-sys-on-surface);
    }
    .cd-authoring-issues {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
      overflow-wrap: anywhere;
    }
    .cd-authoring-import-result:focus {
      outline: none;
    }
  `,
})
export class ParcoursListPageComponent {
  private readonly api = inject(AuthoringApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);

  protected readonly audiences = AUDIENCES;
  protected readonly themes = THEMES;
  protected readonly exportUrl = exportUrl;

  protected readonly items = signal<AuthoringParcoursSummary[] | null>(null);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly importing = signal(false);
  protected readonly importProblem = signal<{ message: Message; issues: DocumentIssue[] } | null>(null);
  private readonly importResult = viewChild.required<ElementRef<HTMLElement>>('importResult');

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    slug: ['', [Validators.required, Validators.pattern(SLUG)]],
    summary: ['', [Validators.required, Validators.maxLength(2000)]],
    audience: ['citoyen' as Audience],
    theme: ['democratie' as Theme],
  });
  protected readonly creation = new FormSubmission(this.form, {
    namespace: 'authoring',
    fields: CREATE_FIELDS,
    knownCodes: AUTHORING_CODES,
    codeFields: { SLUG_TAKEN: 'slug' },
  });
  /** Once the author typed an address, the title no longer proposes one. */
  protected slugEdited = false;

  constructor() {
    this.refresh();
  }

  protected refresh(): void {
    this.loadError.set(null);
    this.api.list().subscribe({
      next: (items) => this.items.set(items),
      error: (error: unknown) => this.loadError.set(problemMessage(error, 'authoring', AUTHORING_CODES)),
    });
  }

  protected date(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }

  protected proposeSlug(): void {
    if (!this.slugEdited) this.form.controls.slug.setValue(slugify(this.form.controls.title.value));
  }

  protected create(): void {
    const value = this.form.getRawValue();
    const document: ParcoursDocument = {
      format: 'culture-d/parcours@1',
      parcours: {
        slug: value.slug.trim(),
        title: value.title.trim(),
        summary: value.summary.trim(),
        // Until the author writes the English summary in the editor, the English interface shows the French one.
        summaryEn: value.summary.trim(),
        audiences: [value.audience],
        themes: [value.theme],
        level: 'decouverte',
        objectives: [],
        durationMinutes: 0,
        modules: [],
      },
    };
    this.creation.submit(
      () => this.api.create(document),
      (created) => void this.router.navigate(['/auteur/parcours', created.id]),
    );
  }

  protected async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.importProblem.set(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      this.showImportProblem({ key: 'authoring.import.notJson' }, []);
      return;
    }
    this.importing.set(true);
    this.api.import(document).subscribe({
      next: (created) => {
        this.importing.set(false);
        void this.router.navigate(['/auteur/parcours', created.id]);
      },
      error: (error: unknown) => {
        this.importing.set(false);
        const code = problemCode(error);
        this.showImportProblem(problemMessage(error, 'authoring', AUTHORING_CODES), code === 'DOCUMENT_INVALID' ? issuesOf(error) : []);
        input.value = '';
      },
    });
  }

  private showImportProblem(message: Message, issues: DocumentIssue[]): void {
    this.importProblem.set({ message, issues });
    afterNextRender(() => this.importResult().nativeElement.focus(), { injector: this.injector });
  }
}
