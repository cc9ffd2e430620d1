import type { QuizDocument } from '@culture-d/catalog/contracts';
import type { QuizSettings } from '@culture-d/quiz/contracts';
import type { EntityManager } from 'typeorm';
import { QuizNotFoundError } from './quiz.errors';

export interface QuizSource {
  activityId: string;
  versionId: string;
  title: string;
  settings: QuizSettings;
  /** The quiz as published (fixed questions with their answers, draws): read from the version's document. */
  quiz: QuizDocument;
}

/**
 * A quiz of a published parcours (any version, since learners keep theirs), with its questions from the version's
 * document: one query. 404 for an unknown id, another activity type, or a parcours that is not published.
 */
export async function loadQuizSource(manager: EntityManager, activityId: string): Promise<QuizSource> {
  const [row] = (await manager.query(
    `SELECT a.id AS "activityId", a.version_id AS "versionId", a.title, a.content->'settings' AS settings,
            (SELECT act FROM jsonb_path_query(v.document, '$.parcours.modules[*].activities[*]') act WHERE act->>'key' = a.key) AS quiz
       FROM version_activity a
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
      WHERE a.id = $1 AND a.type = 'quiz' AND p.status = 'published'`,
    [activityId],
  )) as QuizSource[];
  if (!row?.quiz) throw new QuizNotFoundError();
  return row;
}

/** Where each dataset block of a version sits, for dataset questions' links: one query. */
export async function datasetBlocks(manager: EntityManager, versionId: string): Promise<Map<string, { title: string; activityId: string; blockIndex: number }>> {
  const rows = (await manager.query(
    `SELECT b.block->>'key' AS key, b.block->>'title' AS title, a.id AS "activityId", (b.position - 1)::int AS "blockIndex"
       FROM version_activity a, jsonb_array_elements(a.content->'blocks') WITH ORDINALITY AS b(block, position)
      WHERE a.version_id = $1 AND a.type = 'lesson' AND b.block->>'type' = 'dataset'`,
    [versionId],
  )) as { key: string; title: string; activityId: string; blockIndex: number }[];
  return new Map(rows.map(({ key, ...where }) => [key, where]));
}
