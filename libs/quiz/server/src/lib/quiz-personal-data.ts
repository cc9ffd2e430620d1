import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { QuestionEntity } from './entities/question.entity';
import { QuizAttemptEntity } from './entities/quiz-attempt.entity';

/**
 * A learner's attempts and answers; an author's link to the questions they wrote. On erasure, submitted attempts and
 * their answers stay without the person (user_id nulled) so that item statistics keep counting them anonymously; open
 * attempts go; questions stay (they belong to the platform) without their author.
 */
@Injectable()
export class QuizPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'quiz';
  readonly entities = [QuizAttemptEntity, QuestionEntity];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const attempts = (await manager.query(
      `SELECT qa.id, a.title AS quiz, v.slug AS parcours, qa.number, qa.started_at AS "startedAt", qa.submitted_at AS "submittedAt", qa.score, qa.max_score AS "maxScore",
              qa.percent, qa.passed,
              coalesce((SELECT json_agg(json_build_object('questionId', an.question_id, 'response', an.response, 'points', an.points, 'maxPoints', an.max_points) ORDER BY an.question_id)
                          FROM attempt_answer an WHERE an.attempt_id = qa.id), '[]') AS answers
         FROM quiz_attempt qa JOIN version_activity a ON a.id = qa.activity_id JOIN parcours_version v ON v.id = a.version_id
        WHERE qa.user_id = $1 ORDER BY qa.started_at`,
      [userId],
    )) as Record<string, unknown>[];
    const questions = await manager.find(QuestionEntity, { where: { createdBy: userId }, select: { id: true, key: true, createdAt: true } });
    return { attempts, questionsWritten: questions.map((q) => ({ id: q.id, key: q.key, createdAt: q.createdAt.toISOString() })) };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM quiz_attempt WHERE user_id = $1 AND submitted_at IS NULL`, [userId]);
    await manager.query(`UPDATE quiz_attempt SET user_id = NULL WHERE user_id = $1`, [userId]);
    await manager.update(QuestionEntity, { createdBy: userId }, { createdBy: null });
  }
}
