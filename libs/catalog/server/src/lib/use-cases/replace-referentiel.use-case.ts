import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateReferentiel } from '@culture-d/catalog/domain';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import { DataSource } from 'typeorm';
import { DocumentInvalidError } from '../catalog.errors';
import { CompetencyDomainEntity, CompetencyEntity } from '../entities/competency.entity';

export class CompetencyInUseError extends DomainError {
  readonly code = 'COMPETENCY_IN_USE';
  readonly kind = DomainErrorKind.Conflict;
  constructor(codes: string[]) {
    super('Some competencies to remove are still used by modules or questions.', { codes });
  }
}

/**
 * An admin replaces the référentiel as a whole (domains → competencies). A competency still used by a draft or a
 * published version cannot be removed (409 with the codes); everything happens in one transaction.
 */
@Injectable()
export class ReplaceReferentielUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(input: unknown): Promise<void> {
    const result = validateReferentiel(input);
    if (!result.ok) throw new DocumentInvalidError(result.errors);
    const wanted = new Set(result.document.domains.flatMap((d) => d.competencies.map((c) => c.code)));
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE competency, competency_domain IN SHARE ROW EXCLUSIVE MODE`);
      const existing = (await manager.find(CompetencyEntity, { select: { code: true } })).map((c) => c.code);
      const removed = existing.filter((code) => !wanted.has(code));
      if (removed.length) {
        const used = (await manager.query(
          `SELECT DISTINCT code FROM (
             SELECT jsonb_path_query(draft, '$.parcours.modules[*].competencies[*]') #>> '{}' AS code FROM parcours
             UNION ALL SELECT jsonb_path_query(draft, '$.parcours.modules[*].activities[*].questions[*].competencies[*]') #>> '{}' FROM parcours
             UNION ALL SELECT jsonb_path_query(document, '$.parcours.modules[*].competencies[*]') #>> '{}' FROM parcours_version
             UNION ALL SELECT jsonb_path_query(document, '$.parcours.modules[*].activities[*].questions[*].competencies[*]') #>> '{}' FROM parcours_version
           ) used WHERE code = ANY($1::text[]) ORDER BY code`,
          [removed],
        )) as { code: string }[];
        if (used.length) throw new CompetencyInUseError(used.map((u) => u.code));
        await manager.delete(CompetencyEntity, removed.map((code) => ({ code })));
      }
      const domainCodes = result.document.domains.map((d) => d.code);
      await manager.query(`DELETE FROM competency_domain WHERE NOT code = ANY($1::text[])`, [domainCodes]);
      for (const [position, domain] of result.document.domains.entries()) {
        await manager.upsert(CompetencyDomainEntity, { code: domain.code, title: domain.title, description: domain.description, position }, ['code']);
        for (const [index, competency] of domain.competencies.entries()) {
          await manager.upsert(CompetencyEntity, { code: competency.code, domainCode: domain.code, title: competency.title, description: competency.description, position: index }, ['code']);
        }
      }
    });
  }
}
