export * from './lib/workshops.contracts';
