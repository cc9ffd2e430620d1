export * from './lib/progress-rules';
export * from './lib/mastery';
export * from './lib/certificates/certificate-code';
export * from './lib/certificates/certificate-text';
export * from './lib/statements/statement-rules';
