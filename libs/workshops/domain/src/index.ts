export * from './lib/paris-time';
export * from './lib/registration-rules';
export * from './lib/survey';
