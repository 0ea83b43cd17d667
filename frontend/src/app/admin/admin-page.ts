import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import type { MessageKey } from '../core/i18n/messages';
import { PageHeader } from '../shared/ui/page-header';

const SECTIONS: { path: string; label: MessageKey }[] = [
  { path: 'agencies', label: 'admin.tab.agencies' },
  { path: 'neighbourhoods', label: 'admin.tab.neighbourhoods' },
  { path: 'users', label: 'admin.tab.users' },
  { path: 'audit', label: 'admin.tab.audit' },
  { path: 'open311', label: 'admin.tab.open311' },
];

/** Administration: one tab per section, each its own route so a section can be linked to and reloaded. */
@Component({
  selector: 'app-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe, PageHeader],
  template: `
    <app-page-header [title]="'page.admin' | t" [subtitle]="'page.admin.about' | t" />
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'admin.tabs' | t">
      @for (section of sections; track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          [attr.data-testid]="'admin-tab-' + section.path"
          >{{ section.label | t }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel class="panel">
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    .panel {
      display: block;
      padding-top: 16px;
    }
  `,
})
export class AdminPage {
  protected readonly sections = SECTIONS;
}
