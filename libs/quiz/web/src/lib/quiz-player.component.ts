import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, ViewEncapsulation, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@culture-d/identity/web';
import type { MyAttemptsResponse, QuestionResponse, StartAttemptResponse, SubmissionResponse } from '@culture-d/quiz/contracts';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { type Message, problemMessage } from './problem';
import { QuestionComponent } from './questions/question.component';
import { QuizApi } from './quiz.api';
import { QuizResultsComponent } from './quiz-results.component';
import { type Draft, type Drafts, formatNumber, isAnswered, isDraft, toResponse, unansweredNumbers } from './responses';

const STORAGE_PREFIX = 'cd-quiz:';
/** localStorage key of the learner's layout choice: a preference they set themselves, so no consent is needed. */
export const LAYOUT_STORAGE_KEY = 'cd-quiz-layout';
/** One question per screen (the default), or every question on one page. */
export type QuizLayout = 'paged' | 'all';

/**
 * The quiz player of a quiz step: start (or reopen) an attempt, one question per screen with a list to jump to any
 * question or, at the learner's choice (remembered), every question on one page; answers kept while moving (and across a page change, in the tab's session storage, for the attempt
 * still open), a confirmation before sending with unanswered questions, then the result with per-question feedback
 * and "Recommencer" while attempts are left. Scoring happens on the server.
 */
@Component({
  selector: 'cd-quiz-player',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [RouterLink, TranslatePipe, QuestionComponent, QuizResultsComponent],
  templateUrl: './quiz-player.component.html',
  styleUrl: './quiz-player.component.scss',
})
export class QuizPlayerComponent {
  /** The quiz step. */
  readonly activityId = input.required<string>();
  /** Its parcours, to link dataset questions to their dataset. */
  readonly parcoursSlug = input<string | null>(null);
  /** Emitted after each submission: the page refreshes the learner's progress. */
  readonly submitted = output<SubmissionResponse>();

  protected readonly auth = inject(AuthStore);
  private readonly api = inject(QuizApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** My attempts so far (before starting: attempts left, an open attempt to resume, the score that counts). */
  protected readonly history = apiResource<MyAttemptsResponse>(() => (this.auth.signedIn() ? `/api/quizzes/${encodeURIComponent(this.activityId())}/attempts` : undefined));
  protected readonly attempt = signal<StartAttemptResponse | null>(null);
  protected readonly index = signal(0);
  protected readonly drafts = signal<Drafts>({});
  protected readonly result = signal<SubmissionResponse | null>(null);
  /** What was sent, shown back in the results. */
  protected readonly sent = signal<Readonly<Record<string, QuestionResponse | null>>>({});
  protected readonly busy = signal(false);
  protected readonly error = signal<Message | null>(null);
  /** Numbers of the unanswered questions while the learner confirms sending anyway; null otherwise. */
  protected readonly confirming = signal<number[] | null>(null);
  protected readonly layout = signal<QuizLayout>(this.storedLayout());

  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly questions = computed(() => this.attempt()?.questions ?? []);
  protected readonly question = computed(() => this.questions()[this.index()]);
  /** The questions on screen with their number in the quiz: the current one, or all of them. */
  protected readonly shownQuestions = computed(() => {
    const all = this.questions().map((question, i) => ({ question, number: i + 1 }));
    return this.layout() === 'all' ? all : all.slice(this.index(), this.index() + 1);
  });
  protected readonly answered = computed(() => this.questions().map((question) => isAnswered(question, this.drafts()[question.questionId])));
  protected readonly answeredCount = computed(() => this.answered().filter(Boolean).length);
  /** Attempts left after the current one; null: unlimited. */
  protected readonly attemptsLeft = computed(() => {
    const attempt = this.attempt();
    if (!attempt || attempt.maxAttempts === null) return null;
    return Math.max(0, attempt.maxAttempts - attempt.number);
  });
  /** Score, maximum and percent as the interface language writes numbers. */
  protected readonly score = computed(() => {
    const result = this.result();
    const language = this.language.current();
    return result ? { score: formatNumber(result.score, language), max: formatNumber(result.maxScore, language), percent: formatNumber(result.percent, language) } : null;
  });
  protected readonly countingPercent = computed(() => {
    const percent = this.history.hasValue() ? this.history.value().countingPercent : null;
    return percent === null ? null : formatNumber(percent, this.language.current());
  });
  protected readonly returnUrl = computed(() => this.router.url);

  constructor() {
    void this.auth.load();
  }

  protected start(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.start(this.activityId()).subscribe({
      next: (attempt) => {
        this.busy.set(false);
        const saved = this.restore(attempt.attemptId);
        this.attempt.set(attempt);
        this.result.set(null);
        this.confirming.set(null);
        this.drafts.set(saved?.drafts ?? {});
        this.index.set(Math.min(saved?.index ?? 0, Math.max(0, attempt.questions.length - 1)));
        this.focusQuestion();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(error));
      },
    });
  }

  protected setDraft(questionId: string, draft: Draft): void {
    this.drafts.update((drafts) => ({ ...drafts, [questionId]: draft }));
    this.save();
  }

  protected go(index: number): void {
    if (index < 0 || index >= this.questions().length) return;
    this.index.set(index);
    this.confirming.set(null);
    this.save();
    this.focusQuestion();
  }

  /** Switches between one question per screen and all on one page; the answers and the current question stay. */
  protected setLayout(layout: QuizLayout): void {
    if (layout === this.layout()) return;
    this.layout.set(layout);
    try {
      this.document.defaultView?.localStorage.setItem(LAYOUT_STORAGE_KEY, layout);
    } catch {
      // Storage disabled: the choice holds for this page.
    }
    if (this.attempt()) this.focusQuestion();
  }

  /** Sends the answers, after a confirmation when some questions are unanswered. */
  protected send(confirmed = false): void {
    const attempt = this.attempt();
    if (!attempt || this.busy()) return;
    const unanswered = unansweredNumbers(attempt.questions, this.drafts());
    if (unanswered.length > 0 && !confirmed) {
      this.confirming.set(unanswered);
      afterNextRender(() => this.document.getElementById('quiz-confirm')?.focus(), { injector: this.injector });
      return;
    }
    const responses = attempt.questions.map((question) => ({
      questionId: question.questionId,
      response: toResponse(question, this.drafts()[question.questionId]),
    }));
    this.busy.set(true);
    this.error.set(null);
    this.api.submit(attempt.attemptId, responses).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.confirming.set(null);
        this.sent.set(Object.fromEntries(responses.map(({ questionId, response }) => [questionId, response])));
        this.result.set(result);
        this.forget(attempt.attemptId);
        this.submitted.emit(result);
        this.history.reload();
        afterNextRender(() => this.document.getElementById('quiz-result')?.focus(), { injector: this.injector });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(error));
      },
    });
  }

  protected cancelConfirmation(): void {
    const first = this.confirming()?.[0];
    this.confirming.set(null);
    if (first !== undefined) this.go(first - 1);
  }

  protected questionLabel(index: number): Message {
    return { key: this.answered()[index] ? 'quiz.nav.answered' : 'quiz.nav.unanswered', params: { n: index + 1 } };
  }

  /** Focuses the current question's title (all on one page: scrolled to it as well, by the focus). */
  private focusQuestion(): void {
    afterNextRender(() => this.document.getElementById(`q${this.index() + 1}-title`)?.focus(), { injector: this.injector });
  }

  private storedLayout(): QuizLayout {
    try {
      return this.document.defaultView?.localStorage.getItem(LAYOUT_STORAGE_KEY) === 'all' ? 'all' : 'paged';
    } catch {
      return 'paged';
    }
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.sessionStorage ?? null;
    } catch {
      return null;
    }
  }

  private save(): void {
    const attempt = this.attempt();
    if (!attempt) return;
    try {
      this.storage()?.setItem(STORAGE_PREFIX + attempt.attemptId, JSON.stringify({ index: this.index(), drafts: this.drafts() }));
    } catch {
      // Storage full or disabled: the answers are still kept on this page.
    }
  }

  private restore(attemptId: string): { index: number; drafts: Drafts } | null {
    try {
      const raw = this.storage()?.getItem(STORAGE_PREFIX + attemptId);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as { index?: unknown; drafts?: unknown };
      const drafts = typeof parsed.drafts === 'object' && parsed.drafts !== null ? parsed.drafts : {};
      return {
        index: typeof parsed.index === 'number' ? parsed.index : 0,
        drafts: Object.fromEntries(Object.entries(drafts).filter(([, draft]) => isDraft(draft))) as Drafts,
      };
    } catch {
      return null;
    }
  }

  private forget(attemptId: string): void {
    try {
      this.storage()?.removeItem(STORAGE_PREFIX + attemptId);
    } catch {
      // Nothing to forget.
    }
  }
}
