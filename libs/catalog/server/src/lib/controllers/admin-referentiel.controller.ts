import { Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReferentielResponse } from '@culture-d/catalog/contracts';
import { Roles } from '@culture-d/shared/server';
import { CatalogQueries } from '../catalog.queries';
import { ReplaceReferentielUseCase } from '../use-cases/replace-referentiel.use-case';

@ApiTags('administration')
@Controller('admin/referentiel')
export class AdminReferentielController {
  constructor(
    private readonly replace$: ReplaceReferentielUseCase,
    private readonly catalog: CatalogQueries,
  ) {}

  /** Replaces the référentiel: a `culture-d/referentiel@1` document. */
  @Roles('admin')
  @Put()
  async replace(@Body() body: unknown): Promise<ReferentielResponse> {
    await this.replace$.execute(body);
    return this.catalog.referentiel();
  }
}
