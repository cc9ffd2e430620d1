export * from './lib/question.document';
export * from './lib/attempt.contracts';
export * from './lib/quiz.requests';
export * from './lib/quiz.responses';
export * from './lib/quiz.example';
