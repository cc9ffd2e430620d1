import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionResponse, QuizSettings, SubmissionResponse } from '@culture-d/quiz/contracts';
import { describeResponse, scoreAttempt, showsCorrectAnswers, validateResponse } from '@culture-d/quiz/domain';
import { LearnerProgress } from '@culture-d/progress/server';
import type { DomainErrorField } from '@culture-d/shared/domain';
import { DataSource } from 'typeorm';
import type { PresentedQuestion } from '../entities/quiz-attempt.entity';
import { AttemptAlreadySubmittedError, AttemptNotFoundError, InvalidResponseError } from '../quiz.errors';

/**
 * Scores a submitted attempt on the server and records it, in one transaction: the attempt is closed by a conditional
 * UPDATE (`submitted_at IS NULL`), which PostgreSQL serialises on the row — of two simultaneous submissions exactly one
 * succeeds, the other gets 409 and writes nothing. A fixed number of queries whatever the number of questions: one read,
 * the UPDATE, one INSERT of every answer (arrays unnested), and the progress domain's own.
 */
@Injectable()
export class SubmitAttemptUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: LearnerProgress,
  ) {}

  async execute(userId: string, attemptId: string, responses: { questionId: string; response: unknown }[]): Promise<SubmissionResponse> {
    const [attempt] = (await this.dataSource.query(
      `SELECT qa.activity_id AS "activityId", qa.submitted_at AS "submittedAt", qa.layout, a.content->'settings' AS settings
         FROM quiz_attempt qa JOIN version_activity a ON a.id = qa.activity_id
        WHERE qa.id = $1 AND qa.user_id = $2`,
      [attemptId, userId],
    )) as { activityId: string; submittedAt: Date | null; layout: PresentedQuestion[]; settings: QuizSettings }[];
    // Someone else's attempt is answered like an unknown one: ids are not confirmed to strangers.
    if (!attempt) throw new AttemptNotFoundError();
    if (attempt.submittedAt) throw new AttemptAlreadySubmittedError();

    const byId = new Map<string, unknown>();
    const errors: DomainErrorField[] = [];
    const presentedIds = new Set(attempt.layout.map((item) => item.questionId));
    for (const { questionId, response } of responses) {
      if (!presentedIds.has(questionId)) errors.push({ field: questionId, message: 'is not a question of this attempt' });
      else if (byId.has(questionId)) errors.push({ field: questionId, message: 'is answered twice' });
      else byId.set(questionId, response);
    }
    for (const item of attempt.layout) {
      const problem = validateResponse(item.question, item.layout, byId.get(item.questionId) ?? null);
      if (problem) errors.push({ field: item.questionId, message: problem });
    }
    if (errors.length) throw new InvalidResponseError(errors);

    const items = attempt.layout.map((item) => ({ question: item.question, layout: item.layout, response: (byId.get(item.questionId) ?? null) as QuestionResponse | null }));
    const result = scoreAttempt(items, attempt.settings);

    await this.dataSource.transaction(async (manager) => {
      const [closed] = (await manager.query(
        `UPDATE quiz_attempt SET submitted_at = now(), score = $2, max_score = $3, percent = $4, passed = $5
          WHERE id = $1 AND submitted_at IS NULL RETURNING submitted_at AS "submittedAt"`,
        [attemptId, result.score, result.maxScore, result.percent, result.passed],
      )) as [{ submittedAt: Date }[], number];
      if (closed.length === 0) throw new AttemptAlreadySubmittedError();
      await manager.query(
        `INSERT INTO attempt_answer (attempt_id, question_id, response, answer, points, max_points)
         SELECT $1, * FROM unnest($2::text[], $3::jsonb[], $4::text[], $5::float8[], $6::float8[])`,
        [
          attemptId,
          attempt.layout.map((item) => item.questionId),
          items.map((item) => (item.response === null ? null : JSON.stringify(item.response))),
          items.map((item) => describeResponse(item.question, item.layout, item.response)),
          result.questions.map((q) => q.points),
          result.questions.map((q) => q.maxPoints),
        ],
      );
      await this.progress.recordQuizResult(manager, {
        userId,
        activityId: attempt.activityId,
        attemptId,
        percent: result.percent,
        passed: result.passed,
        competencies: result.competencies,
        submittedAt: closed[0].submittedAt,
      });
    });

    // Explanations and answer feedback tell what the right answer was: they follow the same policy as correct answers.
    const reveal = showsCorrectAnswers(attempt.settings, result.passed);
    return {
      attemptId,
      score: result.score,
      maxScore: result.maxScore,
      percent: result.percent,
      passed: result.passed,
      questions: result.questions.map((q, i) => ({
        questionId: attempt.layout[i].questionId,
        correct: q.correct,
        points: q.points,
        maxPoints: q.maxPoints,
        feedback: reveal ? q.feedbackHtml : [],
        ...(reveal ? { correctResponse: q.correctResponse } : {}),
      })),
    };
  }
}
