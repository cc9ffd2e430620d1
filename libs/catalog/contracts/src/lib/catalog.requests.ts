import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
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
