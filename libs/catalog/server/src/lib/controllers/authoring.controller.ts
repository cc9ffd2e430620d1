import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdateDraftRequest, type AuthoringParcoursResponse, type AuthoringParcoursSummary, type DraftPreviewResponse, type ParcoursDocument, type VersionResponse } from '@culture-d/catalog/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@culture-d/shared/server';
import { AuthoringQueries } from '../authoring.queries';
import { ImportParcoursUseCase } from '../use-cases/import-parcours.use-case';
import { PublishParcoursUseCase } from '../use-cases/publish-parcours.use-case';
import { UnpublishParcoursUseCase } from '../use-cases/unpublish-parcours.use-case';
import { UpdateDraftUseCase } from '../use-cases/update-draft.use-case';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('authoring')
@Roles('author', 'admin')
@Controller('authoring/parcours')
export class AuthoringController {
  constructor(
    private readonly queries: AuthoringQueries,
    private readonly import$: ImportParcoursUseCase,
    private readonly update$: UpdateDraftUseCase,
    private readonly publish$: PublishParcoursUseCase,
    private readonly unpublish$: UnpublishParcoursUseCase,
  ) {}

  @Get()
  list(): Promise<AuthoringParcoursSummary[]> {
    return this.queries.list();
  }

  /** Creates a draft from a whole document (the same format as import). */
  @Post()
  async create(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<AuthoringParcoursResponse> {
    const parcours = await this.import$.execute(body, principal.userId);
    return this.queries.get(parcours.id);
  }

  /** Imports an exported document as a new draft; a bad document gets every error with its JSON path, and nothing is written. */
  @Post('import')
  async import(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<AuthoringParcoursResponse> {
    const parcours = await this.import$.execute(body, principal.userId);
    return this.queries.get(parcours.id);
  }

  @Get(':id')
  get(@Param('id', uuid) id: string): Promise<AuthoringParcoursResponse> {
    return this.queries.get(id);
  }

  /** Saves the draft: `{ revision, document }`; 409 when someone saved a newer revision meanwhile. */
  @Patch(':id')
  async update(@Param('id', uuid) id: string, @Body() body: UpdateDraftRequest): Promise<AuthoringParcoursResponse> {
    await this.update$.execute(id, body.revision, body.document);
    return this.queries.get(id);
  }

  @Post(':id/publish')
  @HttpCode(201)
  async publish(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<VersionResponse[]> {
    await this.publish$.execute(id, principal.userId);
    return this.queries.versions(id);
  }

  @Post(':id/unpublish')
  @HttpCode(204)
  async unpublish(@Param('id', uuid) id: string): Promise<void> {
    await this.unpublish$.execute(id);
  }

  @Get(':id/preview')
  preview(@Param('id', uuid) id: string): Promise<DraftPreviewResponse> {
    return this.queries.preview(id);
  }

  @Get(':id/versions')
  versions(@Param('id', uuid) id: string): Promise<VersionResponse[]> {
    return this.queries.versions(id);
  }

  @Get(':id/export')
  @Header('Content-Disposition', 'attachment; filename="parcours.json"')
  export(@Param('id', uuid) id: string): Promise<ParcoursDocument> {
    return this.queries.export(id);
  }
}
