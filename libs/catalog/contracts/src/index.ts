export * from './lib/parcours.document';
export * from './lib/catalog.responses';
export * from './lib/catalog.requests';
export * from './lib/parcours.example';
