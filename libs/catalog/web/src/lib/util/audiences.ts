import { httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { AudienceResponse } from '@culture-d/catalog/contracts';

/** The audiences with their descriptions (`GET /api/audiences`), fetched once per visit. */
@Injectable({ providedIn: 'root' })
export class AudienceDirectory {
  readonly audiences = httpResource<AudienceResponse[]>(() => '/api/audiences');
}
