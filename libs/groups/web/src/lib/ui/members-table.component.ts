import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input } from '@angular/core';
import type { GroupMemberResponse } from '@culture-d/groups/contracts';
import { LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { formatDateTime, formatDay } from '../util/format';

/**
 * The members of a group: everyone by name and joining date; for those who share, their parcours (percent, status),
 * best quiz results and workshops. Those who do not share get one neutral cell and nothing else: no empty lists, no
 * zero, nothing that would read as inactivity (docs/groups.md, rule 4).
 */
@Component({
  selector: 'cd-members-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-members__wrap {
      overflow-x: auto;
      margin-block-end: 2rem;
    }
    .cd-members__wrap:focus-visible {
      outline: 3px solid var(--cd-focus-color);
      outline-offset: 2px;
    }
    .cd-members {
      border-collapse: collapse;
      inline-size: 100%;
      min-inline-size: 48rem;
    }
    .cd-members caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.5rem;
    }
    .cd-members th,
    .cd-members td {
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    .cd-members ul {
      margin: 0;
      padding-inline-start: 1.1rem;
    }
    .cd-members li + li {
      margin-block-start: 0.375rem;
    }
    .cd-members__not-shared {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
  `,
  template: `
    <!-- The wrapper scrolls on small screens: it is focusable so that keyboard users can scroll it too. -->
    <div class="cd-members__wrap" tabindex="0" role="region" [attr.aria-label]="'groups.members.caption' | translate: { count: members().length }">
      <table class="cd-members">
        <caption>
          {{
            'groups.members.caption' | translate: { count: members().length }
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'groups.members.name' | translate }}</th>
            <th scope="col">{{ 'groups.members.joinedAt' | translate }}</th>
            <th scope="col">{{ 'groups.members.parcours' | translate }}</th>
            <th scope="col">{{ 'groups.members.quizzes' | translate }}</th>
            <th scope="col">{{ 'groups.members.workshops' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (member of sorted(); track $index) {
            <tr>
              <th scope="row">{{ member.displayName }}</th>
              <td>{{ day(member.joinedAt) }}</td>
              @if (member.shared) {
                <td>
                  @if (member.enrolments.length === 0) {
                    {{ 'groups.members.noParcours' | translate }}
                  } @else {
                    <ul>
                      @for (enrolment of member.enrolments; track enrolment.parcours.slug) {
                        <li>
                          <span [attr.lang]="contentLang()">{{ enrolment.parcours.title }}</span> :
                          @if (enrolment.status === 'completed') {
                            {{ 'groups.members.completedOn' | translate: { date: day(enrolment.completedAt) } }}
                          } @else {
                            {{ 'groups.members.percent' | translate: { percent: enrolment.percent } }}
                          }
                        </li>
                      }
                    </ul>
                  }
                </td>
                <td>
                  @if (member.quizzes.length === 0) {
                    {{ 'groups.members.noQuiz' | translate }}
                  } @else {
                    <ul>
                      @for (quiz of member.quizzes; track quiz.activityId) {
                        <li>
                          <span [attr.lang]="contentLang()">{{ quiz.title }}</span> :
                          {{ (quiz.passed ? 'groups.members.quizPassed' : 'groups.members.quizNotPassed') | translate: { percent: quiz.bestPercent, attempts: quiz.attempts } }}
                        </li>
                      }
                    </ul>
                  }
                </td>
                <td>
                  @if (member.workshops.length === 0) {
                    {{ 'groups.members.noWorkshop' | translate }}
                  } @else {
                    <ul>
                      @for (workshop of member.workshops; track $index) {
                        <li>
                          <span [attr.lang]="contentLang()">{{ workshop.title }}</span
                          >, {{ when(workshop.startsAt) }} :
                          {{ 'groups.members.attendance.' + (workshop.attendance ?? workshop.status) | translate }}
                        </li>
                      }
                    </ul>
                  }
                </td>
              } @else {
                <td colspan="3" class="cd-members__not-shared">{{ 'groups.members.notShared' | translate }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class MembersTableComponent {
  readonly members = input.required<readonly GroupMemberResponse[]>();

  private readonly language = inject(LanguageService);
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  /** By name, as on an attendance sheet. */
  protected readonly sorted = computed(() => [...this.members()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')));

  protected day(iso: string | null): string {
    return formatDay(iso, this.language.current());
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }
}
