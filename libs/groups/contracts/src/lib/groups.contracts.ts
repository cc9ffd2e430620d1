import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CreateGroupRequest {
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  description?: string;

  /** Slugs of published parcours, in the order shown to members. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @Matches(SLUG, { each: true, message: 'each parcours must be a slug' })
  parcours?: string[];
}

export class UpdateGroupRequest {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  description?: string;

  /** Replaces the assigned parcours. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @Matches(SLUG, { each: true, message: 'each parcours must be a slug' })
  parcours?: string[];

  /** A new join code; the old one stops working (members stay). */
  @IsOptional()
  @IsBoolean()
  regenerateCode?: boolean;
}

export class JoinGroupRequest {
  /** As typed: case, spaces and dashes do not matter. */
  @IsString()
  @MaxLength(40)
  code!: string;

  /** The member's explicit choice; required, so that no client can default it to sharing. */
  @IsBoolean()
  shareProgress!: boolean;
}

export class MembershipRequest {
  @IsBoolean()
  shareProgress!: boolean;
}

export class MembersCsvQuery {
  /** `;` is what French spreadsheet software expects. */
  @IsOptional()
  @IsIn(['comma', 'semicolon'])
  separator?: 'comma' | 'semicolon';
}

export interface GroupParcoursResponse {
  slug: string;
  title: string;
}

/** A group as its facilitator sees it. */
export interface GroupResponse {
  id: string;
  name: string;
  description: string;
  /** Canonical form (8 symbols); shown as `XXXX-XXXX`, typed in any case, with or without the dash. */
  joinCode: string;
  parcours: GroupParcoursResponse[];
  memberCount: number;
  /** Members who agreed to share their progress. */
  sharingCount: number;
  createdAt: string;
}

/** A group as one of its members sees it. */
export interface MyGroupResponse {
  id: string;
  name: string;
  description: string;
  facilitator: { displayName: string };
  parcours: GroupParcoursResponse[];
  shareProgress: boolean;
  joinedAt: string;
  consentChangedAt: string | null;
}

export interface MemberEnrolment {
  parcours: GroupParcoursResponse;
  status: 'in_progress' | 'completed';
  percent: number;
  startedAt: string;
  completedAt: string | null;
  lastActivityAt: string | null;
}

export interface MemberQuizResult {
  activityId: string;
  title: string;
  parcours: GroupParcoursResponse;
  bestPercent: number;
  passed: boolean;
  attempts: number;
}

export interface MemberWorkshop {
  title: string;
  startsAt: string;
  status: 'confirmed' | 'waitlisted';
  attendance: 'attended' | 'no_show' | null;
}

export interface MemberProgress {
  enrolments: MemberEnrolment[];
  quizzes: MemberQuizResult[];
  workshops: MemberWorkshop[];
}

/**
 * One member in the facilitator's list. Without consent: name and joining date only (`shared: false`), never an
 * empty progress that would hint at inactivity.
 */
export type GroupMemberResponse = { displayName: string; joinedAt: string; shared: false } | ({ displayName: string; joinedAt: string; shared: true } & MemberProgress);

export interface GroupMembersResponse {
  items: GroupMemberResponse[];
  total: number;
  sharing: number;
}

export const GroupErrorCode = {
  GroupNotFound: 'GROUP_NOT_FOUND',
  GroupCodeUnknown: 'GROUP_CODE_UNKNOWN',
  NotMember: 'GROUP_NOT_MEMBER',
  ParcoursUnknown: 'GROUP_PARCOURS_UNKNOWN',
  InvalidName: 'GROUP_NAME_INVALID',
} as const;
