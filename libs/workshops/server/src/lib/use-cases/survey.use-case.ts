import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@culture-d/shared/server';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import { aggregateSurvey, checkSurveyAnswers, type SurveyAnswer, type SurveyResult } from '@culture-d/workshops/domain';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';
import type { SurveyQuestion } from '../entities/workshop.entity';
import { RegistrationEntity } from '../entities/registration.entity';
import { SurveyResponseEntity } from '../entities/survey-response.entity';
import { WorkshopEntity } from '../entities/workshop.entity';
import { WorkshopFacilitatorEntity } from '../entities/workshop-facilitator.entity';
import { NotFacilitatorError, RegistrationNotFoundError, WorkshopNotFoundError } from '../workshops.errors';

class SurveyAnswersInvalidError extends DomainError {
  readonly code = 'SURVEY_ANSWERS_INVALID';
  readonly kind = DomainErrorKind.Invalid;
}

/** The needs survey: registrants answer (and may change their answers); organisers see aggregates, never who said what. */
@Injectable()
export class SurveyUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forRegistrant(workshopId: string, userId: string): Promise<{ questions: SurveyQuestion[]; answers: Record<string, SurveyAnswer> | null }> {
    const { workshop, registration } = await this.registrant(workshopId, userId);
    const response = await this.dataSource.getRepository(SurveyResponseEntity).findOne({ where: { registrationId: registration.id } });
    return { questions: workshop.survey, answers: response?.answers ?? null };
  }

  async answer(workshopId: string, userId: string, answers: Record<string, unknown>): Promise<void> {
    const { workshop, registration } = await this.registrant(workshopId, userId);
    const problems = checkSurveyAnswers(workshop.survey, answers);
    if (problems.length) throw new SurveyAnswersInvalidError('Some answers do not fit the questions.', {}, problems);
    await this.dataSource.query(
      `INSERT INTO survey_response (workshop_id, registration_id, answers) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT ON CONSTRAINT uq_survey_response_registration DO UPDATE SET answers = EXCLUDED.answers, submitted_at = now()`,
      [workshopId, registration.id, JSON.stringify(answers)],
    );
  }

  async results(workshopId: string, principal: Principal): Promise<{ responses: number; questions: SurveyResult[] }> {
    const workshop = await this.dataSource.getRepository(WorkshopEntity).findOne({ where: { id: workshopId } });
    if (!workshop) throw new WorkshopNotFoundError();
    const manages = principal.roles.includes('author') || principal.roles.includes('admin') || (await this.dataSource.getRepository(WorkshopFacilitatorEntity).exists({ where: { workshopId, userId: principal.userId } }));
    if (!manages) throw new NotFacilitatorError();
    const responses = await this.dataSource.getRepository(SurveyResponseEntity).find({ where: { workshopId }, select: { answers: true } });
    return { responses: responses.length, questions: aggregateSurvey(workshop.survey, responses.map((r) => r.answers)) };
  }

  /** The aggregates as a spreadsheet (UTF-8 with BOM): one line per question and answer option. */
  async resultsCsv(workshopId: string, principal: Principal, separator: ',' | ';'): Promise<string> {
    const { questions } = await this.results(workshopId, principal);
    const data = questions.flatMap((q) => {
      if (q.kind === 'text') return (q.texts ?? []).map((t) => [q.question, 'texte', t, '', '']);
      return Object.entries(q.counts ?? {}).map(([option, count]) => [q.question, q.kind === 'scale' ? 'échelle' : 'choix', option, count, q.mean ?? '']);
    });
    return `\uFEFF${Papa.unparse({ fields: ['Question', 'Type', 'Réponse', 'Nombre', 'Moyenne'], data }, { delimiter: separator, newline: '\r\n', escapeFormulae: true })}\r\n`;
  }

  private async registrant(workshopId: string, userId: string) {
    const workshop = await this.dataSource.getRepository(WorkshopEntity).findOne({ where: { id: workshopId } });
    if (!workshop || workshop.status === 'draft') throw new WorkshopNotFoundError();
    const registration = await this.dataSource.getRepository(RegistrationEntity).createQueryBuilder('r').where(`r.workshop_id = :workshopId AND r.user_id = :userId AND r.status <> 'cancelled'`, { workshopId, userId }).getOne();
    if (!registration) throw new RegistrationNotFoundError();
    return { workshop, registration };
  }
}
