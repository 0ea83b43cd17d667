import { Pipe, PipeTransform, inject } from '@angular/core';
import type { BilingualText } from '@tiep-dan/contracts';
import { I18n } from './i18n.service';
import type { MessageKey } from './messages';

/**
 * `{{ 'nav.home' | t }}` or `{{ apiLabel | t }}` for a bilingual text from the API. Impure so that a language switch
 * re-renders every text; the lookup is a property read, cheap enough to run on each check.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: MessageKey | BilingualText, params?: Record<string, string | number>): string {
    return typeof key === 'string' ? this.i18n.t(key, params) : this.i18n.pick(key, params);
  }
}
