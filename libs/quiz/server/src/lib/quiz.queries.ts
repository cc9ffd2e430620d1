import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyAttemptsResponse, QuizSettings } from '@culture-d/quiz/contracts';
import { DataSource } from 'typeorm';
import { QuizNotFoundError } from './quiz.errors';

/** What the quiz player reads besides the attempt itself. */
@Injectable()
export class QuizQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The learner's attempts at a quiz and how many are left: one query. */
  async myAttempts(userId: string, activityId: string): Promise<MyAttemptsResponse> {
    const [row] = (await this.dataSource.query(
      `SELECT a.content->'settings' AS settings,
              coalesce((SELECT json_agg(json_build_object('attemptId', qa.id, 'number', qa.number, 'startedAt', qa.started_at, 'submittedAt', qa.submitted_at,
                                                          'percent', qa.percent, 'passed', qa.passed) ORDER BY qa.number)
                          FROM quiz_attempt qa WHERE qa.activity_id = a.id AND qa.user_id = $2), '[]') AS items
         FROM version_activity a
         JOIN parcours_version v ON v.id = a.version_id
         JOIN parcours p ON p.id = v.parcours_id
        WHERE a.id = $1 AND a.type = 'quiz' AND p.status = 'published'`,
      [activityId, userId],
    )) as { settings: QuizSettings; items: MyAttemptsResponse['items'] }[];
    if (!row) throw new QuizNotFoundError();
    const { settings } = row;
    const items = row.items.map((item) => ({
      ...item,
      startedAt: new Date(item.startedAt).toISOString(),
      submittedAt: item.submittedAt ? new Date(item.submittedAt).toISOString() : null,
    }));
    const submitted = items.filter((item) => item.submittedAt !== null && item.percent !== null);
    const counting =
      submitted.length === 0 ? null : settings.scoring === 'last' ? submitted[submitted.length - 1].percent : Math.max(...submitted.map((item) => item.percent as number));
    return {
      maxAttempts: settings.maxAttempts,
      attemptsLeft: settings.maxAttempts === null ? null : Math.max(0, settings.maxAttempts - items.length),
      passMark: settings.passMark,
      openAttemptId: items.find((item) => item.submittedAt === null)?.attemptId ?? null,
      countingPercent: counting,
      items,
    };
  }
}
