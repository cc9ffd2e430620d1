import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/**
 * Route `title`s are translation keys; the document title reads "Page — Culture D" (DSFR convention) in the
 * current language, and follows a language switch without a navigation.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private pageKey: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.pipe(takeUntilDestroyed()).subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const site = this.translate.instant('app.serviceName') as string;
    const page = this.pageKey ? (this.translate.instant(this.pageKey) as string) : undefined;
    this.title.setTitle(page && page !== site ? `${page} — ${site}` : site);
  }
}
