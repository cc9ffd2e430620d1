import { catalogEntities } from '@culture-d/catalog/server';
import { groupsEntities } from '@culture-d/groups/server';
import { identityEntities } from '@culture-d/identity/server';
import { progressEntities } from '@culture-d/progress/server';
import { quizEntities } from '@culture-d/quiz/server';
import { workshopsEntities } from '@culture-d/workshops/server';

/**
 * Every TypeORM entity of every domain, for the migration CLI and the connection. Each domain's server library
 * exports its own list; add it here when a domain arrives.
 */
export const entities = [...identityEntities, ...catalogEntities, ...workshopsEntities, ...quizEntities, ...progressEntities, ...groupsEntities];
