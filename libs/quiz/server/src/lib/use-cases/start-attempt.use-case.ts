import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionDocument, StartAttemptResponse } from '@culture-d/quiz/contracts';
import { presentQuestion } from '@culture-d/quiz/domain';
import { LearnerProgress } from '@culture-d/progress/server';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { PresentedQuestion } from '../entities/quiz-attempt.entity';
import { QuizHasNoQuestionsError, QuizMaxAttemptsError } from '../quiz.errors';
import { pickDrawn, shuffled } from '../draw';
import { datasetBlocks, loadQuizSource, type QuizSource } from '../quiz-source';

/** Numbers in [0, 1) from the operating system's generator: learners cannot predict a draw or a shuffle. */
const secureRandom = () => randomInt(0xffffffffffff) / 0xffffffffffff;

/**
 * Starts an attempt, or gives back the open one (a retry or a second tab must not burn an attempt). Runs under a
 * transaction-scoped advisory lock per learner and quiz, so that two simultaneous starts see each other: one creates,
 * the other returns the same attempt; the attempt limit holds. The partial unique index "one open attempt per learner
 * and quiz" and the unique number are the backstops.
 */
@Injectable()
export class StartAttemptUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: LearnerProgress,
  ) {}

  async execute(userId: string, activityId: string): Promise<{ created: boolean; attempt: StartAttemptResponse }> {
    const source = await loadQuizSource(this.dataSource.manager, activityId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`quiz-attempt:${userId}:${activityId}`]);
      await this.progress.assertActivityOpen(userId, activityId, manager);
      const [latest] = (await manager.query(
        `SELECT id, number, started_at AS "startedAt", submitted_at IS NULL AS open, CASE WHEN submitted_at IS NULL THEN layout END AS layout
           FROM quiz_attempt WHERE user_id = $1 AND activity_id = $2 ORDER BY number DESC LIMIT 1`,
        [userId, activityId],
      )) as { id: string; number: number; startedAt: Date; open: boolean; layout: PresentedQuestion[] | null }[];
      if (latest?.open && latest.layout) return { created: false, attempt: this.response(source, latest.id, latest.number, latest.startedAt, latest.layout) };
      const number = (latest?.number ?? 0) + 1;
      const { maxAttempts } = source.settings;
      if (maxAttempts !== null && number > maxAttempts) throw new QuizMaxAttemptsError(maxAttempts);

      const presented = await this.present(manager, source);
      if (presented.length === 0) throw new QuizHasNoQuestionsError();
      const [row] = (await manager.query(`INSERT INTO quiz_attempt (user_id, activity_id, number, layout) VALUES ($1, $2, $3, $4) RETURNING id, started_at AS "startedAt"`, [
        userId,
        activityId,
        number,
        JSON.stringify(presented),
      ])) as { id: string; startedAt: Date }[];
      return { created: true, attempt: this.response(source, row.id, number, row.startedAt, presented) };
    });
  }

  /** The fixed questions and the draws from the bank, presented (choices shuffled per settings), in quiz order or shuffled. */
  private async present(manager: EntityManager, source: QuizSource): Promise<PresentedQuestion[]> {
    const drawn = await this.draw(manager, source.quiz.draw ?? []);
    const items: { questionId: string; source: PresentedQuestion['source']; question: QuestionDocument }[] = [
      ...source.quiz.questions.map((question) => ({ questionId: question.key, source: 'fixed' as const, question })),
      ...drawn.map(({ id, question }) => ({ questionId: `bank:${id}`, source: 'bank' as const, question })),
    ];
    const datasets = items.some((item) => item.question.type === 'dataset') ? await datasetBlocks(manager, source.versionId) : new Map();
    const ordered = source.settings.shuffleQuestions ? shuffled(items, secureRandom) : items;
    return ordered.map((item) => {
      const { learner, layout } = presentQuestion(item.question, item.questionId, {
        shuffle: source.settings.shuffleChoices,
        random: secureRandom,
        dataset: (key) => datasets.get(key) ?? null,
      });
      return { ...item, layout, learner };
    });
  }

  /**
   * Random bank questions per competency, in one query: each rule fetches up to the total count of candidates, so that
   * a question tagged with two drawn competencies can be kept once and the next candidate taken instead.
   */
  private async draw(manager: EntityManager, rules: { competency: string; count: number }[]): Promise<{ id: string; question: QuestionDocument }[]> {
    if (rules.length === 0) return [];
    const total = rules.reduce((sum, rule) => sum + rule.count, 0);
    const rows = (await manager.query(
      `SELECT r.ordinality::int AS rule, q.id, q.document AS question
         FROM unnest($1::text[]) WITH ORDINALITY AS r(competency, ordinality)
         CROSS JOIN LATERAL (
           SELECT id, document FROM question WHERE competencies @> ARRAY[r.competency] AND type <> 'dataset' ORDER BY random() LIMIT $2
         ) q`,
      [rules.map((rule) => rule.competency), total],
    )) as { rule: number; id: string; question: QuestionDocument }[];
    return pickDrawn(rules, rows);
  }

  private response(source: QuizSource, attemptId: string, number: number, startedAt: Date, presented: PresentedQuestion[]): StartAttemptResponse {
    return {
      attemptId,
      number,
      maxAttempts: source.settings.maxAttempts,
      passMark: source.settings.passMark,
      startedAt: new Date(startedAt).toISOString(),
      questions: presented.map((item) => item.learner),
    };
  }
}
