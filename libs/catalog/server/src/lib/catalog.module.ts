import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringQueries } from './authoring.queries';
import { CatalogPersonalData } from './catalog-personal-data';
import { CatalogQueries } from './catalog.queries';
import { ContentLoader } from './content-loader';
import { AuthoringController } from './controllers/authoring.controller';
import { CatalogueController } from './controllers/catalogue.controller';
import { catalogEntities } from './entities';
import { ImportParcoursUseCase } from './use-cases/import-parcours.use-case';
import { PublishParcoursUseCase } from './use-cases/publish-parcours.use-case';
import { UnpublishParcoursUseCase } from './use-cases/unpublish-parcours.use-case';
import { UpdateDraftUseCase } from './use-cases/update-draft.use-case';

/** Référentiel, parcours, versions, the public catalogue and authoring. */
@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  controllers: [CatalogueController, AuthoringController],
  providers: [CatalogQueries, AuthoringQueries, ImportParcoursUseCase, UpdateDraftUseCase, PublishParcoursUseCase, UnpublishParcoursUseCase, ContentLoader, CatalogPersonalData],
  exports: [CatalogQueries, ContentLoader],
})
export class CatalogModule {}
