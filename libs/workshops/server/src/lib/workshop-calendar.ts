import { Injectable } from '@nestjs/common';
import icalGenerator, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { WorkshopEntity } from './entities/workshop.entity';
import { WorkshopsOptions } from './workshops.options';

type CalendarWorkshop = Pick<WorkshopEntity, 'id' | 'slug' | 'title' | 'summary' | 'startsAt' | 'endsAt' | 'venue' | 'onlineUrl' | 'status' | 'updatedAt'>;

/**
 * iCalendar (RFC 5545) for workshops, written by ical-generator: times in UTC (valid everywhere, shown in the reader's
 * zone), a stable UID per workshop, line folding and escaping done by the library.
 */
@Injectable()
export class WorkshopCalendar {
  constructor(private readonly options: WorkshopsOptions) {}

  render(workshops: CalendarWorkshop[], name = 'Ateliers Culture D'): string {
    const calendar: ICalCalendar = icalGenerator({ name, prodId: { company: 'OpenDataFrance', product: 'Culture D', language: 'FR' } });
    for (const workshop of workshops) {
      const url = `${this.options.publicUrl}/ateliers/${workshop.slug}`;
      calendar.createEvent({
        id: `workshop-${workshop.id}@culture-d`,
        start: workshop.startsAt,
        end: workshop.endsAt,
        stamp: workshop.updatedAt ?? new Date(),
        summary: workshop.title,
        description: `${workshop.summary}\n\n${url}`,
        location: workshop.venue ? `${workshop.venue.name}, ${workshop.venue.address}, ${workshop.venue.postcode} ${workshop.venue.city}`.replace(/ ,/g, ',') : (workshop.onlineUrl ?? 'En ligne'),
        url,
        status: workshop.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }
}
