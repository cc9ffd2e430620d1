import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthoringWorkshopResponse, AuthoringWorkshopSummary, MyRegistrationResponse, WorkshopResponse, WorkshopsQuery } from '@culture-d/workshops/contracts';
import { isRegistrationOpen, seatsLeft } from '@culture-d/workshops/domain';
import { DataSource } from 'typeorm';
import { WorkshopEntity } from './entities/workshop.entity';
import { WorkshopNotFoundError } from './workshops.errors';

type Row = Record<string, unknown> & { waitlist_count: number };

const COLUMNS = `w.id, w.slug, w.title, w.summary, w.description, w.audiences, w.format, w.starts_at, w.ends_at, w.venue, w.online_url, w.partners,
  w.capacity, w.confirmed_count, w.registration_opens_at, w.registration_closes_at, w.status, w.links,
  (SELECT count(*)::int FROM registration r WHERE r.workshop_id = w.id AND r.status = 'waitlisted') AS waitlist_count`;

function toResponse(row: Row, now: Date): WorkshopResponse {
  const w = row as unknown as Record<string, never>;
  const window = {
    status: w['status'] as WorkshopEntity['status'],
    registrationOpensAt: w['registration_opens_at'] as Date | null,
    registrationClosesAt: w['registration_closes_at'] as Date,
  };
  return {
    id: w['id'],
    slug: w['slug'],
    title: w['title'],
    summary: w['summary'],
    description: w['description'],
    audiences: w['audiences'],
    format: w['format'],
    startsAt: (w['starts_at'] as Date).toISOString(),
    endsAt: (w['ends_at'] as Date).toISOString(),
    timeZone: 'Europe/Paris',
    venue: w['venue'],
    onlineUrl: w['online_url'],
    partners: w['partners'],
    capacity: w['capacity'],
    seatsLeft: seatsLeft(w['capacity'], w['confirmed_count']),
    waitlistCount: row.waitlist_count,
    registrationOpen: isRegistrationOpen(window, now),
    registrationClosesAt: (w['registration_closes_at'] as Date).toISOString(),
    status: w['status'],
    links: w['links'],
  };
}

@Injectable()
export class WorkshopsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Upcoming published workshops (or within `from`/`to`), soonest first: one query. */
  async list(query: WorkshopsQuery): Promise<{ items: WorkshopResponse[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM workshop w
        WHERE w.status IN ('published', 'cancelled')
          AND w.ends_at > coalesce($1::timestamptz, now()) AND ($2::timestamptz IS NULL OR w.starts_at < $2::timestamptz)
          AND ($3::text IS NULL OR w.audiences @> ARRAY[$3::text])
          AND ($4::text IS NULL OR f_unaccent(lower(w.venue->>'city')) = f_unaccent(lower($4::text)))
        ORDER BY w.starts_at LIMIT 100`,
      [query.from ?? null, query.to ?? null, query.audience ?? null, query.city?.trim() || null],
    )) as Row[];
    const now = new Date();
    return { items: rows.map((r) => toResponse(r, now)), total: rows.length };
  }

  /** For authors: every workshop, drafts included, newest first, with the seats taken. */
  async all(): Promise<AuthoringWorkshopSummary[]> {
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM workshop w ORDER BY w.starts_at DESC LIMIT 500`)) as Row[];
    const now = new Date();
    return rows.map((r) => ({ ...toResponse(r, now), confirmedCount: r['confirmed_count'] as number }));
  }

  /**
   * For authors: one workshop with what the form edits (survey, facilitators, opening of registrations). Facilitators
   * are ids here: their names come from the identity domain (`names`).
   */
  async forAuthors(id: string, names: (ids: string[]) => Promise<Map<string, { name: string }>>): Promise<AuthoringWorkshopResponse> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS}, w.survey, ARRAY(SELECT f.user_id FROM workshop_facilitator f WHERE f.workshop_id = w.id) AS facilitator_ids
         FROM workshop w WHERE w.id = $1`,
      [id],
    )) as Row[];
    const row = rows[0];
    if (!row) throw new WorkshopNotFoundError();
    const opensAt = row['registration_opens_at'] as Date | null;
    const ids = row['facilitator_ids'] as string[];
    const people = await names(ids);
    return {
      ...toResponse(row, new Date()),
      confirmedCount: row['confirmed_count'] as number,
      registrationOpensAt: opensAt ? opensAt.toISOString() : null,
      survey: row['survey'] as AuthoringWorkshopResponse['survey'],
      facilitators: ids.map((fid) => ({ id: fid, name: people.get(fid)?.name ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    };
  }

  async get(idOrSlug: string, includeDrafts = false): Promise<WorkshopResponse> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM workshop w WHERE ${isUuid ? 'w.id = $1::uuid' : 'w.slug = $1'}${includeDrafts ? '' : ` AND w.status <> 'draft'`}`,
      [idOrSlug],
    )) as Row[];
    if (!rows[0]) throw new WorkshopNotFoundError();
    return toResponse(rows[0], new Date());
  }

  /** Entities for the calendar: one workshop, or every upcoming published one. */
  async forCalendar(idOrSlug?: string): Promise<WorkshopEntity[]> {
    const repository = this.dataSource.getRepository(WorkshopEntity);
    if (!idOrSlug) {
      return repository.createQueryBuilder('w').where(`w.status = 'published' AND w.ends_at > now()`).orderBy('w.starts_at').limit(200).getMany();
    }
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const workshop = await repository
      .createQueryBuilder('w')
      .where(isUuid ? 'w.id = :v' : 'w.slug = :v', { v: idOrSlug })
      .andWhere(`w.status <> 'draft'`)
      .getOne();
    if (!workshop) throw new WorkshopNotFoundError();
    return [workshop];
  }

  async mine(userId: string): Promise<MyRegistrationResponse[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.workshop_id, r.status, r.created_at, w.slug, w.title, w.starts_at, w.ends_at, w.format, w.venue,
              CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int + 1 FROM registration o WHERE o.workshop_id = r.workshop_id AND o.status = 'waitlisted' AND o.queue_number < r.queue_number) END AS position
         FROM registration r JOIN workshop w ON w.id = r.workshop_id
        WHERE r.user_id = $1 AND r.status <> 'cancelled' ORDER BY w.starts_at`,
      [userId],
    )) as Record<string, never>[];
    return rows.map((r) => ({
      id: r['id'],
      workshopId: r['workshop_id'],
      status: r['status'],
      ...(r['position'] ? { position: r['position'] } : {}),
      registeredAt: (r['created_at'] as Date).toISOString(),
      workshop: {
        id: r['workshop_id'],
        slug: r['slug'],
        title: r['title'],
        startsAt: (r['starts_at'] as Date).toISOString(),
        endsAt: (r['ends_at'] as Date).toISOString(),
        format: r['format'],
        venue: r['venue'],
      },
    }));
  }
}
