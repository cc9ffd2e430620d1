import type { Routes } from '@angular/router';
import { roleGuard } from '@culture-d/identity/web';

/**
 * The quiz authoring pages (author, admin), lazy. Registered at `auteur` before the catalogue's authoring routes: a
 * path not listed here falls through to them.
 */
export const QUIZ_AUTHORING_ROUTES: Routes = [
  {
    path: 'questions',
    title: 'quizEditor.bank.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./question-bank-page.component').then((m) => m.QuestionBankPageComponent),
  },
  {
    path: 'parcours/:id/quiz/:activityId',
    title: 'quizEditor.quiz.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./quiz-activity-page.component').then((m) => m.QuizActivityPageComponent),
  },
];
