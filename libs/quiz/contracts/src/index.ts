export * from './lib/question.document';
export * from './lib/attempt.contracts';
