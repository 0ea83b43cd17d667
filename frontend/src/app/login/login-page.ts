import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { ROLE_LABELS } from '@tiep-dan/contracts';
import { catchError, map, of } from 'rxjs';
import { DemoApi, type DemoAccount } from '../core/api/demo.api';
import { Session } from '../core/auth/session';
import { AccessibleForm } from '../core/forms/accessible-form';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';

interface ProblemBody {
  message?: { vi: string; en: string };
}

/**
 * Sign-in: username and password, the server's message (throttling, lock-out) shown in the user's language. In demo
 * mode the demo accounts and their shared password are listed below the form; choosing one fills the form in.
 */
@Component({
  selector: 'app-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    PageHeader,
  ],
  template: `
    <app-page-header [title]="'login.title' | t" [subtitle]="'login.intro' | t" />
    <mat-card appearance="outlined" class="card">
      <form appAccessibleForm (ngSubmit)="submit()" #form="ngForm">
        <mat-card-content>
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'login.username' | t }}</mat-label>
            <input
              matInput
              name="username"
              data-testid="login-username"
              autocomplete="username"
              required
              [aria-describedby]="error() ? 'login-error' : ''"
              [(ngModel)]="username"
              #usernameModel="ngModel"
            />
            @if (usernameModel.hasError('required')) {
              <mat-error>{{ 'login.username.required' | t }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'login.password' | t }}</mat-label>
            <input
              #passwordInput
              matInput
              name="password"
              type="password"
              data-testid="login-password"
              autocomplete="current-password"
              required
              [aria-describedby]="error() ? 'login-error' : ''"
              [(ngModel)]="password"
              #passwordModel="ngModel"
            />
            @if (passwordModel.hasError('required')) {
              <mat-error>{{ 'login.password.required' | t }}</mat-error>
            }
          </mat-form-field>
          @if (error()) {
            <p id="login-error" class="error" role="alert" data-testid="login-error">
              {{ error() }}
            </p>
          }
        </mat-card-content>
        <mat-card-actions>
          <button #submitButton mat-flat-button type="submit" data-testid="login-submit" [disabled]="busy()">
            {{ 'login.submit' | t }}
          </button>
        </mat-card-actions>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
      </form>
    </mat-card>
    @if (demo(); as d) {
      <details class="demo" data-testid="demo-accounts" [open]="demoOpen">
        <summary>{{ 'login.demo.title' | t }} ({{ d.accounts.length }})</summary>
        <p class="demo-note">{{ 'login.demo.intro' | t }}</p>
        <p class="demo-note" data-testid="demo-password">
          {{ 'login.demo.password' | t: { password: d.password } }}
        </p>
        <ul class="accounts">
          @for (a of d.accounts; track a.username) {
            <li>
              <button
                type="button"
                class="account"
                data-testid="demo-account"
                [attr.data-username]="a.username"
                (click)="choose(a, d.password)"
              >
                <span class="who">
                  <strong class="username">{{ a.username }}</strong>
                  · {{ a.fullName }}
                </span>
                @if (roleLabels[a.role]; as role) {
                  <span class="role">{{ role | t }}</span>
                }
                <span class="purpose">{{ a.purpose | t }}</span>
              </button>
            </li>
          }
        </ul>
      </details>
    }
  `,
  styleUrl: './login-page.css',
})
export class LoginPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly form = viewChild.required<NgForm>('form');
  private readonly submitButton = viewChild.required('submitButton', {
    read: ElementRef<HTMLButtonElement>,
  });
  private readonly passwordInput = viewChild.required('passwordInput', {
    read: ElementRef<HTMLInputElement>,
  });
  /** From the query string (component input binding); undefined when the visitor came straight here. */
  readonly returnUrl = input<string | undefined>(undefined);
  protected username = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly roleLabels = ROLE_LABELS;
  /** The demo accounts in demo mode; null otherwise (the route answers 404) or while they load. */
  protected readonly demo = toSignal(
    inject(DemoApi)
      .accounts()
      .pipe(
        map((response) => (response.accounts.length ? response : null)),
        catchError(() => of(null)),
      ),
    { initialValue: null },
  );
  /** Open on wide screens; collapsed on phones so the form stays in view. */
  protected readonly demoOpen = !(inject(DOCUMENT).defaultView?.matchMedia?.('(max-width: 599px)').matches ?? false);

  /** Fills the form with a demo account, then moves focus to the submit button. */
  protected choose(account: DemoAccount, password: string): void {
    this.username = account.username;
    this.password = password;
    // The model reaches the controls a tick later; set them now so the button is enabled when it takes focus.
    this.form().form.patchValue({ username: account.username, password });
    this.error.set('');
    afterNextRender(() => this.submitButton().nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const controls = Object.values(this.form().controls);
    // A refusal's mark goes with the next attempt; the fields' own checks stay.
    for (const control of controls) control.updateValueAndValidity();
    this.error.set('');
    if (this.form().invalid) return; // the form shows which field is missing and focuses it
    this.busy.set(true);
    try {
      await this.session.login(this.username.trim(), this.password);
    } catch (error) {
      const body = error instanceof HttpErrorResponse ? (error.error as ProblemBody | null) : null;
      this.error.set(body?.message ? this.i18n.pick(body.message) : this.i18n.t('login.failed'));
      // Both fields carry the refusal (aria-invalid, described by the message); the password is typed again.
      for (const control of controls) control.setErrors({ refused: true });
      afterNextRender(
        () => {
          const password = this.passwordInput().nativeElement;
          password.focus();
          password.select();
        },
        { injector: this.injector },
      );
      return;
    } finally {
      this.busy.set(false);
    }
    // Only a path inside the app: never an absolute URL handed in by a crafted link.
    const returnUrl = this.returnUrl() ?? '/';
    const target = returnUrl.startsWith('/') && !returnUrl.startsWith('//') && !returnUrl.startsWith('/login') ? returnUrl : '/';
    await this.router.navigateByUrl(target);
  }
}
