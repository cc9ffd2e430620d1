import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateQuestionDocument } from '@culture-d/catalog/domain';
import { type BankQuestionResponse, type GiftImportError, type GiftImportResponse, type QuestionBankQuery, type QuestionDocument, QuizErrorCode } from '@culture-d/quiz/contracts';
import { parseGift, writeGift } from '@culture-d/quiz/domain';
import type { DomainErrorField } from '@culture-d/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { QuestionEntity } from '../entities/question.entity';
import { GiftInvalidError, QuestionInvalidError, QuestionNotFoundError } from '../quiz.errors';

const DATASET_REFUSED = 'dataset questions explore a dataset of their parcours: write them in the parcours, the bank cannot hold them';

/** A question of the bank, checked like a question of a parcours; dataset questions stay in parcours. */
function checkQuestion(input: unknown): { question: QuestionDocument } | { errors: DomainErrorField[] } {
  const result = validateQuestionDocument(input, new Set());
  if (!result.ok) {
    const errors = result.errors.filter((e) => e.path !== '/dataset').map((e) => ({ field: e.path, message: e.message }));
    const isDataset = typeof input === 'object' && input !== null && (input as { type?: unknown }).type === 'dataset';
    return { errors: isDataset ? [{ field: '/type', message: DATASET_REFUSED }, ...errors] : errors };
  }
  if (result.question.type === 'dataset') return { errors: [{ field: '/type', message: DATASET_REFUSED }] };
  return { question: result.question };
}

/** A question GIFT could express but the question rules refuse (a text too long…), at the line where it starts. */
function questionInvalid(line: number, error: DomainErrorField): GiftImportError {
  const field = error.field.slice(1) || 'question';
  return { line, code: QuizErrorCode.QuestionInvalid, params: { field }, message: `${field}: ${error.message}` };
}

const SELECT = `SELECT id, key, type, category, competencies, difficulty, document AS question, created_at AS "createdAt", updated_at AS "updatedAt" FROM question`;

function toResponse(row: Omit<BankQuestionResponse, 'createdAt' | 'updatedAt'> & { createdAt: Date | string; updatedAt: Date | string }): BankQuestionResponse {
  return { ...row, createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString() };
}

function columns(question: QuestionDocument) {
  return { key: question.key, type: question.type, competencies: question.competencies, difficulty: question.difficulty ?? 'moyen' };
}

/** Authors' question bank: list, write, delete, and Moodle GIFT import and export. */
@Injectable()
export class QuestionBankUseCases {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `q` looks into the stem, the key and the category, ignoring case and accents. */
  async list(query: QuestionBankQuery): Promise<{ items: BankQuestionResponse[]; total: number }> {
    const words = query.q?.trim() ? `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = (await this.dataSource.query(
      `${SELECT.replace(' FROM question', ', count(*) OVER () AS total FROM question')}
        WHERE ($1::text IS NULL OR competencies @> ARRAY[$1::text])
          AND ($2::text IS NULL OR type = $2)
          AND ($3::text IS NULL OR f_unaccent(lower(document->>'stem' || ' ' || key || ' ' || coalesce(category, ''))) LIKE f_unaccent(lower($3)))
        ORDER BY created_at DESC, id LIMIT $4 OFFSET $5`,
      [query.competency ?? null, query.type ?? null, words, query.limit, query.offset],
    )) as (BankQuestionResponse & { total: string })[];
    return { items: rows.map(({ total: _total, ...row }) => toResponse(row)), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(id: string): Promise<BankQuestionResponse> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE id = $1`, [id])) as BankQuestionResponse[];
    if (!row) throw new QuestionNotFoundError();
    return toResponse(row);
  }

  async create(input: unknown, category: string | null | undefined, userId: string): Promise<BankQuestionResponse> {
    const checked = checkQuestion(input);
    if ('errors' in checked) throw new QuestionInvalidError(checked.errors);
    const [created] = await this.insert(this.dataSource.manager, [{ question: checked.question, category: category ?? null }], userId);
    return created;
  }

  /** Replaces the question (and the category when given). Attempts already started keep their own copy. */
  async update(id: string, input: unknown, category: string | null | undefined): Promise<BankQuestionResponse> {
    const checked = checkQuestion(input);
    if ('errors' in checked) throw new QuestionInvalidError(checked.errors);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(QuestionEntity)
      .set({ ...columns(checked.question), document: checked.question, ...(category !== undefined ? { category } : {}) })
      .where('id = :id', { id })
      .execute();
    if (!result.affected) throw new QuestionNotFoundError();
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    const result = await this.dataSource.getRepository(QuestionEntity).delete({ id });
    if (!result.affected) throw new QuestionNotFoundError();
  }

  /**
   * Imports GIFT text: every question is read and checked like any bank question; with any error nothing is imported
   * (422 `GIFT_INVALID` listing them by line) unless `skipInvalid`, which imports the valid ones in one INSERT.
   */
  async importGift(text: string, skipInvalid: boolean, userId: string): Promise<GiftImportResponse> {
    const parsed = parseGift(text);
    const errors: GiftImportError[] = [...parsed.errors];
    const valid: { question: QuestionDocument; category: string | null }[] = [];
    for (const item of parsed.questions) {
      const checked = checkQuestion(item.question);
      if ('errors' in checked) errors.push(...checked.errors.map((e) => questionInvalid(item.line, e)));
      else valid.push({ question: checked.question, category: item.category });
    }
    errors.sort((a, b) => a.line - b.line);
    if (errors.length && !skipInvalid) throw new GiftInvalidError(errors);
    const questions = valid.length ? await this.insert(this.dataSource.manager, valid, userId) : [];
    return { imported: questions.length, questions, errors };
  }

  /** GIFT text of the given questions (the whole bank without ids); what GIFT cannot express is listed as comments on top. */
  async exportGift(ids: string[] | undefined): Promise<string> {
    const rows = (await this.dataSource.query(
      `SELECT category, document FROM question WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ORDER BY category NULLS FIRST, created_at, id`,
      [ids ?? null],
    )) as { category: string | null; document: QuestionDocument }[];
    const { text, skipped } = writeGift(rows.map((row) => ({ category: row.category, question: row.document })));
    const header = skipped.map((s) => `// skipped ${s.key}: ${s.reason.replace(/\r?\n/g, ' ')}`);
    return header.length ? `${header.join('\n')}\n\n${text}` : text;
  }

  /** One multi-row INSERT. */
  private async insert(manager: EntityManager, items: { question: QuestionDocument; category: string | null }[], userId: string): Promise<BankQuestionResponse[]> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(QuestionEntity)
      .values(items.map(({ question, category }) => ({ ...columns(question), document: question, category, createdBy: userId })))
      .returning('id, created_at, updated_at')
      .execute();
    const generated = result.raw as { id: string; created_at: Date; updated_at: Date }[];
    return items.map(({ question, category }, i) =>
      toResponse({
        id: generated[i].id,
        ...columns(question),
        difficulty: question.difficulty ?? 'moyen',
        category,
        question,
        createdAt: generated[i].created_at,
        updatedAt: generated[i].updated_at,
      }),
    );
  }
}
