import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@culture-d/identity/web';
import { AUDIENCES, type Audience } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import {
  ApiClient,
  ApiError,
  apiResource,
  CheckboxGroupComponent,
  ErrorSummaryComponent,
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  type Message,
  problemMessage,
  StatusMessageService,
  TranslatePipe,
} from '@culture-d/shared/web';
import type { AuthoringWorkshopResponse } from '@culture-d/workshops/contracts';
import { WorkshopAdminNavComponent } from './workshop-admin-nav.component';
import {
  RENAMED_FIELDS,
  WORKSHOP_FIELDS,
  type WorkshopFormValue,
  type WorkshopLink,
  comparedTo,
  emptyWorkshop,
  formValueOf,
  httpsUrl,
  parisDateTime,
  requiredWhen,
  someChecked,
  workshopBody,
} from './workshop-form';
import { WorkshopsAdminApi, authoringWorkshopUrl } from './workshops-admin.api';

/** Error codes of the workshop routes with their own text in `workshopsAdmin.errors`. */
const KNOWN_CODES = ['INVALID_SCHEDULE', 'CAPACITY_BELOW_CONFIRMED', 'WORKSHOP_HAS_REGISTRATIONS', 'WORKSHOP_NOT_FOUND', 'SURVEY_INVALID', 'WORKSHOP_CANCELLED'];

interface PersonFound {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
}

/**
 * `/auteur/ateliers/nouveau` and `/auteur/ateliers/:id` (authors, admins): the workshop's form. Times are typed in
 * Paris time and sent as UTC instants; the venue is asked for in person, the link online; the capacity may be
 * unlimited. Linked parcours and facilitators are lists with buttons (administrators search accounts to add a
 * facilitator). An existing workshop can be cancelled (with a confirmation and a reason the registrants read in their
 * e-mail) and a draft deleted.
 */
@Component({
  selector: 'cd-workshop-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldComponent,
    FieldControlDirective,
    CheckboxGroupComponent,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    WorkshopAdminNavComponent,
  ],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-weditor fieldset.cd-group {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      margin: 0;
      padding: 1rem 1.25rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .cd-weditor fieldset.cd-group > legend {
      padding-inline: 0.25rem;
      font-size: 1.125rem;
      font-weight: 700;
    }
    .cd-weditor .cd-pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 1.25rem;
    }
    .cd-weditor__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .cd-weditor__row > .cd-field {
      flex: 1 1 12rem;
    }
    .cd-weditor__people {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cd-weditor__people li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      padding-block: 0.25rem;
    }
    .cd-weditor__danger {
      margin-block: 2rem;
      padding: 1rem 1.25rem;
      border-inline-start: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-surface-container);
    }
    .cd-weditor__danger h2 {
      margin-block-start: 0;
      font-size: 1.25rem;
    }
  `,
  template: `
    <div class="cd-container cd-page cd-form-page cd-weditor">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshopsAdmin.list.title' | translate, link: '/auteur/ateliers' },
          { label: (id() ? 'workshopsAdmin.editor.editTitle' : 'workshopsAdmin.editor.newTitle') | translate },
        ]"
      />
      <h1>{{ (id() ? 'workshopsAdmin.editor.editTitle' : 'workshopsAdmin.editor.newTitle') | translate }}</h1>
      @if (workshop.hasValue()) {
        <p class="cd-lead" lang="fr">
          <strong>{{ workshop.value().title }}</strong> — {{ 'workshopsAdmin.status.' + workshop.value().status | translate }}
        </p>
        <cd-workshop-admin-nav [workshopId]="workshop.value().id" [slug]="workshop.value().status === 'draft' ? null : workshop.value().slug" current="form" />
      }
      <div class="cd-form__live" aria-live="polite">
        @if (notice(); as notice) {
          <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
        }
      </div>

      @if (id() && !workshop.hasValue()) {
        @if (workshop.error()) {
          <p>{{ (notFound() ? 'workshopsAdmin.notFound' : 'workshopsAdmin.loadFailed') | translate }}</p>
          <p>
            <a routerLink="/auteur/ateliers">{{ 'workshopsAdmin.backToList' | translate }}</a>
          </p>
        } @else {
          <p role="status">{{ 'workshopsAdmin.loading' | translate }}</p>
        }
      } @else {
        @if (cancelled()) {
          <p class="cd-status">{{ 'workshopsAdmin.editor.cancelledNote' | translate }}</p>
        }
        <form class="cd-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <cd-error-summary idPrefix="atelier" [problem]="submission.problem()" />
          <p class="cd-form__note">{{ 'workshopsAdmin.editor.required' | translate }}</p>

          <fieldset class="cd-group">
            <legend>{{ 'workshopsAdmin.editor.sections.about' | translate }}</legend>
            <div cdField fieldId="atelier-title" label="workshopsAdmin.fields.title.label" [error]="submission.error('title')" [errorPrefix]="false">
              <input cdFieldControl class="cd-input" formControlName="title" maxlength="200" />
            </div>
            @for (text of texts; track text.field) {
              <div
                cdField
                [fieldId]="'atelier-' + text.field"
                [label]="'workshopsAdmin.fields.' + text.field + '.label'"
                [hint]="'workshopsAdmin.fields.' + text.field + '.hint'"
                [error]="submission.error(text.field)"
                [errorPrefix]="false"
              >
                <textarea cdFieldControl class="cd-input" [rows]="text.rows" [formControlName]="text.field"></textarea>
              </div>
            }
            <fieldset
              cdCheckboxGroup
              fieldId="atelier-audiences"
              legend="workshopsAdmin.fields.audiences.label"
              optionPrefix="atelier-audience-"
              labelPrefix="workshopsAdmin.audiences."
              [values]="audiences"
              [checked]="form.controls.audiences.value"
              [error]="submission.error('audiences')"
              [errorPrefix]="false"
              (toggled)="toggleAudience($event)"
            ></fieldset>
          </fieldset>

          <fieldset class="cd-group">
            <legend>{{ 'workshopsAdmin.editor.sections.when' | translate }}</legend>
            <p class="cd-form__note">{{ 'workshopsAdmin.editor.parisTime' | translate }}</p>
            <div class="cd-pair">
              @for (field of ['startsAt', 'endsAt']; track field) {
                <div cdField [fieldId]="'atelier-' + field" [label]="'workshopsAdmin.fields.' + field + '.label'" [error]="submission.error(field)" [errorPrefix]="false">
                  <input cdFieldControl type="datetime-local" class="cd-input" [formControlName]="field" />
                </div>
              }
            </div>
          </fieldset>

          <fieldset class="cd-group">
            <legend>{{ 'workshopsAdmin.editor.sections.where' | translate }}</legend>
            <fieldset class="cd-field" id="atelier-format">
              <legend>{{ 'workshopsAdmin.fields.format.label' | translate }}</legend>
              @for (format of formats; track format) {
                <div class="cd-choice">
                  <input type="radio" [id]="'atelier-format-' + format" formControlName="format" [value]="format" />
                  <label [for]="'atelier-format-' + format">{{ 'workshopsAdmin.formats.' + format | translate }}</label>
                </div>
              }
            </fieldset>
            @if (form.controls.format.value !== 'online') {
              @for (field of venueFields; track field) {
                <div cdField [fieldId]="'atelier-' + field" [label]="'workshopsAdmin.fields.' + field + '.label'" [error]="submission.error(field)" [errorPrefix]="false">
                  <input cdFieldControl class="cd-input" [formControlName]="field" [attr.autocomplete]="field === 'venuePostcode' ? 'postal-code' : null" />
                </div>
              }
            }
            @if (form.controls.format.value !== 'in_person') {
              <div
                cdField
                fieldId="atelier-onlineUrl"
                label="workshopsAdmin.fields.onlineUrl.label"
                hint="workshopsAdmin.fields.onlineUrl.hint"
                [error]="submission.error('onlineUrl')"
                [errorPrefix]="false"
              >
                <input cdFieldControl type="url" class="cd-input" formControlName="onlineUrl" />
              </div>
            }
          </fieldset>

          <fieldset class="cd-group">
            <legend>{{ 'workshopsAdmin.editor.sections.registrations' | translate }}</legend>
            <div class="cd-choice">
              <input type="checkbox" id="atelier-unlimited" formControlName="unlimited" />
              <label for="atelier-unlimited">{{ 'workshopsAdmin.fields.unlimited.label' | translate }}</label>
            </div>
            @if (!form.controls.unlimited.value) {
              <div
                cdField
                fieldId="atelier-capacity"
                label="workshopsAdmin.fields.capacity.label"
                [hint]="confirmedCount() > 0 ? { key: 'workshopsAdmin.fields.capacity.hint', params: { count: confirmedCount() } } : null"
                [error]="submission.error('capacity')"
                [errorPrefix]="false"
              >
                <input cdFieldControl type="number" class="cd-input" min="1" max="10000" inputmode="numeric" formControlName="capacity" />
              </div>
            }
            <div class="cd-pair">
              @for (field of ['registrationOpensAt', 'registrationClosesAt']; track field) {
                <div
                  cdField
                  [fieldId]="'atelier-' + field"
                  [label]="'workshopsAdmin.fields.' + field + '.label'"
                  [hint]="'workshopsAdmin.fields.' + field + '.hint'"
                  [error]="submission.error(field)"
                  [errorPrefix]="false"
                >
                  <input cdFieldControl type="datetime-local" class="cd-input" [formControlName]="field" />
                </div>
              }
            </div>
          </fieldset>

          <fieldset class="cd-group">
            <legend>{{ 'workshopsAdmin.editor.sections.links' | translate }}</legend>
            <p class="cd-form__note">{{ 'workshopsAdmin.links.intro' | translate }}</p>
            @for (link of links(); track $index; let i = $index) {
              <div class="cd-weditor__row" role="group" [attr.aria-label]="'workshopsAdmin.links.item' | translate: { number: i + 1 }">
                <div cdField [fieldId]="'atelier-link-' + i + '-parcours'" label="workshopsAdmin.links.parcours">
                  <select cdFieldControl class="cd-input" [value]="link.parcours" (change)="updateLink(i, { parcours: $any($event.target).value })">
                    <option value="">{{ 'workshopsAdmin.links.choose' | translate }}</option>
                    @for (p of parcoursOptions(); track p.slug) {
                      <option [value]="p.slug" [selected]="p.slug === link.parcours">{{ p.title }}</option>
                    }
                  </select>
                </div>
                <div cdField [fieldId]="'atelier-link-' + i + '-module'" label="workshopsAdmin.links.module">
                  <input cdFieldControl class="cd-input" [value]="link.module ?? ''" (input)="updateLink(i, { module: $any($event.target).value })" />
                </div>
                <div cdField [fieldId]="'atelier-link-' + i + '-role'" label="workshopsAdmin.links.role">
                  <select cdFieldControl class="cd-input" (change)="updateLink(i, { role: $any($event.target).value })">
                    <option value="preparation" [selected]="link.role === 'preparation'">{{ 'workshopsAdmin.links.roles.preparation' | translate }}</option>
                    <option value="follow_up" [selected]="link.role === 'follow_up'">{{ 'workshopsAdmin.links.roles.follow_up' | translate }}</option>
                  </select>
                </div>
                <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="removeLink(i)">
                  {{ 'workshopsAdmin.links.remove' | translate }}<span class="cd-sr-only"> ({{ i + 1 }})</span>
                </button>
              </div>
            }
            <p>
              <button type="button" class="cd-btn cd-btn--secondary" (click)="addLink()">{{ 'workshopsAdmin.links.add' | translate }}</button>
            </p>
          </fieldset>

          <fieldset class="cd-group">
            <legend>{{ 'workshopsAdmin.editor.sections.facilitators' | translate }}</legend>
            @if (facilitators().length === 0) {
              <p class="cd-form__note">{{ 'workshopsAdmin.facilitators.none' | translate }}</p>
            } @else {
              <ul class="cd-weditor__people">
                @for (person of facilitators(); track person.id) {
                  <li>
                    <span>{{ person.name }}</span>
                    <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="removeFacilitator(person.id)">
                      {{ 'workshopsAdmin.facilitators.remove' | translate }}<span class="cd-sr-only"> : {{ person.name }}</span>
                    </button>
                  </li>
                }
              </ul>
            }
            @if (isAdmin()) {
              <div cdField fieldId="atelier-facilitator-search" label="workshopsAdmin.facilitators.search">
                <div class="cd-field__row">
                  <input
                    cdFieldControl
                    class="cd-input"
                    type="search"
                    [value]="query()"
                    (input)="query.set($any($event.target).value)"
                    (keydown.enter)="$event.preventDefault(); search()"
                  />
                  <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="search()">{{ 'workshopsAdmin.facilitators.searchButton' | translate }}</button>
                </div>
              </div>
              <div aria-live="polite">
                @if (found(); as found) {
                  @if (found.length === 0) {
                    <p>{{ 'workshopsAdmin.facilitators.noneFound' | translate }}</p>
                  } @else {
                    <ul class="cd-weditor__people">
                      @for (person of found; track person.id) {
                        <li>
                          <span>{{ person.displayName }} ({{ person.email }})</span>
                          <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="addFacilitator(person)">
                            {{ 'workshopsAdmin.facilitators.add' | translate }}<span class="cd-sr-only"> : {{ person.displayName }}</span>
                          </button>
                        </li>
                      }
                    </ul>
                  }
                }
              </div>
            } @else {
              <p class="cd-form__note">{{ 'workshopsAdmin.facilitators.adminOnly' | translate }}</p>
            }
          </fieldset>

          <fieldset class="cd-field" id="atelier-status">
            <legend>{{ 'workshopsAdmin.fields.status.label' | translate }}</legend>
            @for (status of statuses; track status) {
              <div class="cd-choice">
                <input type="radio" [id]="'atelier-status-' + status" formControlName="status" [value]="status" [attr.aria-describedby]="'atelier-status-' + status + '-hint'" />
                <label [for]="'atelier-status-' + status">{{ 'workshopsAdmin.statusChoice.' + status + '.label' | translate }}</label>
                <p class="cd-field__hint" [id]="'atelier-status-' + status + '-hint'">{{ 'workshopsAdmin.statusChoice.' + status + '.hint' | translate }}</p>
              </div>
            }
          </fieldset>

          <div class="cd-form__actions">
            @if (!cancelled()) {
              <button type="submit" class="cd-btn" [attr.aria-disabled]="submission.sending() || null">
                {{ (submission.sending() ? 'workshopsAdmin.editor.saving' : id() ? 'workshopsAdmin.editor.save' : 'workshopsAdmin.editor.create') | translate }}
              </button>
            }
            <a routerLink="/auteur/ateliers">{{ 'workshopsAdmin.backToList' | translate }}</a>
          </div>
        </form>

        @if (workshop.hasValue() && !cancelled()) {
          <section class="cd-weditor__danger" aria-labelledby="atelier-cancel-title">
            @if (workshop.value().status === 'draft') {
              <h2 id="atelier-cancel-title">{{ 'workshopsAdmin.delete.title' | translate }}</h2>
              <p>{{ 'workshopsAdmin.delete.text' | translate }}</p>
              @if (confirming() === 'delete') {
                <p id="atelier-delete-question">
                  <strong>{{ 'workshopsAdmin.delete.confirm' | translate }}</strong>
                </p>
                <div class="cd-form__actions">
                  <button type="button" class="cd-btn cd-btn--danger" [attr.aria-disabled]="busy() || null" (click)="remove()">
                    {{ 'workshopsAdmin.delete.yes' | translate }}
                  </button>
                  <button type="button" class="cd-btn cd-btn--secondary" (click)="confirming.set(null)">{{ 'workshopsAdmin.delete.no' | translate }}</button>
                </div>
              } @else {
                <button type="button" class="cd-btn cd-btn--secondary" (click)="confirming.set('delete')">{{ 'workshopsAdmin.delete.start' | translate }}</button>
              }
            } @else {
              <h2 id="atelier-cancel-title">{{ 'workshopsAdmin.cancel.title' | translate }}</h2>
              <p>{{ 'workshopsAdmin.cancel.text' | translate: { count: workshop.value().confirmedCount + workshop.value().waitlistCount } }}</p>
              @if (confirming() === 'cancel') {
                <div cdField fieldId="atelier-cancel-reason" label="workshopsAdmin.cancel.reason" hint="workshopsAdmin.cancel.reasonHint">
                  <textarea cdFieldControl class="cd-input" rows="3" maxlength="1000" [value]="reason()" (input)="reason.set($any($event.target).value)"></textarea>
                </div>
                <div class="cd-form__actions">
                  <button type="button" class="cd-btn cd-btn--danger" [attr.aria-disabled]="busy() || null" (click)="cancelWorkshop()">
                    {{ 'workshopsAdmin.cancel.yes' | translate }}
                  </button>
                  <button type="button" class="cd-btn cd-btn--secondary" (click)="confirming.set(null)">{{ 'workshopsAdmin.cancel.no' | translate }}</button>
                </div>
              } @else {
                <button type="button" class="cd-btn cd-btn--secondary" (click)="confirming.set('cancel')">{{ 'workshopsAdmin.cancel.start' | translate }}</button>
              }
            }
          </section>
        }
      }
    </div>
  `,
})
export class WorkshopEditorPageComponent {
  /** Route param; absent on `/auteur/ateliers/nouveau`. */
  readonly id = input<string>();

  private readonly api = inject(WorkshopsAdminApi);
  private readonly http = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly status = inject(StatusMessageService);
  private readonly auth = inject(AuthStore);

  protected readonly audiences = AUDIENCES;
  protected readonly formats = ['in_person', 'online', 'hybrid'] as const;
  protected readonly statuses = ['draft', 'published'] as const;
  protected readonly venueFields = ['venueName', 'venueAddress', 'venuePostcode', 'venueCity'] as const;
  protected readonly texts = [
    { field: 'summary', rows: 2 },
    { field: 'description', rows: 8 },
  ] as const;

  protected readonly workshop = apiResource<AuthoringWorkshopResponse>(() => {
    const id = this.id();
    return id ? authoringWorkshopUrl(id) : undefined;
  });
  /** Registrants already confirmed: the capacity cannot go below (its hint says so). */
  protected readonly confirmedCount = computed(() => (this.workshop.hasValue() ? this.workshop.value().confirmedCount : 0));
  protected readonly parcours = apiResource<{ items: { slug: string; title: string }[] }>(() => '/api/parcours?limit=100');
  protected readonly parcoursOptions = computed(() => (this.parcours.hasValue() ? this.parcours.value().items : []));
  protected readonly notFound = computed(() => {
    const error = this.workshop.error();
    return error instanceof ApiError && (error.status === 404 || error.status === 400);
  });
  protected readonly cancelled = computed(() => this.workshop.hasValue() && this.workshop.value().status === 'cancelled');
  protected readonly isAdmin = computed(() => this.auth.user()?.roles.includes('admin') ?? false);

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly inPerson = (f: Partial<WorkshopFormValue>) => f.format !== 'online';
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.maxLength(1000)]],
    description: ['', [Validators.required, Validators.maxLength(20000)]],
    audiences: [[] as Audience[], [someChecked]],
    format: ['in_person' as WorkshopFormValue['format']],
    startsAt: ['', [Validators.required, parisDateTime]],
    endsAt: ['', [Validators.required, parisDateTime, comparedTo('startsAt', 'after')]],
    venueName: ['', [requiredWhen(this.inPerson), Validators.maxLength(200)]],
    venueAddress: ['', [requiredWhen(this.inPerson), Validators.maxLength(300)]],
    venuePostcode: ['', [requiredWhen(this.inPerson), Validators.pattern(/^\s*[0-9AB]{5}\s*$/)]],
    venueCity: ['', [requiredWhen(this.inPerson), Validators.maxLength(100)]],
    onlineUrl: ['', [requiredWhen((f) => f.format !== 'in_person'), httpsUrl]],
    unlimited: [false],
    capacity: [20 as number | null, [requiredWhen((f) => !f.unlimited), Validators.min(1), Validators.max(10000)]],
    registrationOpensAt: ['', [parisDateTime, comparedTo('registrationClosesAt', 'before')]],
    registrationClosesAt: ['', [Validators.required, parisDateTime, comparedTo('startsAt', 'notAfter')]],
    status: ['draft' as WorkshopFormValue['status']],
  });
  protected readonly submission = new FormSubmission(this.form, {
    namespace: 'workshopsAdmin',
    fields: WORKSHOP_FIELDS,
    knownCodes: KNOWN_CODES,
    codeFields: { CAPACITY_BELOW_CONFIRMED: 'capacity' },
    renamedFields: RENAMED_FIELDS,
  });

  protected readonly links = signal<WorkshopLink[]>([]);
  protected readonly facilitators = signal<{ id: string; name: string }[]>([]);
  protected readonly query = signal('');
  protected readonly found = signal<PersonFound[] | null>(null);
  protected readonly notice = signal<Message | null>(null);
  protected readonly confirming = signal<'cancel' | 'delete' | null>(null);
  protected readonly reason = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.form.setValue(emptyWorkshop(new Date()));
    // The form takes the workshop's values each time it is (re)loaded.
    effect(() => {
      if (!this.workshop.hasValue()) return;
      const w = this.workshop.value();
      untracked(() => {
        this.form.setValue(formValueOf(w));
        // A cancelled workshop is read only (the API refuses to edit it).
        if (w.status === 'cancelled') this.form.disable();
        else this.form.enable();
        this.links.set(w.links.map((l) => ({ ...l })));
        this.facilitators.set(w.facilitators);
      });
    });
  }

  protected toggleAudience(audience: Audience): void {
    const current = this.form.controls.audiences.value;
    this.form.controls.audiences.setValue(current.includes(audience) ? current.filter((a) => a !== audience) : [...current, audience]);
  }

  protected addLink(): void {
    this.links.update((list) => [...list, { parcours: '', role: 'preparation' }]);
  }

  protected updateLink(index: number, change: Partial<WorkshopLink>): void {
    this.links.update((list) => list.map((l, i) => (i === index ? { ...l, ...change } : l)));
  }

  protected removeLink(index: number): void {
    this.links.update((list) => list.filter((_, i) => i !== index));
  }

  protected search(): void {
    const q = this.query().trim();
    if (!q) return;
    this.http.get<{ items: PersonFound[] }>('/api/admin/users', { params: { q, limit: 10 } }).subscribe({
      next: (page) => this.found.set(page.items),
      error: (error: unknown) => this.notice.set(problemMessage(error, 'workshopsAdmin', KNOWN_CODES)),
    });
  }

  protected addFacilitator(person: PersonFound): void {
    if (!this.facilitators().some((f) => f.id === person.id)) this.facilitators.update((list) => [...list, { id: person.id, name: person.displayName }]);
    this.notice.set({ key: 'workshopsAdmin.facilitators.added', params: { name: person.displayName } });
  }

  protected removeFacilitator(id: string): void {
    const person = this.facilitators().find((f) => f.id === id);
    this.facilitators.update((list) => list.filter((f) => f.id !== id));
    if (person) this.notice.set({ key: 'workshopsAdmin.facilitators.removed', params: { name: person.name } });
  }

  protected save(): void {
    // Cross-field rules read the other fields: check them again with the current values.
    for (const control of Object.values(this.form.controls)) control.updateValueAndValidity({ emitEvent: false });
    const current = this.workshop.hasValue() ? this.workshop.value() : null;
    const body = workshopBody(this.form.getRawValue(), {
      partners: current?.partners ?? [],
      links: this.links().filter((l) => l.parcours),
      survey: current?.survey ?? [],
      facilitatorIds: this.facilitators().map((f) => f.id),
    });
    const id = this.id();
    this.submission.submit(
      () => (id ? this.api.update(id, body) : this.api.create(body)),
      (saved) => {
        if (id) {
          this.workshop.set(saved);
          this.notice.set({ key: 'workshopsAdmin.editor.saved' });
        } else {
          void this.router.navigate(['/auteur/ateliers', saved.id]).then(() => this.status.show('workshopsAdmin.editor.created'));
        }
      },
    );
  }

  protected cancelWorkshop(): void {
    const id = this.id();
    if (!id || this.busy()) return;
    this.busy.set(true);
    this.api.cancel(id, this.reason()).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(null);
        this.notice.set({ key: 'workshopsAdmin.cancel.done' });
        this.workshop.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notice.set(problemMessage(error, 'workshopsAdmin', KNOWN_CODES));
      },
    });
  }

  protected remove(): void {
    const id = this.id();
    if (!id || this.busy()) return;
    this.busy.set(true);
    this.api.remove(id).subscribe({
      next: () => void this.router.navigateByUrl('/auteur/ateliers').then(() => this.status.show('workshopsAdmin.delete.done')),
      error: (error: unknown) => {
        this.busy.set(false);
        this.notice.set(problemMessage(error, 'workshopsAdmin', KNOWN_CODES));
      },
    });
  }
}
