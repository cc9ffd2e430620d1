export { WORKSHOPS_ROUTES } from './lib/workshops.routes';
