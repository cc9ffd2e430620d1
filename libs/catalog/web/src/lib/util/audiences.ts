import { Injectable } from '@angular/core';
import type { AudienceResponse } from '@culture-d/catalog/contracts';
import { apiResource } from '@culture-d/shared/web';

/** The audiences with their descriptions (`GET /api/audiences`), fetched once per visit. */
@Injectable({ providedIn: 'root' })
export class AudienceDirectory {
  readonly audiences = apiResource<AudienceResponse[]>(() => '/api/audiences');
}
