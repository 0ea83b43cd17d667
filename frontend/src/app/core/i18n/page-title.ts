import { Injectable, Injector, computed, inject, signal } from '@angular/core';
import { NavigationStart, Router } from '@angular/router';
import { I18n } from './i18n.service';
import type { MessageKey } from './messages';

/** What a screen adds to its route's title once it knows which record it shows. */
export interface RecordTitle {
  /** The record's own name, first in the title: a case code, a dialogue's date and place, a team's name. */
  name?: string;
  /** Replaces the route's title, e.g. "Không tìm thấy hồ sơ" when the record does not exist. */
  key?: MessageKey;
}

/**
 * The browser tab's title (WCAG 2.4.2): "<record> · <screen> · Tiếp Dân", so that two open cases can be told apart
 * and a screen reader announces which one loaded. The route gives the screen (a message key); a record screen names
 * its record once loaded; every navigation starts again from the route alone. Follows the language switch.
 */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  private readonly i18n = inject(I18n);
  private readonly routeKey = signal<MessageKey | undefined>(undefined);
  private readonly record = signal<RecordTitle | null>(null);
  private readonly injector = inject(Injector);
  private watching = false;

  readonly text = computed(() => {
    const record = this.record();
    const key = record?.key ?? this.routeKey();
    return [record?.name, key ? this.i18n.t(key) : '', this.i18n.t('app.name')].filter(Boolean).join(' · ');
  });

  /**
   * Called by the title strategy at the end of every navigation with the route's title. The record is forgotten when
   * the next navigation starts, not here: a screen may name it while it is being created, before this call.
   */
  routed(key: MessageKey | undefined): void {
    this.routeKey.set(key);
    if (this.watching) return;
    this.watching = true;
    // The router is asked for lazily: it creates the title strategy, which needs this service.
    this.injector.get(Router).events.subscribe((event) => {
      if (event instanceof NavigationStart) this.record.set(null);
    });
  }

  /** Names the record the screen shows (or says it was not found). */
  show(record: RecordTitle): void {
    this.record.set(record);
  }
}
