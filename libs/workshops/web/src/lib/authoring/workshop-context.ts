import { type Signal, computed, inject } from '@angular/core';
import { AuthStore } from '@culture-d/identity/web';
import type { WorkshopResponse } from '@culture-d/workshops/contracts';
import { ApiError, apiResource } from '@culture-d/shared/web';
import { authoringWorkshopUrl } from './workshops-admin.api';

/**
 * The workshop a management page is about. Authors and admins read it from the authoring API (drafts included);
 * facilitators, who may see registrants and results but not edit, from the public one.
 */
export function workshopContext(id: Signal<string>) {
  const auth = inject(AuthStore);
  const canEdit = computed(() => auth.user()?.roles.some((role) => role === 'author' || role === 'admin') ?? false);
  const workshop = apiResource<WorkshopResponse>(() => (canEdit() ? authoringWorkshopUrl(id()) : `/api/workshops/${encodeURIComponent(id())}`));
  const failure = computed((): 'forbidden' | 'notFound' | 'failed' | null => {
    const error = workshop.error();
    if (!error) return null;
    if (error instanceof ApiError && error.status === 403) return 'forbidden';
    return error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'notFound' : 'failed';
  });
  return { workshop, canEdit, failure };
}
