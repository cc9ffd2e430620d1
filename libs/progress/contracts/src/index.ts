export * from './lib/certificates.contracts';
