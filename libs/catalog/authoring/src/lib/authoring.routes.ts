import type { Routes } from '@angular/router';
import { roleGuard } from '@culture-d/identity/web';

/** The authors' pages (`/auteur/...`), lazy; every one needs the author or admin role (roleGuard). */
export const AUTHORING_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'authoring.list.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./pages/parcours-list-page.component').then((m) => m.ParcoursListPageComponent),
  },
  {
    path: 'parcours/:id',
    pathMatch: 'full',
    title: 'authoring.editor.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./pages/parcours-editor-page.component').then((m) => m.ParcoursEditorPageComponent),
  },
  {
    path: 'parcours/:id/publication',
    title: 'authoring.publication.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./pages/publication-page.component').then((m) => m.PublicationPageComponent),
  },
  {
    path: 'parcours/:id/lecons/:activityId',
    title: 'lessonEditor.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./lesson-editor/lesson-editor-page.component').then((m) => m.LessonEditorPageComponent),
  },
];
