export * from './lib/question.document';
