export * from './lib/database/embedded-postgres';
export * from './lib/database/postgres-admin';
export * from './lib/http/problem-details.filter';
export * from './lib/http/validation.pipe';
export * from './lib/http/access';
export * from './lib/health/health.controller';
export * from './lib/observability/metrics';
export * from './lib/database/test-database';
