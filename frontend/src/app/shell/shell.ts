import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { Progress } from '../core/http/progress';
import { I18n, type Language } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { HealthIndicator } from './health-indicator';
import { VisibleNav } from './visible-nav';
import { Session } from '../core/auth/session';
import { ROLE_LABELS } from '@tiep-dan/contracts';
import { Router } from '@angular/router';

/** Toolbar, navigation drawer and the routed screen. The drawer is permanent on wide screens, modal on phones. */
@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslatePipe,
    HealthIndicator,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly i18n = inject(I18n);
  protected readonly busy = inject(Progress).busy;
  private readonly router = inject(Router);
  protected readonly session = inject(Session);
  protected readonly navItems = inject(VisibleNav).items;
  protected readonly roleLabel = computed(() => {
    const user = this.session.user();
    return user ? ROLE_LABELS[user.role] : null;
  });
  protected readonly lang = this.i18n.lang;
  /** The language button's text; its accessible name starts with it (WCAG 2.5.3). */
  protected readonly langCode = computed(() => this.lang().toUpperCase());
  protected readonly langLabel = computed(() =>
    this.i18n.t('shell.language.current', {
      code: this.langCode(),
      name: this.i18n.t(this.lang() === 'vi' ? 'shell.lang.vi' : 'shell.lang.en'),
    }),
  );
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 960px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly drawerMode = computed(() => (this.handset() ? 'over' : 'side'));

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login']);
  }

  /**
   * The skip link moves the focus into the main content itself: its `#main` would resolve against `<base href="/">`
   * and send the browser to the home page instead.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected useLanguage(lang: Language): void {
    this.i18n.use(lang);
  }
}
