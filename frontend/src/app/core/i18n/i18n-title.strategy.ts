import { Injectable, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { MessageKey } from './messages';
import { PageTitle } from './page-title';

/** Route `title` values are message keys; the browser tab follows the language switch and names the record shown. */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly page = inject(PageTitle);

  constructor() {
    super();
    const title = inject(Title);
    effect(() => title.setTitle(this.page.text()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.page.routed(this.buildTitle(snapshot) as MessageKey | undefined);
  }
}
