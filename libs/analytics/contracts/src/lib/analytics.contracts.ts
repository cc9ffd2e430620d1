import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { AUDIENCES, type Audience } from '@culture-d/shared/contracts';

/** Filters of every analytics report: the learners' audience, and a period (`from` inclusive, `to` exclusive). */
export class AnalyticsQuery {
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  /** ISO 8601 date or date-time; a parcours counts the enrolments started in the period, workshops those starting in it. */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export interface FunnelStep {
  /** `enrolled`, then each module's key in order, then `completed`. */
  step: string;
  /** The module's title; null for `enrolled` and `completed`. */
  title: string | null;
  /** Learners who reached this step (completed the module, or the parcours). */
  count: number;
  /** Share of the enrolled learners, 0–1 (0 when nobody enrolled). */
  rate: number;
  /** Learners lost since the previous step. */
  lost: number;
}

export interface ParcoursAnalyticsResponse {
  parcours: { id: string; slug: string; title: string };
  filters: { audience: Audience | null; from: string | null; to: string | null };
  enrolled: number;
  completed: number;
  /** completed / enrolled, 0–1. */
  completionRate: number;
  /** Median days from enrolment to completion, over completed enrolments; null when none. */
  medianDaysToComplete: number | null;
  funnel: FunnelStep[];
  /** The step after which most learners stop (the largest `lost`), null when nobody is lost. */
  dropOff: { step: string; title: string | null; lost: number } | null;
}

export interface WorkshopAnalyticsItem {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  status: 'draft' | 'published' | 'cancelled';
  /** null: unlimited. */
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  /** confirmed / capacity, 0–1; null when unlimited. */
  fillRate: number | null;
  attended: number;
  noShow: number;
  /** attended / (attended + no show), 0–1; null until attendance is taken. */
  attendanceRate: number | null;
}

export interface WorkshopsAnalyticsResponse {
  filters: { audience: Audience | null; from: string | null; to: string | null };
  items: WorkshopAnalyticsItem[];
  totals: { workshops: number; confirmed: number; waitlisted: number; attended: number; noShow: number; fillRate: number | null; attendanceRate: number | null };
}
