export * from './lib/progress.contracts';
export * from './lib/certificates.contracts';
export * from './lib/statements.contracts';
