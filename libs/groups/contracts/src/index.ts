export * from './lib/groups.contracts';
