export { QuizPlayerComponent } from './lib/quiz-player.component';
export { QUIZ_AUTHORING_ROUTES } from './lib/authoring/quiz-authoring.routes';
