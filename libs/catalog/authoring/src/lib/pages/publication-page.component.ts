import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, type OnInit, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AuthoringParcoursResponse, DraftPreviewResponse, VersionResponse } from '@culture-d/catalog/contracts';
import { LanguageService, type Message, problemCode, problemMessage, problemOf, TranslatePipe } from '@culture-d/shared/web';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { forkJoin } from 'rxjs';
import { AuthoringApi, exportUrl } from '../authoring.api';
import { type Problem, placeOf } from '../state/problems';
import { formatDateTime } from '../util/format';
import { AUTHORING_CODES } from './parcours-list-page.component';

/** Publish codes with their own text (`authoring.problems.<CODE>`); any other reads as a generic problem with its place. */
const PROBLEM_CODES = [
  'PARCOURS_EMPTY',
  'MODULE_EMPTY',
  'LESSON_EMPTY',
  'QUIZ_EMPTY',
  'WORKSHOP_STEP_EMPTY',
  'ALT_MISSING',
  'TRANSCRIPT_MISSING',
  'DATASET_INVALID',
  'DATASET_UNRESOLVED',
];

/**
 * `/auteur/parcours/:id/publication`: what prevents publishing (each problem links to where to fix it), publishing,
 * the versions with what changed, unpublishing (with a confirmation), the export.
 */
@Component({
  selector: 'cd-authoring-publication-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'authoring.tools' | translate, link: '/outils' },
          { label: 'authoring.list.title' | translate, link: '/auteur' },
          { label: parcours()?.title || ('authoring.editor.title' | translate), link: '/auteur/parcours/' + id() },
          { label: 'authoring.publication.title' | translate },
        ]"
      />
      <h1>{{ 'authoring.publication.title' | translate }}</h1>
      @if (loadError(); as message) {
        <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
        <p>
          <a routerLink="/auteur">{{ 'authoring.list.back' | translate }}</a>
        </p>
      } @else if (parcours(); as parcours) {
        <p class="cd-lead">{{ parcours.title }}</p>
        <p class="cd-authoring-links">
          <span class="cd-authoring-badge">{{ 'authoring.status.' + parcours.status | translate }}</span>
          @if (parcours.currentVersion !== null) {
            <span>{{ 'authoring.list.version' | translate: { version: parcours.currentVersion } }}</span>
          }
          <a [routerLink]="['/auteur/parcours', id()]">{{ 'authoring.publication.backToEditor' | translate }}</a>
          <a [href]="exportUrl(id())" download>{{ 'authoring.export' | translate }}</a>
        </p>
        <div role="status" aria-live="polite" class="cd-authoring-live">
          @if (done(); as message) {
            <p class="cd-status">{{ message.key | translate: message.params }}</p>
          }
        </div>
        @if (actionError(); as message) {
          <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
        }

        <section aria-labelledby="validation">
          <h2 id="validation">{{ 'authoring.publication.report' | translate }}</h2>
          @if (problems().length === 0) {
            <p>{{ 'authoring.publication.ready' | translate }}</p>
          } @else {
            <p>{{ 'authoring.publication.blocked' | translate: { count: problems().length } }}</p>
            <ul class="cd-authoring-problems" id="problems" tabindex="-1">
              @for (problem of problems(); track $index) {
                <li>
                  {{ problemText(problem) | translate: problem.place }}
                  @if (problem.place.link; as link) {
                    <a [routerLink]="link" [fragment]="problem.place.fragment"
                      >{{ 'authoring.publication.fix' | translate }}<span class="cd-sr-only"> : {{ problemText(problem) | translate: problem.place }}</span></a
                    >
                  }
                </li>
              }
            </ul>
          }
          <div class="cd-form__actions">
            <button type="button" class="cd-btn" [attr.aria-disabled]="busy() || null" (click)="publish()">{{ 'authoring.publication.publish' | translate }}</button>
            @if (parcours.status === 'published') {
              <button type="button" class="cd-btn cd-btn--secondary" id="unpublish" (click)="askUnpublish()">{{ 'authoring.publication.unpublish' | translate }}</button>
            }
          </div>
          @if (confirmingUnpublish()) {
            <div class="cd-authoring-confirm" role="group" aria-labelledby="unpublish-text">
              <p id="unpublish-text">{{ 'authoring.publication.confirmUnpublish' | translate }}</p>
              <button type="button" class="cd-btn cd-btn--danger cd-btn--small" id="confirm-unpublish" (click)="unpublish()">
                {{ 'authoring.publication.unpublishConfirm' | translate }}
              </button>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="cancelUnpublish()">{{ 'authoring.cancel' | translate }}</button>
            </div>
          }
        </section>

        <section aria-labelledby="versions">
          <h2 id="versions">{{ 'authoring.publication.versions' | translate }}</h2>
          @if (versions().length === 0) {
            <p>{{ 'authoring.publication.noVersion' | translate }}</p>
          } @else {
            <ol class="cd-authoring-versions" reversed>
              @for (version of versions(); track version.number) {
                <li>
                  <h3>
                    {{ 'authoring.publication.version' | translate: { number: version.number, date: date(version.publishedAt) } }}
                    @if (version.current) {
                      <span class="cd-authoring-badge">{{ 'authoring.publication.current' | translate }}</span>
                    }
                  </h3>
                  <ul lang="fr">
                    @for (change of version.changes; track $index) {
                      <li>{{ change }}</li>
                    }
                  </ul>
                </li>
              }
            </ol>
          }
        </section>
      } @else {
        <p role="status">{{ 'authoring.loading' | translate }}</p>
      }
    </div>
  `,
  styles: `
    section {
      max-inline-size: 52rem;
      margin-block: 2rem;
    }
    .cd-authoring-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      align-items: center;
    }
    .cd-authoring-badge {
      font-weight: 700;
    }
    .cd-authoring-live {
      margin-block: 1rem;
    }
    .cd-authoring-problems {
      overflow-wrap: anywhere;
    }
    .cd-authoring-problems li + li {
      margin-block-start: 0.5rem;
    }
    .cd-authoring-problems a {
      margin-inline-start: 0.5rem;
    }
    .cd-authoring-problems:focus {
      outline: none;
    }
    .cd-authoring-versions {
      padding-inline-start: 0;
      list-style: none;
    }
    .cd-authoring-versions h3 {
      font-size: 1.0625rem;
      margin-block: 1.25rem 0.5rem;
    }
    .cd-authoring-confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin-block: 1rem;
      padding: 0.75rem;
      border: 2px solid var(--mat-sys-error);
    }
    .cd-authoring-confirm p {
      flex: 1 1 100%;
      margin: 0;
    }
  `,
})
export class PublicationPageComponent implements OnInit {
  private readonly api = inject(AuthoringApi);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly id = input.required<string>();
  protected readonly exportUrl = exportUrl;

  protected readonly parcours = signal<AuthoringParcoursResponse | null>(null);
  private readonly preview = signal<DraftPreviewResponse | null>(null);
  /** Problems from the last answer: the report, or the publish route's 422. */
  private readonly reported = signal<DraftPreviewResponse['problems']>([]);
  protected readonly versions = signal<VersionResponse[]>([]);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly actionError = signal<Message | null>(null);
  protected readonly done = signal<Message | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirmingUnpublish = signal(false);

  protected readonly problems = computed<Problem[]>(() => {
    const preview = this.preview();
    if (!preview) return [];
    return this.reported().map((p) => ({ ...p, place: placeOf(p.path, preview, this.id()) }));
  });

  ngOnInit(): void {
    this.load();
  }

  private load(): void {
    forkJoin({ parcours: this.api.get(this.id()), preview: this.api.preview(this.id()), versions: this.api.versions(this.id()) }).subscribe({
      next: ({ parcours, preview, versions }) => {
        this.parcours.set(parcours);
        this.preview.set(preview);
        this.reported.set(preview.problems);
        this.versions.set(versions);
      },
      error: (error: unknown) => this.loadError.set(problemMessage(error, 'authoring', AUTHORING_CODES)),
    });
  }

  protected date(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }

  protected problemText(problem: Problem): string {
    return PROBLEM_CODES.includes(problem.code) ? `authoring.problems.${problem.code}` : 'authoring.problems.OTHER';
  }

  protected publish(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    this.done.set(null);
    this.api.publish(this.id()).subscribe({
      next: (versions) => {
        this.busy.set(false);
        this.versions.set(versions);
        this.reported.set([]);
        this.parcours.update((p) => (p ? { ...p, status: 'published', currentVersion: versions[0]?.number ?? p.currentVersion } : p));
        this.done.set({ key: 'authoring.publication.published', params: { number: versions[0]?.number ?? '' } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (problemCode(error) === 'PARCOURS_NOT_PUBLISHABLE') {
          const problems = (problemOf(error) as { problems?: DraftPreviewResponse['problems'] } | undefined)?.problems ?? [];
          this.reported.set(problems);
          // The draft may have changed since the report was loaded: refresh the places the links point to.
          this.api.preview(this.id()).subscribe({ next: (preview) => this.preview.set(preview) });
          afterNextRender(() => this.document.getElementById('problems')?.focus(), { injector: this.injector });
        }
        this.actionError.set(problemMessage(error, 'authoring', AUTHORING_CODES));
      },
    });
  }

  protected askUnpublish(): void {
    this.confirmingUnpublish.set(true);
    afterNextRender(() => this.document.getElementById('confirm-unpublish')?.focus(), { injector: this.injector });
  }

  protected cancelUnpublish(): void {
    this.confirmingUnpublish.set(false);
    afterNextRender(() => this.document.getElementById('unpublish')?.focus(), { injector: this.injector });
  }

  protected unpublish(): void {
    this.confirmingUnpublish.set(false);
    this.actionError.set(null);
    this.api.unpublish(this.id()).subscribe({
      next: () => {
        this.parcours.update((p) => (p ? { ...p, status: 'unpublished' } : p));
        this.api.versions(this.id()).subscribe({ next: (versions) => this.versions.set(versions) });
        this.done.set({ key: 'authoring.publication.unpublished' });
      },
      error: (error: unknown) => this.actionError.set(problemMessage(error, 'authoring', AUTHORING_CODES)),
    });
  }
}
