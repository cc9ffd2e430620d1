import { Injectable, inject } from '@angular/core';
import type { ActivityDocument, AuthoringParcoursResponse, ReferentielResponse } from '@culture-d/catalog/contracts';
import type { BankQuestionResponse, GiftImportResponse, QuestionDocument, QuestionType } from '@culture-d/quiz/contracts';
import { ApiClient } from '@culture-d/shared/web';
import type { Observable } from 'rxjs';

export interface BankSearch {
  q?: string;
  competency?: string;
  type?: QuestionType | '';
  limit: number;
  offset: number;
}

/** The question bank and the quiz activities of drafts, as the authoring pages use them (author, admin). */
@Injectable({ providedIn: 'root' })
export class QuizAuthoringApi {
  private readonly http = inject(ApiClient);

  search(query: BankSearch): Observable<{ items: BankQuestionResponse[]; total: number }> {
    const params = { limit: query.limit, offset: query.offset, q: query.q?.trim() || undefined, competency: query.competency || undefined, type: query.type || undefined };
    return this.http.get<{ items: BankQuestionResponse[]; total: number }>('/api/authoring/questions', { params });
  }

  create(question: QuestionDocument, category: string | null): Observable<BankQuestionResponse> {
    return this.http.post<BankQuestionResponse>('/api/authoring/questions', { question, category });
  }

  update(id: string, question: QuestionDocument, category: string | null): Observable<BankQuestionResponse> {
    return this.http.patch<BankQuestionResponse>(`/api/authoring/questions/${encodeURIComponent(id)}`, { question, category });
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/authoring/questions/${encodeURIComponent(id)}`);
  }

  /** GIFT import: any unreadable question fails it all (422 `GIFT_INVALID`) unless `skipInvalid`. */
  importGift(text: string, skipInvalid: boolean): Observable<GiftImportResponse> {
    const params = { format: 'gift', skipInvalid: skipInvalid ? 'true' : undefined };
    return this.http.post<GiftImportResponse>('/api/authoring/questions/import', text, { params, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }

  /** GIFT text of the given questions, or of the whole bank when `ids` is empty. */
  exportGift(ids: readonly string[]): Observable<string> {
    const params = { format: 'gift', ids: ids.length > 0 ? ids.join(',') : undefined };
    return this.http.getText('/api/authoring/questions/export', { params });
  }

  referentiel(): Observable<ReferentielResponse> {
    return this.http.get<ReferentielResponse>('/api/referentiel');
  }

  parcours(id: string): Observable<AuthoringParcoursResponse> {
    return this.http.get<AuthoringParcoursResponse>(`/api/authoring/parcours/${encodeURIComponent(id)}`);
  }

  updateActivity(id: string, revision: number, activity: ActivityDocument): Observable<AuthoringParcoursResponse> {
    return this.http.patch<AuthoringParcoursResponse>(`/api/authoring/activities/${encodeURIComponent(id)}`, { revision, activity });
  }
}
