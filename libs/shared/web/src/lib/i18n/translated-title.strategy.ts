import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from './translate.service';

/**
 * Route `title`s are translation keys; the document title reads "Page — Culture D" (DSFR convention) in the
 * current language, and follows a language switch without a navigation.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private readonly pageKey = signal<string | undefined>(undefined);

  constructor() {
    super();
    // Runs again when the page or the texts change.
    effect(() => {
      const site = this.translate.instant('app.serviceName');
      const key = this.pageKey();
      const page = key ? this.translate.instant(key) : undefined;
      this.title.setTitle(page && page !== site ? `${page} — ${site}` : site);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot));
  }
}
