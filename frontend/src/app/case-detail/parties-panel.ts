import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BilingualText, CaseDetailDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { CASE_DETAIL_MESSAGES } from './case-detail.messages';
import { AccessibleForm } from '../core/forms/accessible-form';

/**
 * The citizens of a case. A denouncer's identity is never in the case: it is masked here, and revealed only on request
 * with a reason, which the server writes to the security log before answering.
 */
@Component({
  selector: 'app-parties-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccessibleForm, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    @let c = detail();
    @if (c.groupSize > 1) {
      <p>{{ 'case.parties.group' | t: { n: c.groupSize } }}</p>
    }
    @if (c.type === 'denunciation') {
      <div class="denouncer" data-testid="denouncer">
        <h3>{{ 'case.denouncer.title' | t }}</h3>
        @if (identity(); as id) {
          <dl data-testid="denouncer-identity">
            @for (entry of identityEntries(id); track entry[0]) {
              <dt>{{ entry[1] | t }}</dt>
              <dd>{{ entry[2] }}</dd>
            }
          </dl>
          <button mat-button type="button" (click)="identity.set(null)">
            {{ 'case.denouncer.hide' | t }}
          </button>
        } @else if (c.hasConfidentialIdentity) {
          <p class="masked" data-testid="denouncer-masked">██████ · {{ 'case.denouncer.masked' | t }}</p>
          @if (asking()) {
            <form appAccessibleForm class="reveal" (ngSubmit)="reveal()">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'case.denouncer.reason' | t }}</mat-label>
                <textarea matInput rows="2" name="reason" [(ngModel)]="reason" required data-testid="reveal-reason"></textarea>
              </mat-form-field>
              <div class="buttons">
                <button mat-flat-button type="submit" [disabled]="!reason.trim() || busy()">
                  {{ 'case.denouncer.confirm' | t }}
                </button>
                <button mat-button type="button" (click)="asking.set(false)">
                  {{ 'case.form.cancel' | t }}
                </button>
              </div>
            </form>
          } @else if (c.canRevealIdentity) {
            <button mat-stroked-button type="button" (click)="asking.set(true)" data-testid="reveal">
              {{ 'case.denouncer.reveal' | t }}
            </button>
          } @else {
            <p class="muted" data-testid="reveal-not-allowed">
              {{ 'case.denouncer.notAllowed' | t }}
            </p>
          }
          @if (error(); as e) {
            <p class="error" role="alert">{{ e | t }}</p>
          }
        } @else {
          <p>{{ 'case.denouncer.none' | t }}</p>
        }
      </div>
    } @else if (c.parties.length) {
      <ul class="parties">
        @for (p of c.parties; track $index) {
          <li>
            <strong>{{ p.fullName }}</strong>
            <span class="role">{{ (p.role === 'petitioner' ? 'case.parties.petitioner' : 'case.parties.representative') | t }}</span>
            @if (p.idNumber) {
              <div>{{ 'case.parties.idNumber' | t }}: {{ p.idNumber }}</div>
            }
            @if (p.phone) {
              <div>{{ 'case.parties.phone' | t }}: {{ p.phone }}</div>
            }
            @if (p.address) {
              <div>{{ 'case.parties.address' | t }}: {{ p.address }}</div>
            }
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'case.parties.none' | t }}</p>
    }
  `,
  styles: `
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .parties {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 12px;
    }
    .role {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .masked {
      color: var(--mat-sys-on-surface-variant);
    }
    .reveal {
      display: flex;
      flex-direction: column;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
  `,
})
export class PartiesPanel {
  private readonly api = inject(CasesApi);
  readonly detail = input.required<CaseDetailDto>();

  protected readonly identity = signal<Record<string, unknown> | null>(null);
  protected readonly asking = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  protected reason = '';

  protected identityEntries(identity: Record<string, unknown>): [string, BilingualText, string][] {
    const labels: Record<string, BilingualText> = {
      fullName: CASE_DETAIL_MESSAGES['case.denouncer.fullName'],
      idNumber: CASE_DETAIL_MESSAGES['case.parties.idNumber'],
      phone: CASE_DETAIL_MESSAGES['case.parties.phone'],
      address: CASE_DETAIL_MESSAGES['case.parties.address'],
      email: CASE_DETAIL_MESSAGES['case.denouncer.email'],
    };
    return Object.entries(identity)
      .filter(([, v]) => typeof v === 'string' && v)
      .map(([k, v]) => [k, labels[k] ?? { vi: k, en: k }, String(v)]);
  }

  protected async reveal(): Promise<void> {
    if (!this.reason.trim()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.identity.set(await firstValueFrom(this.api.revealIdentity(this.detail().id, this.reason.trim())));
      this.asking.set(false);
      this.reason = '';
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
