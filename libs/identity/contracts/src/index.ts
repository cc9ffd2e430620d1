export * from './lib/identity.requests';
export * from './lib/identity.responses';
