import { Injectable, inject } from '@angular/core';
import type { QuestionResponse, StartAttemptResponse, SubmissionResponse } from '@culture-d/quiz/contracts';
import { ApiClient } from '@culture-d/shared/web';
import type { Observable } from 'rxjs';

/** The quiz API as the player uses it: start (or reopen) an attempt, submit it. */
@Injectable({ providedIn: 'root' })
export class QuizApi {
  private readonly http = inject(ApiClient);

  /** 201 with a new attempt, or 200 with the attempt still open (the learner came back). */
  start(activityId: string): Observable<StartAttemptResponse> {
    return this.http.post<StartAttemptResponse>(`/api/quizzes/${encodeURIComponent(activityId)}/attempts`, {});
  }

  submit(attemptId: string, responses: { questionId: string; response: QuestionResponse | null }[]): Observable<SubmissionResponse> {
    return this.http.post<SubmissionResponse>(`/api/attempts/${encodeURIComponent(attemptId)}/submission`, { responses });
  }
}
