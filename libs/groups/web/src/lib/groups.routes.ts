import type { Routes } from '@angular/router';
import { roleGuard, signedInGuard } from '@culture-d/identity/web';

/**
 * Groups: the facilitators' pages (`/groupes`, `/groupes/:id`, facilitator or admin role) and the members' pages
 * (`/rejoindre`, `/mes-groupes`, anyone signed in). Titles are translation keys; every page is lazy.
 */
export const GROUPS_ROUTES: Routes = [
  {
    path: 'groupes',
    title: 'groups.list.title',
    canActivate: [roleGuard('facilitator', 'admin')],
    loadComponent: () => import('./pages/groups-page.component').then((m) => m.GroupsPageComponent),
  },
  {
    path: 'groupes/:id',
    title: 'groups.detail.title',
    canActivate: [roleGuard('facilitator', 'admin')],
    loadComponent: () => import('./pages/group-page.component').then((m) => m.GroupPageComponent),
  },
  {
    path: 'rejoindre',
    title: 'groups.join.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/join-page.component').then((m) => m.JoinPageComponent),
  },
  {
    path: 'mes-groupes',
    title: 'groups.mine.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/my-groups-page.component').then((m) => m.MyGroupsPageComponent),
  },
];
