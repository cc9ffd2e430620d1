export { GROUPS_ROUTES } from './lib/groups.routes';
