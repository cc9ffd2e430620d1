import type { Routes } from '@angular/router';
import { roleGuard } from '../session/role.guard';

/** `/admin/…`: accounts and the security journal, for administrators. Titles are translation keys. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    canActivate: [roleGuard('admin')],
    children: [
      {
        path: 'utilisateurs',
        title: 'admin.users.title',
        loadComponent: () => import('./admin-users-page.component').then((m) => m.AdminUsersPageComponent),
      },
      {
        path: 'utilisateurs/:id',
        title: 'admin.user.title',
        loadComponent: () => import('./admin-user-page.component').then((m) => m.AdminUserPageComponent),
      },
      {
        path: 'journal',
        title: 'admin.audit.title',
        loadComponent: () => import('./admin-audit-page.component').then((m) => m.AdminAuditPageComponent),
      },
    ],
  },
];
