export { NotFoundPageComponent } from './lib/pages/not-found-page.component';
export { SITE_ROUTES } from './lib/site.routes';
