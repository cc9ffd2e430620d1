export { QuizPlayerComponent } from './lib/quiz-player.component';
