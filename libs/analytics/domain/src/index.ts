export * from './lib/funnel';
