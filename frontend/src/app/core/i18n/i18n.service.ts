import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';
import type { BilingualText } from '@tiep-dan/contracts';
import { MESSAGES, type MessageKey } from './messages';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'tiepdan.lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const PLURAL_RULES: Record<Language, Intl.PluralRules> = {
  vi: new Intl.PluralRules('vi'),
  en: new Intl.PluralRules('en'),
};

/**
 * Fills a message in `lang`: `{name}` takes `params[name]`; `{name:singular|plural}` takes the singular when
 * `params[name]` is a count the language says "one" for, else the plural ("{n} {n:day|days} overdue": "1 day overdue",
 * "2 days overdue"). Vietnamese does not inflect, so its texts need no choice; a missing param leaves the text as is.
 */
export function fillMessage(raw: string, lang: Language, params?: Record<string, string | number>): string {
  if (!params) return raw;
  return raw
    .replace(/\{(\w+):([^{}|]*)\|([^{}|]*)\}/g, (whole, name: string, one: string, other: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return PLURAL_RULES[lang].select(Number(value)) === 'one' ? one : other;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** Vietnamese by default; English on request. The choice persists and drives `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly storage: Storage | null = this.document.defaultView?.localStorage ?? null;
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

  /**
   * Picks the current language out of a bilingual text coming from the API, filling `{name}` placeholders and
   * `{name:singular|plural}` choices (see `fillMessage`).
   */
  pick(text: BilingualText, params?: Record<string, string | number>): string {
    const lang = this.lang();
    return fillMessage(text[lang], lang, params);
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
