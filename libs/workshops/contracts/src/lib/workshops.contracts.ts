import { Transform, Type } from 'class-transformer';
import { Equals, IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
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
} as const;
