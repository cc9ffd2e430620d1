export * from './lib/scoring';
export * from './lib/gift';
