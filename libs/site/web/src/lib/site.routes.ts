import type { Routes } from '@angular/router';

/** The public site: home and the compulsory information pages. Titles are translation keys (TranslatedTitleStrategy). */
export const SITE_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    loadComponent: () => import('./pages/home-page.component').then((m) => m.HomePageComponent),
  },
  {
    path: 'accessibilite',
    title: 'accessibility.title',
    loadComponent: () => import('./pages/accessibility-page.component').then((m) => m.AccessibilityPageComponent),
  },
  {
    path: 'mentions-legales',
    title: 'legal.title',
    loadComponent: () => import('./pages/legal-notice-page.component').then((m) => m.LegalNoticePageComponent),
  },
  {
    path: 'donnees-personnelles',
    title: 'privacy.title',
    loadComponent: () => import('./pages/privacy-page.component').then((m) => m.PrivacyPageComponent),
  },
];
