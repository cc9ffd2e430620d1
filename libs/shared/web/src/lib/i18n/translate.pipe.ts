import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type TranslationParams, TranslateService } from './translate.service';

/**
 * `{{ 'key' | translate }}` and `{{ 'key' | translate: { n: 3 } }}`. Impure, so that it follows a language switch:
 * it reads the texts signal at every check (which makes the view depend on it) and recomputes only when the key,
 * the parameters or the texts changed.
 */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private last?: { key: string; params: TranslationParams | null | undefined; texts: unknown; value: string };

  transform(key: string | null | undefined, params?: TranslationParams | null): string {
    if (!key) return '';
    const texts = this.translate.texts();
    const last = this.last;
    if (last && last.key === key && last.texts === texts && sameParams(last.params, params)) return last.value;
    const value = this.translate.instant(key, params);
    this.last = { key, params: params ? { ...params } : params, texts, value };
    return value;
  }
}

function sameParams(a: TranslationParams | null | undefined, b: TranslationParams | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.is(left[key], right[key]));
}
