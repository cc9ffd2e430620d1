import { Body, Controller, Delete, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActivityRequest, ModuleRequest, OrderRequest, RevisionRequest, type AuthoringParcoursResponse } from '@culture-d/catalog/contracts';
import { Roles } from '@culture-d/shared/server';
import { AuthoringQueries } from '../authoring.queries';
import { DraftStructureUseCases } from '../use-cases/draft-structure.use-cases';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Modules and activities of a draft, one at a time; every answer is the whole updated draft with its new revision. */
@ApiTags('authoring')
@Roles('author', 'admin')
@Controller('authoring')
export class AuthoringStructureController {
  constructor(
    private readonly structure: DraftStructureUseCases,
    private readonly queries: AuthoringQueries,
  ) {}

  @Post('parcours/:id/modules')
  async addModule(@Param('id', uuid) id: string, @Body() body: ModuleRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.addModule(id, body)).parcoursId);
  }

  @Patch('modules/:id')
  async updateModule(@Param('id', uuid) id: string, @Body() body: ModuleRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.updateModule(id, body)).parcoursId);
  }

  @Delete('modules/:id')
  async removeModule(@Param('id', uuid) id: string, @Body() body: RevisionRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.removeModule(id, body.revision)).parcoursId);
  }

  @Put('parcours/:id/module-order')
  async reorderModules(@Param('id', uuid) id: string, @Body() body: OrderRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.reorderModules(id, body.revision, body.ids)).parcoursId);
  }

  @Put('modules/:id/activity-order')
  async reorderActivities(@Param('id', uuid) id: string, @Body() body: OrderRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.reorderActivities(id, body.revision, body.ids)).parcoursId);
  }

  @Post('modules/:id/activities')
  async addActivity(@Param('id', uuid) id: string, @Body() body: ActivityRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.addActivity(id, body.revision, body.activity)).parcoursId);
  }

  @Patch('activities/:id')
  async updateActivity(@Param('id', uuid) id: string, @Body() body: ActivityRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.updateActivity(id, body.revision, body.activity)).parcoursId);
  }

  @Delete('activities/:id')
  async removeActivity(@Param('id', uuid) id: string, @Body() body: RevisionRequest): Promise<AuthoringParcoursResponse> {
    return this.queries.get((await this.structure.removeActivity(id, body.revision)).parcoursId);
  }
}
