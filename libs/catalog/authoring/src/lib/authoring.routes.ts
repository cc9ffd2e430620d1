import type { Routes } from '@angular/router';
import { roleGuard } from '@culture-d/identity/web';

/** The authors' pages (`/auteur/...`), lazy; every one needs the author or admin role (roleGuard). */
export const AUTHORING_ROUTES: Routes = [
  {
    path: 'parcours/:id/lecons/:activityId',
    title: 'lessonEditor.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./lesson-editor/lesson-editor-page.component').then((m) => m.LessonEditorPageComponent),
  },
];
