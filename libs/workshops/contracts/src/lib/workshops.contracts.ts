import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AUDIENCES, type Audience } from '@culture-d/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class GuestRequest {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  /** Explicit consent to keep these details for the workshop (RGPD art. 6-1-a). */
  @IsBoolean()
  @Equals(true, { message: 'consent must be given' })
  consent!: boolean;
}

export class RegistrationRequest {
  /** Required when not signed in. */
  @IsOptional()
  @ValidateNested()
  @Type(() => GuestRequest)
  guest?: GuestRequest;
}

export class GuestCancellationRequest {
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token!: string;
}

export class WorkshopsQuery {
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @IsOptional()
  @IsISO8601()
  from?: string;

  @IsOptional()
  @IsISO8601()
  to?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;
}

export interface WorkshopResponse {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  audiences: Audience[];
  format: 'in_person' | 'online' | 'hybrid';
  startsAt: string;
  endsAt: string;
  timeZone: 'Europe/Paris';
  venue: { name: string; address: string; postcode: string; city: string } | null;
  onlineUrl: string | null;
  partners: string[];
  capacity: number | null;
  seatsLeft: number | null;
  waitlistCount: number;
  registrationOpen: boolean;
  registrationClosesAt: string;
  status: 'draft' | 'published' | 'cancelled';
  links: { parcours: string; module?: string; role: 'preparation' | 'follow_up' }[];
}

export interface RegistrationResponse {
  id: string;
  workshopId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  /** Place in the waiting list (1 = next to get a seat). */
  position?: number;
}

export interface MyRegistrationResponse extends RegistrationResponse {
  workshop: Pick<WorkshopResponse, 'id' | 'slug' | 'title' | 'startsAt' | 'endsAt' | 'format' | 'venue'>;
  registeredAt: string;
}

export const WorkshopErrorCode = {
  WorkshopNotFound: 'WORKSHOP_NOT_FOUND',
  RegistrationClosed: 'REGISTRATION_CLOSED',
  AlreadyRegistered: 'ALREADY_REGISTERED',
  GuestDetailsRequired: 'GUEST_DETAILS_REQUIRED',
  RegistrationNotFound: 'REGISTRATION_NOT_FOUND',
  InvalidSchedule: 'INVALID_SCHEDULE',
  CapacityBelowConfirmed: 'CAPACITY_BELOW_CONFIRMED',
  NotFacilitator: 'NOT_FACILITATOR',
  WorkshopHasRegistrations: 'WORKSHOP_HAS_REGISTRATIONS',
  SurveyInvalid: 'SURVEY_INVALID',
  WorkshopCancelled: 'WORKSHOP_CANCELLED',
} as const;

export class VenueRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @IsString()
  @MaxLength(300)
  address!: string;

  @IsString()
  @MaxLength(10)
  postcode!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city!: string;
}

export class WorkshopLinkRequest {
  @IsString()
  @MaxLength(80)
  parcours!: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  module?: string;

  @IsIn(['preparation', 'follow_up'])
  role!: 'preparation' | 'follow_up';
}

export class SurveyQuestionRequest {
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'key must be a short lower-case identifier' })
  key!: string;

  @IsIn(['scale', 'choice', 'text'])
  kind!: 'scale' | 'choice' | 'text';

  @IsString()
  @MinLength(3)
  @MaxLength(500)
  question!: string;

  /** Required for a choice: at least two distinct options. */
  @ValidateIf((q: SurveyQuestionRequest) => q.kind === 'choice' || q.choices !== undefined)
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  choices?: string[];

  /** A choice question where several options may be ticked (one only otherwise). */
  @IsOptional()
  @IsBoolean()
  multiple?: boolean;

  /** A scale goes from `min` (1 by default) to `max` (5 by default), 0 to 10. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  min?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  max?: number;
}

/** A question of the needs survey as the API gives it back. */
export interface SurveyQuestionResponse {
  key: string;
  kind: 'scale' | 'choice' | 'text';
  question: string;
  choices?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
}

/** Create or replace a workshop (authors, admins). Times are ISO 8601 instants; the app shows them in Paris time. */
export class WorkshopRequest {
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower case words joined by hyphens' })
  @MaxLength(80)
  slug?: string;

  @IsString()
  @MaxLength(1000)
  summary!: string;

  @IsString()
  @MaxLength(20000)
  description!: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(AUDIENCES, { each: true })
  audiences!: Audience[];

  @IsIn(['in_person', 'online', 'hybrid'])
  format!: 'in_person' | 'online' | 'hybrid';

  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsISO8601({ strict: true })
  endsAt!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => VenueRequest)
  venue?: VenueRequest;

  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  onlineUrl?: string;

  @IsArray()
  @IsString({ each: true })
  partners: string[] = [];

  /** null: no limit. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number | null;

  @IsOptional()
  @IsISO8601({ strict: true })
  registrationOpensAt?: string;

  @IsISO8601({ strict: true })
  registrationClosesAt!: string;

  @IsIn(['draft', 'published'])
  status!: 'draft' | 'published';

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => WorkshopLinkRequest)
  links: WorkshopLinkRequest[] = [];

  /** The needs survey offered to registrants. */
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionRequest)
  survey: SurveyQuestionRequest[] = [];

  /** Accounts that run the workshop (they take attendance). */
  @IsArray()
  @IsUUID('all', { each: true })
  facilitatorIds: string[] = [];
}

/** The authors' list: every workshop, drafts included. */
export interface AuthoringWorkshopSummary extends WorkshopResponse {
  /** Seats taken (with `capacity`: how full the workshop is, even when unlimited). */
  confirmedCount: number;
}

/** One workshop as authors edit it: what `WorkshopRequest` sends, read back. */
export interface AuthoringWorkshopResponse extends AuthoringWorkshopSummary {
  registrationOpensAt: string | null;
  partners: string[];
  survey: SurveyQuestionResponse[];
  facilitators: { id: string; name: string }[];
}

/** Cancelling a workshop: the reason, if given, is quoted in the e-mail to the people registered. */
export class CancelWorkshopRequest {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class AttendanceRequest {
  @IsIn(['attended', 'no_show'])
  attendance!: 'attended' | 'no_show';
}

export class RegistrantsQuery {
  /** `csv` gives a spreadsheet, like `Accept: text/csv` (a plain download link cannot set headers). */
  @IsOptional()
  @IsIn(['csv'])
  format?: 'csv';

  /** `;` is what French spreadsheet software expects. */
  @IsOptional()
  @IsIn(['comma', 'semicolon'])
  separator?: 'comma' | 'semicolon';
}

export interface RegistrantResponse {
  id: string;
  name: string;
  email: string;
  kind: 'member' | 'guest';
  status: 'confirmed' | 'waitlisted';
  position?: number;
  attendance: 'attended' | 'no_show' | null;
  registeredAt: string;
}

export class SurveyAnswersRequest {
  /** By question key: a number for scales, a choice (or several) for choices, a text. */
  @IsObject()
  answers!: Record<string, string | number | string[]>;
}

/** Several people at once (an attendance sheet). */
export class BulkAttendanceRequest {
  @IsIn(['attended', 'no_show'])
  attendance!: 'attended' | 'no_show';

  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  registrationIds!: string[];
}
