import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LearnerQuestion, QuestionResponse, SubmissionResponse } from '@culture-d/quiz/contracts';
import { LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { type AnswerLine, describeResponse, formatNumber } from './responses';

/** An answer shown back: a list of lines (one for most questions; one per item for a matching or a cloze). */
@Component({
  selector: 'cd-answer-lines',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <ul class="cd-quiz__answer-lines">
      @for (line of lines(); track $index) {
        <li>
          @if (line.label; as label) {
            <span class="cd-quiz__answer-label">
              @if ('html' in label) {
                <span [attr.lang]="contentLang()" [innerHTML]="label.html"></span>
              } @else if ('text' in label) {
                {{ 'quiz.results.blank' | translate: { n: label.text } }}
              }
              :
            </span>
          }
          @if ('key' in line.value) {
            <span>{{ line.value.key | translate }}</span>
          } @else if ('html' in line.value) {
            <span [attr.lang]="contentLang()" [innerHTML]="line.value.html"></span>
          } @else {
            <span [attr.lang]="contentLang()">{{ line.value.text }}</span>
          }
        </li>
      }
    </ul>
  `,
})
export class AnswerLinesComponent {
  readonly lines = input.required<readonly AnswerLine[]>();
  readonly contentLang = input<string | null>(null);
}

/**
 * The result of a submitted attempt, question by question: correct, partly or not, the points, what was answered,
 * the correct answer when the quiz's policy shows it, and the feedback.
 */
@Component({
  selector: 'cd-quiz-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, AnswerLinesComponent],
  template: `
    <ol class="cd-quiz__results">
      @for (item of items(); track item.question.questionId; let n = $index) {
        <li class="cd-quiz__result" [class.cd-quiz__result--correct]="item.result.correct" [class.cd-quiz__result--wrong]="item.result.points === 0">
          <h3 class="cd-quiz__result-title">
            {{ 'quiz.question.title' | translate: { n: n + 1, count: items().length } }}
            <span class="cd-quiz__verdict">
              @if (item.result.correct) {
                {{ 'quiz.results.correct' | translate }}
              } @else if (item.result.points > 0) {
                {{ 'quiz.results.partial' | translate }}
              } @else {
                {{ 'quiz.results.wrong' | translate }}
              }
              ({{ (item.result.maxPoints === 1 ? 'quiz.results.pointsOne' : 'quiz.results.points') | translate: { points: item.points, max: item.maxPoints } }})
            </span>
          </h3>
          <div class="cd-quiz__stem cd-prose" [attr.lang]="contentLang()" [innerHTML]="item.question.stemHtml"></div>
          <dl class="cd-quiz__answers">
            <dt>{{ 'quiz.results.yourAnswer' | translate }}</dt>
            <dd><cd-answer-lines [lines]="item.given" [contentLang]="contentLang()" /></dd>
            @if (item.expected; as expected) {
              <dt>{{ 'quiz.results.correctAnswer' | translate }}</dt>
              <dd><cd-answer-lines [lines]="expected" [contentLang]="contentLang()" /></dd>
            }
          </dl>
          @for (feedback of item.result.feedback; track $index) {
            <div class="cd-quiz__feedback cd-prose" [attr.lang]="contentLang()" [innerHTML]="feedback"></div>
          }
        </li>
      }
    </ol>
  `,
})
export class QuizResultsComponent {
  readonly questions = input.required<readonly LearnerQuestion[]>();
  readonly result = input.required<SubmissionResponse>();
  /** What the learner sent, by question id. */
  readonly given = input.required<Readonly<Record<string, QuestionResponse | null>>>();
  readonly contentLang = input<string | null>(null);

  private readonly language = inject(LanguageService);

  protected readonly items = computed(() => {
    const results = new Map(this.result().questions.map((result) => [result.questionId, result]));
    return this.questions().flatMap((question) => {
      const result = results.get(question.questionId);
      if (!result) return [];
      const expected: AnswerLine[] | null = result.correctResponse === undefined ? null : describeResponse(question, result.correctResponse);
      const language = this.language.current();
      return [
        {
          question,
          result,
          points: formatNumber(result.points, language),
          maxPoints: formatNumber(result.maxPoints, language),
          given: describeResponse(question, this.given()[question.questionId]),
          expected,
        },
      ];
    });
  });
}
