import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AUDIENCES, THEMES, type Audience, type Theme } from '@culture-d/shared/contracts';

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

export class CatalogQuery {
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @IsOptional()
  @IsIn(THEMES)
  theme?: Theme;

  @IsOptional()
  @IsString()
  @MaxLength(200)
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

export class UpdateDraftRequest {
  /** The revision the author loaded; a newer one on the server means someone else saved meanwhile (409). */
  @IsInt()
  @Min(1)
  revision!: number;

  /** The whole parcours document (culture-d/parcours@1), validated by the catalog domain. */
  @IsObject()
  document!: Record<string, unknown>;
}

export class RevisionRequest {
  /** The draft revision the author is editing (optimistic concurrency: 409 when stale). */
  @IsInt()
  @Min(1)
  revision!: number;
}

export class ModuleRequest extends RevisionRequest {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  slug?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  objectives?: string[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6000)
  minutes?: number;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  competencies?: string[];

  /** Keys of the modules to complete first; a cycle is refused (422 PREREQUISITE_CYCLE). */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  prerequisites?: string[];
}

export class OrderRequest extends RevisionRequest {
  /** Every id of the list, once, in the new order. */
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class ActivityRequest extends RevisionRequest {
  /** One activity in the parcours document format (lesson, quiz or workshop step); its `key` may be omitted on creation. */
  @IsObject()
  activity!: Record<string, unknown>;
}
