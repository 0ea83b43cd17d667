import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';

interface ProblemBody {
  message?: { vi: string; en: string };
}

/** Sign-in: username and password, the server's message (throttling, lock-out) shown in the user's language. */
@Component({
  selector: 'app-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
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
    <app-page-header
      [title]="'login.title' | t"
      [subtitle]="'login.intro' | t"
    />
    <mat-card appearance="outlined" class="card">
      <form (ngSubmit)="submit()" #form="ngForm">
        <mat-card-content>
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'login.username' | t }}</mat-label>
            <input
              matInput
              name="username"
              data-testid="login-username"
              autocomplete="username"
              required
              [(ngModel)]="username"
            />
          </mat-form-field>
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'login.password' | t }}</mat-label>
            <input
              matInput
              name="password"
              type="password"
              data-testid="login-password"
              autocomplete="current-password"
              required
              [(ngModel)]="password"
            />
          </mat-form-field>
          @if (error()) {
            <p class="error" role="alert" data-testid="login-error">
              {{ error() }}
            </p>
          }
        </mat-card-content>
        <mat-card-actions>
          <button
            mat-flat-button
            type="submit"
            data-testid="login-submit"
            [disabled]="busy() || form.invalid"
          >
            {{ 'login.submit' | t }}
          </button>
        </mat-card-actions>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
      </form>
    </mat-card>
  `,
  styles: `
    .card {
      max-width: 420px;
    }
    .field {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class LoginPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  /** From the query string (component input binding); undefined when the visitor came straight here. */
  readonly returnUrl = input<string | undefined>(undefined);
  protected username = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly error = signal('');

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.login(this.username.trim(), this.password);
    } catch (error) {
      const body =
        error instanceof HttpErrorResponse
          ? (error.error as ProblemBody | null)
          : null;
      this.error.set(
        body?.message
          ? this.i18n.pick(body.message)
          : this.i18n.t('login.failed'),
      );
      return;
    } finally {
      this.busy.set(false);
    }
    // Only a path inside the app: never an absolute URL handed in by a crafted link.
    const returnUrl = this.returnUrl() ?? '/';
    const target =
      returnUrl.startsWith('/') &&
      !returnUrl.startsWith('//') &&
      !returnUrl.startsWith('/login')
        ? returnUrl
        : '/';
    await this.router.navigateByUrl(target);
  }
}
