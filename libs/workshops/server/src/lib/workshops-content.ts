import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WorkshopsDocument } from '@culture-d/catalog/contracts';
import { parisDatePlusDays, parisLocalToUtc } from '@culture-d/workshops/domain';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { RegistrationEntity } from './entities/registration.entity';
import { WorkshopEntity } from './entities/workshop.entity';

/**
 * Loads `content/workshops.json`: dates are relative to the day of import (Paris calendar), so that the starter
 * workshops are upcoming. Idempotent: a workshop whose slug exists is left as it is.
 */
@Injectable()
export class WorkshopsContentLoader {
  private readonly logger = new Logger('Content');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(contentDir: string, now = new Date()): Promise<{ imported: string[]; skipped: string[] }> {
    const file = join(resolve(contentDir), 'workshops.json');
    const report = { imported: [] as string[], skipped: [] as string[] };
    if (!existsSync(file)) return report;
    const document = JSON.parse(readFileSync(file, 'utf8')) as WorkshopsDocument;
    await this.dataSource.transaction(async (manager) => {
      for (const w of document.workshops) {
        if (await manager.exists(WorkshopEntity, { where: { slug: w.slug } })) {
          report.skipped.push(w.slug);
          continue;
        }
        const day = parisDatePlusDays(now, w.inDays);
        const startsAt = parisLocalToUtc(day, w.startTime);
        const inserted = await manager.insert(WorkshopEntity, {
          slug: w.slug,
          title: w.title,
          summary: w.summary,
          description: w.description,
          audiences: w.audiences,
          format: w.format,
          startsAt,
          endsAt: parisLocalToUtc(day, w.endTime),
          venue: w.venue ?? null,
          onlineUrl: w.onlineUrl ?? null,
          partners: w.partners,
          capacity: w.capacity,
          registrationClosesAt: new Date(startsAt.getTime() - w.registrationClosesHoursBefore * 3600_000),
          status: 'published',
          links: w.links as never,
          survey: w.survey as never,
          confirmedCount: w.pastAttendance?.registered ?? 0,
        });
        if (w.pastAttendance) {
          // A past workshop comes with its (fictitious, clearly labelled) attendance, so that organisers' views have data.
          const workshopId = (inserted.identifiers[0] as { id: string }).id;
          const { registered, attended } = w.pastAttendance;
          await manager.insert(
            RegistrationEntity,
            Array.from({ length: registered }, (_, i) => ({
              workshopId,
              guestName: `Participant·e fictif·ve ${i + 1}`,
              guestEmail: `participant-${i + 1}.${w.slug}@exemple.invalid`,
              guestConsentAt: startsAt,
              status: 'confirmed' as const,
              confirmedAt: startsAt,
              attendance: i < attended ? ('attended' as const) : ('no_show' as const),
            })),
          );
        }
        report.imported.push(w.slug);
      }
    });
    this.logger.log(report, 'starter workshops loaded');
    return report;
  }
}
