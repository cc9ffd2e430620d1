import { Transform, plainToInstance } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { QUESTION_TYPES, type QuestionType } from './question.document';

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toInstances =
  <T>(cls: new () => T) =>
  ({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((item) => (item !== null && typeof item === 'object' ? plainToInstance(cls, item) : item)) : value;

export class ResponseItem {
  @IsString()
  @MaxLength(200)
  questionId!: string;

  /** Shape checked by the quiz domain against the question (400 `INVALID_RESPONSE` naming the question). */
  @Allow()
  response!: unknown;
}

/** `POST /api/attempts/:id/submission` */
export class SubmissionRequest {
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Transform(toInstances(ResponseItem))
  responses!: ResponseItem[];
}

/** `GET /api/authoring/questions` */
export class QuestionBankQuery {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  competency?: string;

  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: QuestionType;

  /** Words of the stem, the key or the category (accents and case ignored). */
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

/** `POST /api/authoring/questions`, `PATCH /api/authoring/questions/:id` */
export class QuestionRequest {
  /** A question document (same format as in a parcours), validated by the catalog domain. */
  @IsObject()
  question!: Record<string, unknown>;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  category?: string | null;
}

/** `POST /api/authoring/questions/import` (body: the GIFT text, `text/plain`) */
export class QuestionImportQuery {
  @IsIn(['gift'])
  format!: 'gift';

  /** Import the valid questions and report the others, instead of importing nothing. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  skipInvalid?: boolean;
}

/** `GET /api/authoring/questions/export?format=gift&ids=a,b` */
export class QuestionExportQuery {
  @IsIn(['gift'])
  format!: 'gift';

  /** Comma-separated question ids (at most 500); all the bank when absent. */
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(,[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}){0,499}$/i, {
    message: 'ids must be question ids separated by commas',
  })
  ids?: string;
}
