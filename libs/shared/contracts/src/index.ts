export * from './lib/problem';
export * from './lib/health';
export * from './lib/audience';
