module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  coverageDirectory: '../../coverage/apps/api',
  globalSetup: '<rootDir>/src/testing/postgres.global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/postgres.global-teardown.ts',
  testTimeout: 30000,
};
