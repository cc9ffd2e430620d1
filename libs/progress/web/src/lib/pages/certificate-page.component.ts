import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CertificateVerificationResponse } from '@culture-d/progress/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiError, apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { formatDay } from '../ui/format';

/**
 * `/certificats/:code` (public): confirms what a certificate says — who, which parcours, when, which competencies —
 * for an employer or a colleague who received its link or read its code on the PDF. Nothing else about the person.
 */
@Component({
  selector: 'cd-certificate-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  template: `
    <div class="cd-container cd-page cd-certificate">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'progress.verify.title' | translate }]" />
      <h1>{{ 'progress.verify.title' | translate }}</h1>
      @if (verification.hasValue()) {
        @let result = verification.value();
        @if (result.valid) {
          <div class="cd-certificate__box cd-certificate__box--valid">
            <p class="cd-certificate__verdict">{{ 'progress.verify.valid' | translate }}</p>
            <dl class="cd-certificate__facts">
              <dt>{{ 'progress.verify.holder' | translate }}</dt>
              <dd>{{ result.holderName }}</dd>
              <dt>{{ 'progress.verify.parcours' | translate }}</dt>
              <dd>
                <a [routerLink]="['/parcours', result.parcours.slug]" [attr.lang]="contentLang()">{{ result.parcours.title }}</a>
              </dd>
              <dt>{{ 'progress.verify.issuedOn' | translate }}</dt>
              <dd>{{ day(result.issuedAt) }}</dd>
              <dt>{{ 'progress.verify.code' | translate }}</dt>
              <dd>
                <code>{{ result.code }}</code>
              </dd>
              @if (result.competencies.length > 0) {
                <dt>{{ 'progress.verify.competencies' | translate }}</dt>
                <dd>
                  <ul [attr.lang]="contentLang()">
                    @for (competency of result.competencies; track competency.code) {
                      <li>{{ competency.label }}</li>
                    }
                  </ul>
                </dd>
              }
            </dl>
          </div>
        } @else {
          <div class="cd-certificate__box">
            <p class="cd-certificate__verdict">{{ 'progress.verify.revoked' | translate }}</p>
            <p>{{ 'progress.verify.revokedText' | translate: { code: result.code } }}</p>
          </div>
        }
      } @else if (notFound()) {
        <div class="cd-certificate__box">
          <p class="cd-certificate__verdict">{{ 'progress.verify.notFound' | translate }}</p>
          <p>{{ 'progress.verify.notFoundText' | translate: { code: code() } }}</p>
        </div>
      } @else if (verification.error()) {
        <p>{{ 'progress.errors.loadFailed' | translate }}</p>
        <button type="button" class="cd-certificate__retry" (click)="verification.reload()">{{ 'progress.errors.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'progress.loading' | translate }}</p>
      }
      <p class="cd-certificate__about">{{ 'progress.verify.about' | translate }}</p>
    </div>
  `,
  styles: `
    .cd-certificate {
      padding-block-end: 3rem;
    }
    .cd-certificate > * {
      max-inline-size: 48rem;
    }
    .cd-certificate__box {
      padding: 1.25rem 1.5rem;
      border: 2px solid var(--mat-sys-error);
      border-inline-start-width: 8px;
      border-radius: 8px;
    }
    .cd-certificate__box--valid {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .cd-certificate__box--valid a {
      color: inherit;
    }
    .cd-certificate__verdict {
      margin: 0 0 0.75rem;
      font-size: 1.25rem;
      font-weight: 700;
    }
    .cd-certificate__facts {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem 1.5rem;
      margin: 0;
    }
    @media (min-width: 40rem) {
      .cd-certificate__facts {
        grid-template-columns: max-content 1fr;
      }
    }
    .cd-certificate__facts dt {
      font-weight: 700;
    }
    .cd-certificate__facts dd {
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .cd-certificate__facts ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .cd-certificate__about {
      margin-block-start: 1.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-certificate__retry {
      min-block-size: 2.75rem;
      padding: 0.5rem 1.25rem;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 999px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-primary);
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }
  `,
})
export class CertificatePageComponent {
  /** Route param, bound by the router. */
  readonly code = input.required<string>();

  private readonly language = inject(LanguageService);
  protected readonly verification = apiResource<CertificateVerificationResponse>(() => `/api/certificates/${encodeURIComponent(this.code())}`);
  protected readonly notFound = computed(() => {
    const error = this.verification.error();
    return error instanceof ApiError && (error.status === 404 || error.status === 400);
  });
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));

  protected day(iso: string): string {
    return formatDay(iso, this.language.current());
  }
}
