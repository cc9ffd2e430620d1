import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { normaliseJoinCode } from '@culture-d/groups/domain';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, FormSubmission, StatusMessageService, TranslatePipe } from '@culture-d/shared/web';
import { GroupsApi } from '../groups.api';
import { joinCodePreview } from '../util/format';

export const JOIN_FIELDS = ['code', 'shareProgress'] as const;

/** A code the server could read (`normaliseJoinCode`): checked before sending, like the API does. */
function joinCodeValidator(control: { value: string }) {
  return control.value.trim() === '' || normaliseJoinCode(control.value) ? null : { joinCode: true };
}

/**
 * `/rejoindre?code=…`: the group's code (filled in from the QR code's link), then an explicit choice about sharing
 * one's progress with the facilitator — two radio buttons, neither checked, with what sharing means in plain words
 * (docs/groups.md, rules 1 and 5). The server requires the choice too.
 */
@Component({
  selector: 'cd-join-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-join__code {
      max-inline-size: 14rem;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: 1.25rem;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    .cd-join__preview {
      margin: 0;
      min-block-size: 1.5rem;
    }
    .cd-join__shared ul {
      margin-block: 0.5rem;
    }
  `,
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'groups.join.title' | translate }]" />
      <h1>{{ 'groups.join.title' | translate }}</h1>
      <p class="cd-lead">{{ 'groups.join.intro' | translate }}</p>

      <form class="cd-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cd-error-summary idPrefix="rejoindre" [problem]="submission.problem()" />
        <p class="cd-form__note">{{ 'form.allRequired' | translate }}</p>
        <div class="cd-field" [class.cd-field--error]="!!submission.error('code')">
          <label class="cd-field__label" for="rejoindre-code">{{ 'groups.fields.code.label' | translate }}</label>
          <p class="cd-field__hint" id="rejoindre-code-hint">{{ 'groups.fields.code.hint' | translate }}</p>
          @if (submission.error('code'); as e) {
            <p class="cd-field__error" id="rejoindre-code-error">
              <span class="cd-sr-only">{{ 'form.errorPrefix' | translate }}</span
              >{{ e.key | translate: e.params }}
            </p>
          }
          <input
            class="cd-input cd-join__code"
            id="rejoindre-code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="40"
            required
            formControlName="code"
            [attr.aria-invalid]="submission.error('code') ? 'true' : null"
            [attr.aria-describedby]="'rejoindre-code-hint rejoindre-code-preview' + (submission.error('code') ? ' rejoindre-code-error' : '')"
          />
          <p class="cd-field__hint cd-join__preview" id="rejoindre-code-preview">
            @if (preview(); as preview) {
              {{ 'groups.fields.code.preview' | translate: { code: preview } }}
            }
          </p>
        </div>

        <fieldset class="cd-field" id="rejoindre-shareProgress" [class.cd-field--error]="!!submission.error('shareProgress')" aria-describedby="rejoindre-partage-explication">
          <legend>{{ 'groups.fields.shareProgress.label' | translate }}</legend>
          <div class="cd-field__hint cd-join__shared" id="rejoindre-partage-explication">
            <p>{{ 'groups.join.sharedIntro' | translate }}</p>
            <ul>
              <li>{{ 'groups.join.sharedEnrolments' | translate }}</li>
              <li>{{ 'groups.join.sharedQuizzes' | translate }}</li>
              <li>{{ 'groups.join.sharedWorkshops' | translate }}</li>
            </ul>
            <p>{{ 'groups.join.sharedScope' | translate }}</p>
            <p>{{ 'groups.join.sharedNot' | translate }}</p>
            <p>{{ 'groups.join.changeAnyTime' | translate }}</p>
          </div>
          @if (submission.error('shareProgress'); as e) {
            <p class="cd-field__error">
              <span class="cd-sr-only">{{ 'form.errorPrefix' | translate }}</span
              >{{ e.key | translate }}
            </p>
          }
          <div class="cd-choice">
            <input id="rejoindre-partager" type="radio" formControlName="shareProgress" [value]="true" />
            <label for="rejoindre-partager">{{ 'groups.join.share' | translate }}</label>
          </div>
          <div class="cd-choice">
            <input id="rejoindre-ne-pas-partager" type="radio" formControlName="shareProgress" [value]="false" />
            <label for="rejoindre-ne-pas-partager">{{ 'groups.join.dontShare' | translate }}</label>
          </div>
        </fieldset>

        <div class="cd-form__actions">
          <button type="submit" class="cd-btn" [attr.aria-disabled]="submission.sending() || null">
            {{ (submission.sending() ? 'form.sending' : 'groups.join.submit') | translate }}
          </button>
          <a routerLink="/mes-groupes">{{ 'groups.mine.title' | translate }}</a>
        </div>
      </form>
    </div>
  `,
})
export class JoinPageComponent {
  /** Query parameter: the code carried by the QR code's link. */
  readonly code = input<string>();

  private readonly api = inject(GroupsApi);
  private readonly router = inject(Router);
  private readonly status = inject(StatusMessageService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, joinCodeValidator]],
    // No default: the person must choose (docs/groups.md, rule 1). `null` until they do.
    shareProgress: new FormControl<boolean | null>(null, Validators.required),
  });
  protected readonly submission = new FormSubmission(this.form, {
    namespace: 'groups',
    fields: JOIN_FIELDS,
    knownCodes: ['GROUP_CODE_UNKNOWN'],
    codeFields: { GROUP_CODE_UNKNOWN: 'code' },
  });

  private readonly typed = toSignal(this.form.controls.code.valueChanges, { initialValue: '' });
  /** The code as the server will read it, shown while typing ("Code lu : K7QM-2XFD"). */
  protected readonly preview = computed(() => joinCodePreview(this.typed()));

  constructor() {
    effect(() => {
      const code = this.code();
      if (code) this.form.controls.code.setValue(code);
    });
  }

  protected submit(): void {
    const { code, shareProgress } = this.form.getRawValue();
    this.submission.submit(
      () => this.api.join(code, shareProgress === true),
      () => void this.router.navigateByUrl('/mes-groupes').then(() => this.status.show('groups.join.done')),
    );
  }
}
