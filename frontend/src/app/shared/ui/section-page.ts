import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { MessageKey } from '../../core/i18n/messages';
import { PageHeader } from './page-header';

/**
 * A screen whose feature has not shipped yet: it says so plainly instead of showing empty controls. Route data
 * supplies the keys (`withComponentInputBinding`).
 */
@Component({
  selector: 'app-section-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PageHeader],
  template: `
    <app-page-header [title]="titleKey() | t" [subtitle]="aboutKey() | t" />
    <p class="not-built" role="note">{{ 'page.notBuilt' | t }}</p>
  `,
  styles: `
    .not-built {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class SectionPage {
  readonly titleKey = input.required<MessageKey>();
  readonly aboutKey = input.required<MessageKey>();
}
