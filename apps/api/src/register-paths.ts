import { register } from 'tsconfig-paths';
import { resolve } from 'node:path';

/**
 * The API is compiled by tsc (docs/adr/0001-nestjs-on-fastify.md), which keeps the `@culture-d/<scope>/<type>`
 * aliases as written. In the built output (`dist/apps/api`), each alias points at `libs/<scope>/<type>/src/index.js`.
 * Under ts-node or Jest the aliases are resolved by tsconfig and this file is not loaded.
 */
const distRoot = resolve(__dirname, '..', '..', '..');
register({ baseUrl: distRoot, paths: { '@culture-d/*': ['libs/*/src/index.js'] }, addMatchAll: false });
