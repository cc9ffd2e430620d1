export { AUTHORING_ROUTES } from './lib/authoring.routes';
