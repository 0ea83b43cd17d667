import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { AgencyDto } from '@tiep-dan/contracts';
import { AdminApi } from '../core/api/admin.api';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { BlocContext } from './bloc-context';

const SECTIONS: { path: string; label: MessageKey }[] = [
  { path: 'plan', label: 'bloc.tab.plan' },
  { path: 'sentiment', label: 'bloc.tab.sentiment' },
  { path: 'oversight', label: 'bloc.tab.oversight' },
  { path: 'practices', label: 'bloc.tab.practices' },
  { path: 'reviews', label: 'bloc.tab.reviews' },
];

/**
 * The commune's mobilization bloc (khối dân vận): one tab per part of its year. The bloc's head (a leader of the
 * commune) runs it, its members report on their work, and the province's leaders and inspectors look at any commune.
 */
@Component({
  selector: 'app-bloc-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BlocContext],
  imports: [
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatTabsModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    PageHeader,
  ],
  template: `
    <app-page-header [title]="'bloc.title' | t" [subtitle]="'bloc.subtitle' | t">
      @if (ctx.isProvinceUser()) {
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'bloc.commune' | t }}</mat-label>
          <select
            matNativeControl
            name="commune"
            [ngModel]="ctx.communeId()"
            (ngModelChange)="ctx.communeId.set($event)"
            data-testid="bloc-commune"
          >
            <option value=""></option>
            @for (c of communes(); track c.id) {
              <option [value]="c.id">{{ c.name }}</option>
            }
          </select>
        </mat-form-field>
      }
    </app-page-header>
    @if (ctx.bloc(); as b) {
      <p class="summary" data-testid="bloc-summary">
        {{ b.communeName }} · {{ 'bloc.headIs' | t: { name: b.headName ?? '—' } }} ·
        {{ 'bloc.memberCount' | t: { n: b.currentCount } }}
        @if (!b.sizeOk) {
          <span class="warn">{{ 'bloc.sizeWarning' | t }}</span>
        }
      </p>
    }
    @if (ctx.message(); as m) {
      <p [class]="m.error ? 'error' : 'ok'" role="status" data-testid="bloc-message">
        {{ m.text }}
      </p>
    }
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'bloc.tabs' | t">
      @for (section of sections; track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          queryParamsHandling="preserve"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          [attr.data-testid]="'bloc-tab-' + section.path"
          >{{ section.label | t }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel class="panel">
      @if (ctx.communeId() || !ctx.isProvinceUser()) {
        <router-outlet />
      } @else {
        <p class="muted">{{ 'bloc.chooseCommune' | t }}</p>
      }
    </mat-tab-nav-panel>
  `,
  styles: `
    .panel {
      display: block;
      padding-top: 16px;
    }
    .summary {
      margin: -12px 0 12px;
    }
    .warn {
      margin-left: 8px;
      color: var(--mat-sys-error);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .ok {
      color: var(--mat-sys-primary);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BlocPage {
  protected readonly ctx = inject(BlocContext);
  protected readonly sections = SECTIONS;
  private readonly agencies = toSignal(inject(AdminApi).agencies(), {
    initialValue: [] as AgencyDto[],
  });
  protected readonly communes = computed(() => this.agencies().filter((a) => a.kind === 'commune' && a.active));

  constructor() {
    effect(() => {
      this.ctx.communeId();
      untracked(() => void this.ctx.reload());
    });
  }
}
