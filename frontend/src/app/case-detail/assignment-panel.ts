import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { BilingualText, CaseAssignmentDto, HandlerLoadDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { AccessibleForm } from '../core/forms/accessible-form';

/**
 * Who handles the case inside the agency. A handler takes an unassigned case or hands theirs back with a reason; the
 * agency head gives it to anyone of the agency, seeing each one's load. Every change lands in the case history.
 */
@Component({
  selector: 'app-assignment-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccessibleForm, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  template: `
    @if (assignment(); as a) {
      <p data-testid="assignee">
        @if (a.handler) {
          <strong>{{ a.handler.fullName }}</strong>
        } @else {
          <span class="muted">{{ 'case.assignee.none' | t }}</span>
        }
      </p>
      <div class="buttons">
        @if (a.canClaim) {
          <button mat-stroked-button type="button" (click)="save(me(), '')" [disabled]="busy()" data-testid="claim">
            {{ 'case.assignee.claim' | t }}
          </button>
        }
        @if (a.canRelease && !a.canReassign && mode() !== 'release') {
          <button mat-button type="button" (click)="mode.set('release')">
            {{ 'case.assignee.release' | t }}
          </button>
        }
        @if (a.canReassign && mode() !== 'reassign') {
          <button mat-button type="button" (click)="mode.set('reassign')" data-testid="reassign">
            {{ 'case.assignee.reassign' | t }}
          </button>
        }
      </div>
      @if (mode() !== 'none') {
        <form appAccessibleForm class="change" (ngSubmit)="save(mode() === 'release' ? null : target, reason)">
          @if (mode() === 'reassign') {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'case.assignee.reassign' | t }}</mat-label>
              <mat-select name="target" [(ngModel)]="target" data-testid="reassign-target">
                @for (c of candidates(); track c.id) {
                  <mat-option [value]="c.id">
                    {{ c.fullName }}
                    @if (c.load; as l) {
                      <span class="muted">
                        —
                        {{
                          'case.assignee.load'
                            | t
                              : {
                                  open: l.open,
                                  dueSoon: l.dueSoon,
                                  overdue: l.overdue,
                                }
                        }}</span
                      >
                    }
                  </mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
          <mat-form-field appearance="outline">
            <mat-label>{{ 'case.assignee.reason' | t }}</mat-label>
            <input matInput name="reason" [(ngModel)]="reason" data-testid="assign-reason" />
          </mat-form-field>
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="busy() || !reason.trim() || (mode() === 'reassign' && !target)">
              {{ 'case.assignee.save' | t }}
            </button>
            <button mat-button type="button" (click)="mode.set('none')">
              {{ 'case.form.cancel' | t }}
            </button>
          </div>
        </form>
      }
      @if (error(); as e) {
        <p class="error" role="alert">{{ e | t }}</p>
      }
    }
  `,
  styles: `
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .buttons {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .change {
      display: flex;
      flex-direction: column;
      margin-top: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AssignmentPanel {
  private readonly api = inject(CasesApi);
  readonly caseId = input.required<string>();
  /** The case version: a change elsewhere reloads the assignment. */
  readonly version = input.required<number>();
  readonly userId = input.required<string>();
  /** Emitted after a change, so the page reloads the case (its history and version moved). */
  readonly changed = output<void>();

  protected readonly assignment = signal<CaseAssignmentDto | null>(null);
  protected readonly loads = signal<HandlerLoadDto[]>([]);
  protected readonly mode = signal<'none' | 'release' | 'reassign'>('none');
  protected readonly busy = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  protected readonly me = computed(() => this.userId());
  protected target: string | null = null;
  protected reason = '';

  protected readonly candidates = computed(() => {
    const loads = new Map(this.loads().map((l) => [l.id, l]));
    return (this.assignment()?.candidates ?? []).map((c) => ({
      ...c,
      load: loads.get(c.id) ?? null,
    }));
  });

  constructor() {
    effect(() => {
      this.version();
      void this.load(this.caseId());
    });
  }

  private async load(caseId: string): Promise<void> {
    try {
      const assignment = await firstValueFrom(this.api.assignment(caseId));
      this.assignment.set(assignment);
      if (assignment.canReassign) this.loads.set(await firstValueFrom(this.api.handlerLoads()));
    } catch (error) {
      this.error.set(problemOf(error).message);
    }
  }

  protected async save(handlerId: string | null, reason: string): Promise<void> {
    const current = this.assignment();
    if (!current) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.assignment.set(
        await firstValueFrom(
          this.api.assign(this.caseId(), {
            handlerId,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
            expectedVersion: current.version,
          }),
        ),
      );
      this.mode.set('none');
      this.reason = '';
      this.target = null;
      this.changed.emit();
    } catch (error) {
      this.error.set(problemOf(error).message);
      if (problemOf(error).status === 409) this.changed.emit();
    } finally {
      this.busy.set(false);
    }
  }
}
