import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  RECEPTION_REFUSAL_LABELS,
  RECEPTION_REFUSAL_REASONS,
  type AgencyDto,
  type ReceptionRefusalReason,
  type VisitCaseDto,
} from '@tiep-dan/contracts';
import { lastValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';

type DirectionKind = 'answer_on_spot' | 'guide' | 'assign' | 'refuse';
const EVENT: Record<DirectionKind, string> = {
  answer_on_spot: 'ANSWER_ON_SPOT',
  guide: 'GUIDE',
  assign: 'ASSIGN',
  refuse: 'REFUSE',
};

/** The leader's direction on one logged case, sent through the case machine (the reception lifecycle). */
@Component({
  selector: 'app-direction-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  template: `
    <form
      class="direction"
      (ngSubmit)="submit()"
      [attr.data-testid]="'direction-' + item().code"
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ 'reception.direction.kind' | t }}</mat-label>
        <select
          matNativeControl
          name="kind"
          data-testid="direction-kind"
          [(ngModel)]="kind"
        >
          @for (k of kinds; track k) {
            <option [value]="k">{{ kindKeys[k] | t }}</option>
          }
        </select>
      </mat-form-field>
      @switch (kind) {
        @case ('assign') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'reception.direction.agency' | t }}</mat-label>
            <select
              matNativeControl
              name="agencyId"
              data-testid="direction-agency"
              required
              [(ngModel)]="agencyId"
            >
              <option value=""></option>
              @for (a of agencies(); track a.id) {
                <option [value]="a.id">{{ a.name }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'reception.direction.dueDate' | t }}</mat-label>
            <input
              matInput
              type="date"
              name="dueDate"
              data-testid="direction-due"
              [(ngModel)]="dueDate"
            />
          </mat-form-field>
        }
        @case ('refuse') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'reception.form.refusalReason' | t }}</mat-label>
            <select
              matNativeControl
              name="reason"
              data-testid="direction-reason"
              required
              [(ngModel)]="reason"
            >
              <option value=""></option>
              @for (r of reasons; track r) {
                <option [value]="r">{{ reasonLabels[r] | t }}</option>
              }
            </select>
          </mat-form-field>
        }
      }
      <mat-form-field appearance="outline" class="grow">
        <mat-label>{{ textLabel() | t }}</mat-label>
        <input
          matInput
          name="text"
          data-testid="direction-text"
          [(ngModel)]="text"
        />
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        data-testid="direction-save"
        [disabled]="busy()"
      >
        {{ 'reception.direction.save' | t }}
      </button>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    </form>
  `,
  styles: `
    .direction {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-top: 4px;
    }
    .grow {
      flex: 1 1 200px;
    }
    .error {
      color: var(--mat-sys-error);
      width: 100%;
    }
  `,
})
export class DirectionForm {
  readonly item = input.required<VisitCaseDto>();
  readonly agencies = input<AgencyDto[]>([]);
  readonly directed = output<void>();

  private readonly cases = inject(CasesApi);
  private readonly i18n = inject(I18n);

  protected readonly kinds: DirectionKind[] = [
    'answer_on_spot',
    'guide',
    'assign',
    'refuse',
  ];
  protected readonly kindKeys: Record<DirectionKind, MessageKey> = {
    answer_on_spot: 'reception.direction.answer_on_spot',
    guide: 'reception.direction.guide',
    assign: 'reception.direction.assign',
    refuse: 'reception.direction.refuse',
  };
  protected readonly reasons = RECEPTION_REFUSAL_REASONS;
  protected readonly reasonLabels = RECEPTION_REFUSAL_LABELS;
  protected kind: DirectionKind = 'answer_on_spot';
  protected text = '';
  protected agencyId = '';
  protected dueDate = '';
  protected reason: ReceptionRefusalReason | '' = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected textLabel():
    | 'reception.direction.answer'
    | 'reception.direction.body'
    | 'reception.direction.note' {
    return this.kind === 'answer_on_spot'
      ? 'reception.direction.answer'
      : this.kind === 'guide'
        ? 'reception.direction.body'
        : 'reception.direction.note';
  }

  protected async submit(): Promise<void> {
    const text = this.text.trim();
    const payload: Record<string, unknown> =
      this.kind === 'answer_on_spot'
        ? { answer: text }
        : this.kind === 'guide'
          ? { body: text }
          : this.kind === 'assign'
            ? {
                agencyId: this.agencyId,
                ...(this.dueDate ? { dueDate: this.dueDate } : {}),
                ...(text ? { note: text } : {}),
              }
            : { reason: this.reason, ...(text ? { note: text } : {}) };
    this.busy.set(true);
    this.error.set(null);
    try {
      await lastValueFrom(
        this.cases.applyEvent(this.item().id, {
          type: EVENT[this.kind],
          payload,
          expectedVersion: this.item().version,
        }),
      );
      this.directed.emit();
    } catch (error) {
      const problem = problemOf(error);
      const fields = (problem.errors ?? [])
        .map((e) => this.i18n.pick(e.message))
        .join('; ');
      this.error.set(
        this.i18n.t('reception.error', {
          message: [this.i18n.pick(problem.message), fields]
            .filter(Boolean)
            .join(' — '),
        }),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
