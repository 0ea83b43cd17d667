import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { BilingualText, CaseDetailDto, Role } from '@tiep-dan/contracts';
import { vnInstantOf } from '@tiep-dan/workflows/vn-date';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf, type ApiFieldError } from '../core/api/cases.api';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** Who records a citizen's letter at the next level (the backend checks the same). */
const FILERS: readonly Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head'];

/**
 * Who decides the case (the seat read from the agency tree, with the people holding it), and what may follow it at the
 * next level: a second complaint within its window (Luật Khiếu nại 2011 Art. 33), a re-denunciation (Luật Tố cáo 2018
 * Art. 37). Filing one opens the linked case at the next level and goes there.
 */
@Component({
  selector: 'app-follow-ups-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslatePipe],
  template: `
    @let c = detail();
    @if (c.decider; as d) {
      <div data-testid="case-decider">
        <p class="seat">
          <strong>{{ d.title | t }}</strong>
          @if (d.agencyName) {
            · {{ d.agencyName }}
          }
        </p>
        @if (d.people.length) {
          <p>{{ names() }}</p>
        } @else {
          <p class="muted">{{ 'case.decider.nobody' | t }}</p>
        }
        <p class="basis">{{ d.basis.article }}, {{ d.basis.document }}</p>
        @if (d.isCaller) {
          <p class="you" data-testid="decider-you">{{ 'case.decider.you' | t }}</p>
        }
      </div>
    }
    @if (c.context.earlierConclusion; as e) {
      <p class="earlier" data-testid="earlier-conclusion">
        {{ 'case.followUp.earlier' | t: earlierWords() }}
      </p>
    }
    @if (c.followUps.secondComplaint; as s) {
      <div class="follow" data-testid="second-complaint">
        @if (s.filedCaseId) {
          <p>
            {{ 'case.followUp.second.filed' | t }}
            <a [routerLink]="['/cases', s.filedCaseId]">{{ filedCode(s.filedCaseId) }}</a>
          </p>
        } @else {
          <p>
            {{
              'case.followUp.second.window'
                | t
                  : {
                      date: (s.windowEndsAt | date: 'dd/MM/yyyy' : '+0700') ?? '',
                      basis: (basisKey() | t),
                    }
            }}
          </p>
          @if (windowClosed()) {
            <p class="muted">{{ 'case.followUp.second.closed' | t }}</p>
          }
          @if (canFile()) {
            @if (mode() === 'second') {
              <form (ngSubmit)="fileSecond()" data-testid="second-complaint-form">
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'case.followUp.receivedAt' | t }}</mat-label>
                  <input
                    matInput
                    type="date"
                    name="receivedAt"
                    [(ngModel)]="receivedAt"
                    [attr.aria-invalid]="!!fieldError('receivedAt')"
                    aria-describedby="fu-receivedAt-error"
                  />
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'case.followUp.second.summary' | t }}</mat-label>
                  <textarea matInput name="summary" rows="2" [(ngModel)]="summary"></textarea>
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'case.followUp.second.obstacle' | t }}</mat-label>
                  <textarea matInput name="obstacle" rows="2" [(ngModel)]="obstacle"></textarea>
                </mat-form-field>
                @if (error(); as e) {
                  <p class="error" role="alert" id="fu-receivedAt-error">{{ e | t }}</p>
                }
                <div class="buttons">
                  <button mat-flat-button type="submit" [disabled]="busy()" data-testid="second-complaint-submit">
                    {{ 'case.followUp.submit' | t }}
                  </button>
                  <button mat-button type="button" (click)="mode.set('none')">{{ 'case.followUp.cancel' | t }}</button>
                </div>
              </form>
            } @else {
              <button mat-stroked-button type="button" (click)="open('second')" data-testid="second-complaint-open">
                {{ 'case.followUp.second.open' | t }}
              </button>
            }
          }
        }
      </div>
    }
    @if (c.followUps.reDenunciation; as r) {
      <div class="follow" data-testid="re-denunciation">
        @if (r.filedCaseId) {
          <p>
            {{ 'case.followUp.re.filed' | t }}
            <a [routerLink]="['/cases', r.filedCaseId]">{{ filedCode(r.filedCaseId) }}</a>
          </p>
        } @else {
          <p>{{ groundKey() | t }}</p>
          @if (canFile()) {
            @if (mode() === 're') {
              <form (ngSubmit)="fileRe()" data-testid="re-denunciation-form">
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'case.followUp.re.reason' | t }}</mat-label>
                  <textarea
                    matInput
                    name="reason"
                    rows="2"
                    required
                    [(ngModel)]="reason"
                    [attr.aria-invalid]="!!fieldError('reason')"
                    aria-describedby="fu-reason-error"
                  ></textarea>
                </mat-form-field>
                @if (error(); as e) {
                  <p class="error" role="alert" id="fu-reason-error">{{ e | t }}</p>
                }
                <div class="buttons">
                  <button mat-flat-button type="submit" [disabled]="busy()">{{ 'case.followUp.submit' | t }}</button>
                  <button mat-button type="button" (click)="mode.set('none')">{{ 'case.followUp.cancel' | t }}</button>
                </div>
              </form>
            } @else {
              <button mat-stroked-button type="button" (click)="open('re')" data-testid="re-denunciation-open">
                {{ 'case.followUp.re.open' | t }}
              </button>
            }
          }
        }
      </div>
    }
  `,
  styles: `
    p {
      margin: 0 0 6px;
    }
    .basis,
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .you {
      font-weight: 600;
    }
    .follow {
      margin-top: 12px;
    }
    form {
      display: grid;
      gap: 4px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
  `,
})
export class FollowUpsPanel {
  readonly detail = input.required<CaseDetailDto>();
  readonly role = input<Role | null>(null);
  readonly now = input<Date>(new Date());

  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);

  protected readonly mode = signal<'none' | 'second' | 're'>('none');
  protected readonly busy = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  private readonly errors = signal<ApiFieldError[]>([]);
  protected receivedAt = '';
  protected summary = '';
  protected obstacle = '';
  protected reason = '';

  protected readonly names = computed(() => (this.detail().decider?.people ?? []).map((p) => p.fullName).join(', '));
  protected readonly canFile = computed(() => {
    const role = this.role();
    return !!role && FILERS.includes(role);
  });
  protected readonly windowClosed = computed(() => {
    const s = this.detail().followUps.secondComplaint;
    return !!s && new Date(s.windowEndsAt).getTime() < this.now().getTime();
  });
  protected readonly earlierWords = computed(() => {
    const e = this.detail().context.earlierConclusion;
    return { code: e?.code ?? '', text: e?.conclusion ?? '—' };
  });

  protected readonly basisKey = computed<MessageKey>(() =>
    this.detail().followUps.secondComplaint?.basis === 'unresolved'
      ? 'case.followUp.second.basis.unresolved'
      : 'case.followUp.second.basis.decision',
  );
  protected readonly groundKey = computed<MessageKey>(() =>
    this.detail().followUps.reDenunciation?.ground === 'overdue' ? 'case.followUp.re.ground.overdue' : 'case.followUp.re.ground.disputed',
  );

  protected filedCode(id: string): string {
    return this.detail().links.find((l) => l.caseId === id)?.code ?? id.slice(0, 8);
  }

  protected fieldError(field: string): ApiFieldError | undefined {
    return this.errors().find((e) => e.field === field);
  }

  protected open(mode: 'second' | 're'): void {
    this.error.set(null);
    this.errors.set([]);
    this.mode.set(mode);
  }

  protected async fileSecond(): Promise<void> {
    await this.file(() =>
      this.api.fileSecondComplaint(this.detail().id, {
        ...(this.receivedAt ? { receivedAt: vnInstantOf(this.receivedAt, '09:00').toISOString() } : {}),
        ...(this.summary.trim() ? { summary: this.summary.trim() } : {}),
        ...(this.obstacle.trim() ? { obstacle: this.obstacle.trim() } : {}),
      }),
    );
  }

  protected async fileRe(): Promise<void> {
    if (!this.reason.trim()) {
      this.error.set({ vi: 'Cần ghi lý do tố cáo tiếp', en: 'Give the reason' });
      return;
    }
    await this.file(() => this.api.fileReDenunciation(this.detail().id, { reason: this.reason.trim() }));
  }

  private async file(call: () => ReturnType<CasesApi['fileSecondComplaint']>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(call());
      this.mode.set('none');
      await this.router.navigate(['/cases', created.id]);
    } catch (error) {
      const problem = problemOf(error);
      this.errors.set(problem.errors ?? []);
      this.error.set(problem.message);
    } finally {
      this.busy.set(false);
    }
  }
}
