import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';
import type { BilingualText } from '@tiep-dan/contracts';
import { MESSAGES, type MessageKey } from './messages';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'tiepdan.lang';

function isLanguage(value: unknown): value is Language {
  return (
    typeof value === 'string' &&
    (LANGUAGES as readonly string[]).includes(value)
  );
}

/** Vietnamese by default; English on request. The choice persists and drives `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly storage: Storage | null =
    this.document.defaultView?.localStorage ?? null;
  readonly lang = signal<Language>(this.restore());

  constructor() {
    effect(() => {
      const lang = this.lang();
      this.document.documentElement.lang = lang;
      try {
        this.storage?.setItem(LANGUAGE_STORAGE_KEY, lang);
      } catch {
        // Private browsing may refuse storage; the language still applies for this visit.
      }
    });
  }

  use(lang: Language): void {
    this.lang.set(lang);
  }

  /** The text of `key` in the current language, with `{name}` placeholders filled from `params`. */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.pick(MESSAGES[key], params);
  }

  /** Picks the current language out of a bilingual text coming from the API. */
  pick(text: BilingualText, params?: Record<string, string | number>): string {
    const raw = text[this.lang()];
    return params
      ? raw.replace(/\{(\w+)\}/g, (whole, name: string) =>
          String(params[name] ?? whole),
        )
      : raw;
  }

  private restore(): Language {
    try {
      const saved = this.storage?.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(saved) ? saved : 'vi';
    } catch {
      return 'vi';
    }
  }
}
