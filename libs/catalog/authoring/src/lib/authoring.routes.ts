import type { Routes } from '@angular/router';

/** The authors' pages (`/auteur/...`), lazy; every one needs the author or admin role (roleGuard). */
export const AUTHORING_ROUTES: Routes = [];
