export * from './lib/entities';
export { CatalogModule } from './lib/catalog.module';
export { CatalogQueries } from './lib/catalog.queries';
export { ContentLoader, inlineFiles, type ContentReport } from './lib/content-loader';
