import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AUDIT_EVENT_TYPES, type AuditEventType } from './identity.responses';
import { AUDIENCES, ROLES, type Audience, type Role } from '@culture-d/shared/contracts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Query strings arrive as text; `@Type` would need reflect-metadata, which the web app does not load. */
const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterRequest {
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;

  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(80)
  displayName!: string;

  @IsIn(AUDIENCES, { message: `audience must be one of ${AUDIENCES.join(', ')}` })
  audience!: Audience;

  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class LoginRequest {
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

export class UpdateProfileRequest {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(80)
  displayName?: string;

  @IsOptional()
  @IsIn(AUDIENCES, { message: `audience must be one of ${AUDIENCES.join(', ')}` })
  audience?: Audience;

  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ChangePasswordRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `newPassword must be at most ${PASSWORD_MAX_LENGTH} characters` })
  newPassword!: string;
}

export class ForgotPasswordRequest {
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class ResetPasswordRequest {
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}

export class DeleteAccountRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

/** An administrator's change to an account: its roles, whether it may sign in, or both at once. */
export class UpdateAccountRequest {
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles?: Role[];

  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class ListUsersQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  offset = 0;
}

export class AuditQuery {
  @IsOptional()
  @IsIn(AUDIT_EVENT_TYPES, { message: `type must be one of ${AUDIT_EVENT_TYPES.join(', ')}` })
  type?: AuditEventType;

  @IsOptional()
  @IsUUID('4', { message: 'userId must be an account id' })
  userId?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date (ISO 8601)' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date (ISO 8601)' })
  to?: string;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;

  /** The `nextCursor` of the previous page, as given. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,80}$/, { message: 'cursor must be a nextCursor given by this route' })
  cursor?: string;
}
