export * from './lib/parcours.document';
