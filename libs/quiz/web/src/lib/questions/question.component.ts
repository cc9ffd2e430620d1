import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LearnerQuestion } from '@culture-d/quiz/contracts';
import { IconComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { Draft } from '../responses';
import { ChoiceQuestionComponent } from './choice-question.component';
import { ClozeQuestionComponent } from './cloze-question.component';
import { MatchingQuestionComponent } from './matching-question.component';
import { OrderingQuestionComponent } from './ordering-question.component';
import { TextAnswerComponent } from './text-answer.component';
import { TrueFalseQuestionComponent } from './true-false-question.component';

/**
 * One question: its number, its stem (content, French) and the controls of its type. The heading takes the focus
 * when the learner moves to another question (done by the player).
 */
@Component({
  selector: 'cd-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './question.component.scss',
  imports: [
    RouterLink,
    TranslatePipe,
    IconComponent,
    ChoiceQuestionComponent,
    TrueFalseQuestionComponent,
    TextAnswerComponent,
    OrderingQuestionComponent,
    MatchingQuestionComponent,
    ClozeQuestionComponent,
  ],
  template: `
    @let q = question();
    <h2 class="cd-quiz__question-title" [id]="prefix() + '-title'" tabindex="-1">
      {{ 'quiz.question.title' | translate: { n: number(), count: count() } }}
      <span class="cd-quiz__points">{{ (q.points === 1 ? 'quiz.question.pointOne' : 'quiz.question.points') | translate: { points: q.points } }}</span>
    </h2>
    <div class="cd-quiz__stem cd-prose" [id]="prefix() + '-stem'" [attr.lang]="contentLang()" [innerHTML]="q.stemHtml"></div>
    @if (q.type === 'dataset') {
      <p class="cd-quiz__dataset">
        @if (q.dataset.activityId && parcoursSlug()) {
          <a [routerLink]="['/parcours', parcoursSlug(), 'etapes', q.dataset.activityId]" [fragment]="'jeu-' + q.dataset.key" target="_blank">
            {{ 'quiz.dataset.open' | translate: { title: q.dataset.title } }}<cd-icon name="openInNew" /><span class="cd-sr-only">{{ 'quiz.dataset.newTab' | translate }}</span>
          </a>
        } @else {
          {{ 'quiz.dataset.named' | translate: { title: q.dataset.title } }}
        }
      </p>
    }
    <div>
      @switch (q.type) {
        @case ('single_choice') {
          <cd-choice-question [choices]="q.choices" [draft]="draft()" [labelledBy]="prefix() + '-stem'" [idPrefix]="prefix()" (draftChange)="draftChange.emit($event)" />
        }
        @case ('multiple_choice') {
          <cd-choice-question
            [choices]="q.choices"
            [multiple]="true"
            [draft]="draft()"
            [labelledBy]="prefix() + '-stem'"
            [idPrefix]="prefix()"
            (draftChange)="draftChange.emit($event)"
          />
        }
        @case ('true_false') {
          <cd-true-false-question [draft]="draft()" [labelledBy]="prefix() + '-stem'" [idPrefix]="prefix()" (draftChange)="draftChange.emit($event)" />
        }
        @case ('short_text') {
          <cd-text-answer [draft]="draft()" [describedByStem]="prefix() + '-stem'" [idPrefix]="prefix()" (draftChange)="draftChange.emit($event)" />
        }
        @case ('numeric') {
          <cd-text-answer
            [numeric]="true"
            [unit]="q.unit"
            [draft]="draft()"
            [describedByStem]="prefix() + '-stem'"
            [idPrefix]="prefix()"
            (draftChange)="draftChange.emit($event)"
          />
        }
        @case ('ordering') {
          <cd-ordering-question [items]="q.items" [draft]="draft()" [labelledBy]="prefix() + '-stem'" [idPrefix]="prefix()" (draftChange)="draftChange.emit($event)" />
        }
        @case ('matching') {
          <cd-matching-question
            [left]="q.left"
            [right]="q.right"
            [draft]="draft()"
            [labelledBy]="prefix() + '-stem'"
            [idPrefix]="prefix()"
            (draftChange)="draftChange.emit($event)"
          />
        }
        @case ('cloze') {
          <cd-cloze-question [segments]="q.segments" [draft]="draft()" [labelledBy]="prefix() + '-stem'" [idPrefix]="prefix()" (draftChange)="draftChange.emit($event)" />
        }
        @case ('dataset') {
          @if (q.answer.kind === 'choice') {
            <cd-choice-question [choices]="q.answer.choices" [draft]="draft()" [labelledBy]="prefix() + '-stem'" [idPrefix]="prefix()" (draftChange)="draftChange.emit($event)" />
          } @else {
            <cd-text-answer
              [numeric]="true"
              [unit]="q.answer.unit"
              [draft]="draft()"
              [describedByStem]="prefix() + '-stem'"
              [idPrefix]="prefix()"
              (draftChange)="draftChange.emit($event)"
            />
          }
        }
      }
    </div>
  `,
})
export class QuestionComponent {
  readonly question = input.required<LearnerQuestion>();
  /** 1-based. */
  readonly number = input.required<number>();
  readonly count = input.required<number>();
  readonly draft = input<Draft | undefined>();
  /** The parcours of the quiz, to link a dataset question to its dataset. */
  readonly parcoursSlug = input<string | null>(null);
  /** `fr` when the interface is in another language: questions are French content. */
  readonly contentLang = input<string | null>(null);
  readonly draftChange = output<Draft>();

  protected readonly prefix = computed(() => `q${this.number()}`);
}
