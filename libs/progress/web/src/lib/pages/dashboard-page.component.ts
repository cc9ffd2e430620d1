import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@culture-d/identity/web';
import type { CertificateResponse, MyCompetenciesResponse, MyEnrolmentResponse } from '@culture-d/progress/contracts';
import { BreadcrumbComponent, IconComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { CompetencyChartComponent } from '../ui/competency-chart.component';
import { formatDay } from '../ui/format';
import { ProgressBarComponent } from '../ui/progress-bar.component';

/**
 * `/mon-parcours` (signed in): my parcours with their progress and "Reprendre" at the next step, my competency
 * profile, my certificates (PDF and public verification link) and a way to my workshop registrations.
 */
@Component({
  selector: 'cd-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, IconComponent, ProgressBarComponent, CompetencyChartComponent],
  templateUrl: './dashboard-page.component.html',
  styleUrl: './dashboard-page.component.scss',
})
export class DashboardPageComponent {
  protected readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);

  protected readonly enrolments = apiResource<MyEnrolmentResponse[]>(() => '/api/me/enrolments');
  protected readonly competencies = apiResource<MyCompetenciesResponse>(() => '/api/me/competencies');
  protected readonly certificates = apiResource<CertificateResponse[]>(() => '/api/me/certificates');

  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  /** In progress first (most recent activity first), then completed ones. */
  protected readonly sortedEnrolments = computed(() =>
    this.enrolments.hasValue()
      ? [...this.enrolments.value()].sort((a, b) => Number(a.status === 'completed') - Number(b.status === 'completed') || b.lastActivityAt.localeCompare(a.lastActivityAt))
      : [],
  );
  /** The most recent parcours in progress with a next step: the big "Reprendre" at the top. */
  protected readonly resume = computed(() => this.sortedEnrolments().find((enrolment) => enrolment.status === 'in_progress' && enrolment.next) ?? null);
  protected readonly assessed = computed(() =>
    this.competencies.hasValue() ? this.competencies.value().domains.some((domain) => domain.competencies.some((c) => c.percent !== null)) : false,
  );

  protected day(iso: string): string {
    return formatDay(iso, this.language.current());
  }
}
