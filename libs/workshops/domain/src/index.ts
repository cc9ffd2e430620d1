export * from './lib/paris-time';
export * from './lib/registration-rules';
