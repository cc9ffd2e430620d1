/**
 * Every TypeORM entity of every domain, for the migration CLI (which has no Nest module to collect them).
 * Each domain's server library exports its own list; add it here when a domain arrives.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const entities: Function[] = [];
