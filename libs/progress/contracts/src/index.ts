export * from './lib/certificates.contracts';
export * from './lib/statements.contracts';
