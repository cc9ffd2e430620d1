export * from './lib/entities';
export { QuizModule } from './lib/quiz.module';
