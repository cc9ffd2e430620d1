import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BankQuestionStatisticsResponse, QuestionType, QuizStatisticsResponse } from '@culture-d/quiz/contracts';
import { itemStatistics, type StatisticsAttempt } from '@culture-d/quiz/domain';
import { DataSource } from 'typeorm';
import { QuestionNotFoundError, QuizNotFoundError } from './quiz.errors';

/**
 * Item statistics for authors, over submitted attempts (anonymous ones included): two queries each, whatever the number
 * of attempts. Answers are counted in the questions' own words (`attempt_answer.answer`, written at submission).
 */
@Injectable()
export class QuizAnalytics {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every question of a quiz (any version, published or not) and its score distribution. */
  async quiz(activityId: string): Promise<QuizStatisticsResponse> {
    const [quiz] = (await this.dataSource.query(`SELECT title FROM version_activity WHERE id = $1 AND type = 'quiz'`, [activityId])) as { title: string }[];
    if (!quiz) throw new QuizNotFoundError();
    const attempts = (await this.dataSource.query(
      `SELECT qa.score, qa.max_score AS "maxScore",
              json_agg(json_build_object('questionId', an.question_id, 'points', an.points, 'maxPoints', an.max_points, 'response', an.answer)) AS items
         FROM quiz_attempt qa JOIN attempt_answer an ON an.attempt_id = qa.id
        WHERE qa.activity_id = $1 AND qa.submitted_at IS NOT NULL
        GROUP BY qa.id`,
      [activityId],
    )) as StatisticsAttempt[];
    const statistics = itemStatistics(attempts);
    return { activityId, title: quiz.title, submittedAttempts: attempts.length, ...statistics };
  }

  /** One bank question across every quiz that drew it: facility, discrimination within each attempt, answers. */
  async bankQuestion(id: string): Promise<BankQuestionStatisticsResponse> {
    const [question] = (await this.dataSource.query(`SELECT key, type FROM question WHERE id = $1`, [id])) as { key: string; type: QuestionType }[];
    if (!question) throw new QuestionNotFoundError();
    const questionId = `bank:${id}`;
    const attempts = (await this.dataSource.query(
      `SELECT qa.score, qa.max_score AS "maxScore",
              json_build_array(json_build_object('questionId', an.question_id, 'points', an.points, 'maxPoints', an.max_points, 'response', an.answer)) AS items
         FROM attempt_answer an JOIN quiz_attempt qa ON qa.id = an.attempt_id
        WHERE an.question_id = $1`,
      [questionId],
    )) as StatisticsAttempt[];
    const [statistics] = itemStatistics(attempts).questions;
    return { ...question, ...(statistics ?? { questionId, attempts: 0, facility: null, discrimination: null, answers: [] }) };
  }
}
