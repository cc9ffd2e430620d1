/** The built API over real HTTP, as a separate process, on a real PostgreSQL (see apps/api-e2e/README.md). */
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/../api/src/testing/postgres.global-setup.ts',
  globalTeardown: '<rootDir>/../api/src/testing/postgres.global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
