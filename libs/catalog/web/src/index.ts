export { CATALOG_ROUTES } from './lib/catalog.routes';
