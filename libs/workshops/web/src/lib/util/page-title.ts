import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslateService } from '@culture-d/shared/web/shell';

/** Sets "Page — Culture D" for a page whose title is content (a workshop), not a translation key. */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);

  set(page: string): void {
    this.title.setTitle(`${page} — ${this.translate.instant('app.serviceName') as string}`);
  }
}
