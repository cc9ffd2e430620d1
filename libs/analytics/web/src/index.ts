export { ANALYTICS_ROUTES } from './lib/analytics.routes';
