import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringQueries } from './authoring.queries';
import { CatalogPersonalData } from './catalog-personal-data';
import { CatalogQueries } from './catalog.queries';
import { ContentLoader } from './content-loader';
import { AdminReferentielController } from './controllers/admin-referentiel.controller';
import { ReplaceReferentielUseCase } from './use-cases/replace-referentiel.use-case';
import { AuthoringStructureController } from './controllers/authoring-structure.controller';
import { AuthoringController } from './controllers/authoring.controller';
import { DraftMutator } from './draft-mutator';
import { DraftStructureUseCases } from './use-cases/draft-structure.use-cases';
import { CatalogueController } from './controllers/catalogue.controller';
import { catalogEntities } from './entities';
import { ImportParcoursUseCase } from './use-cases/import-parcours.use-case';
import { PublishParcoursUseCase } from './use-cases/publish-parcours.use-case';
import { UnpublishParcoursUseCase } from './use-cases/unpublish-parcours.use-case';
import { UpdateDraftUseCase } from './use-cases/update-draft.use-case';

/** Référentiel, parcours, versions, the public catalogue and authoring. */
@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  controllers: [CatalogueController, AuthoringController, AuthoringStructureController, AdminReferentielController],
  providers: [ReplaceReferentielUseCase, DraftMutator, DraftStructureUseCases, CatalogQueries, AuthoringQueries, ImportParcoursUseCase, UpdateDraftUseCase, PublishParcoursUseCase, UnpublishParcoursUseCase, ContentLoader, CatalogPersonalData],
  exports: [CatalogQueries, ContentLoader],
})
export class CatalogModule {}
