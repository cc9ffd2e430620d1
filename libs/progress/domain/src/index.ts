export * from './lib/progress-rules';
export * from './lib/mastery';
