import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { DEFAULT_LANGUAGE, type Language } from './language';

/** A translation file: nested objects whose leaves are texts, read by dotted keys (`home.audiences.elu.title`). */
export type Translations = { [key: string]: string | Translations };
/** Values for the `{{name}}` placeholders of a text, by name (any object: interfaces have no index signature). */
export type TranslationParams = object;
/** Fetches the texts of one language. */
export type TranslationLoader = (language: Language) => Promise<Translations>;

/** How texts are loaded: from our own origin at `/i18n/<lang>.json` (docs/adr/0005), or from memory in specs. */
export const TRANSLATION_LOADER = new InjectionToken<TranslationLoader>('TRANSLATION_LOADER', {
  providedIn: 'root',
  factory: () => fetchTranslations,
});

/** No cache-busting parameter: the server has the files revalidated (`no-cache` and ETag), and index.html preloads fr.json. */
async function fetchTranslations(language: Language): Promise<Translations> {
  const response = await fetch(`/i18n/${language}.json`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET /i18n/${language}.json answered ${response.status}`);
  return (await response.json()) as Translations;
}

interface Texts {
  readonly language: Language | undefined;
  readonly current: Translations;
  /** French, for any key a translation lacks (the key itself shows only when French lacks it too). */
  readonly fallback: Translations;
}

/**
 * The interface texts, in a signal (ADR 0016): `instant()` read in a template, a `computed` or an effect is
 * re-evaluated when the language changes. Replaces ngx-translate with the part of it we use, in 1 kB instead of 15.
 */
@Injectable({ providedIn: 'root' })
export class TranslateService {
  private readonly loader = inject(TRANSLATION_LOADER);
  private readonly files = new Map<Language, Promise<Translations>>();
  private readonly ready = new Map<Language, Translations>();
  private readonly state = signal<Texts>({ language: undefined, current: {}, fallback: {} });

  /** Changes, by identity, whenever the texts change: what the `translate` pipe watches. */
  readonly texts = this.state.asReadonly();

  /** The language shown, once one is loaded. */
  currentLang(): Language | undefined {
    return this.state().language;
  }

  /**
   * Loads `language` (and French, the fallback), then shows it; at once when both are already loaded. A file that
   * failed to load is asked for again next time.
   */
  use(language: Language): Promise<void> {
    const current = this.ready.get(language);
    const fallback = this.ready.get(DEFAULT_LANGUAGE);
    if (current && fallback) {
      this.state.set({ language, current, fallback });
      return Promise.resolve();
    }
    return Promise.all([this.load(language), this.load(DEFAULT_LANGUAGE)]).then(([loaded, french]) => {
      this.state.set({ language, current: loaded, fallback: french });
    });
  }

  /** Texts already at hand (specs), used instead of loading the file. */
  add(language: Language, translations: Translations): void {
    this.ready.set(language, translations);
    this.files.set(language, Promise.resolve(translations));
  }

  /** The text of `key` in the current language with its placeholders filled, or the key itself when no file has it. */
  instant(key: string, params?: TranslationParams | null): string {
    const { current, fallback } = this.state();
    const text = lookup(current, key) ?? lookup(fallback, key);
    if (text === undefined) return key;
    return params ? interpolate(text, params) : text;
  }

  private load(language: Language): Promise<Translations> {
    let file = this.files.get(language);
    if (!file) {
      file = this.loader(language);
      this.files.set(language, file);
      file.then(
        (translations) => this.ready.set(language, translations),
        () => this.files.delete(language),
      );
    }
    return file;
  }
}

function lookup(translations: Translations, key: string): string | undefined {
  let node: string | Translations | undefined = translations;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` (spaces allowed) becomes `params.name`; a placeholder without a value stays as written. */
function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => {
    const value = (params as Record<string, unknown>)[name];
    return value === undefined || value === null ? placeholder : String(value);
  });
}
