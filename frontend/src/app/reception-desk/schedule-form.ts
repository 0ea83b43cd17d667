import { ChangeDetectionStrategy, Component, inject, input, output, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ReceptionLeader, ReceptionScheduleDto } from '@tiep-dan/contracts';
import { lastValueFrom } from 'rxjs';
import { problemOf, type ApiFieldError } from '../core/api/cases.api';
import { ReceptionApi } from '../core/api/reception.api';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { AccessibleForm } from '../core/forms/accessible-form';

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** One leader a line, "Name — title"; the title is optional. */
export function parseLeaders(text: string): ReceptionLeader[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...title] = line.split(/\s+[—–-]\s+/);
      return { name: name.trim(), title: title.join(' - ').trim() };
    });
}

export const formatLeaders = (leaders: ReceptionLeader[]): string =>
  leaders.map((l) => (l.title ? `${l.name} — ${l.title}` : l.name)).join('\n');

/**
 * The commune's regular reception day (Luật Tiếp công dân 2013, Art. 15 and 18: the chairman receives citizens at least
 * one day a week): weekday, hours, place and the leaders on duty. A holiday on that day moves the session to the next
 * working day by itself.
 */
@Component({
  selector: 'app-schedule-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccessibleForm, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form appAccessibleForm class="schedule" (ngSubmit)="save()" data-testid="schedule-form">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'reception.scheduleForm.weekday' | t }}</mat-label>
        <select matNativeControl name="weekday" data-testid="schedule-weekday" [(ngModel)]="weekday">
          @for (d of weekdays; track d) {
            <option [ngValue]="d">{{ weekdayKey(d) | t }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'reception.scheduleForm.start' | t }}</mat-label>
        <input matInput type="time" name="startTime" data-testid="schedule-start" [(ngModel)]="startTime" required />
        @if (fieldError('startTime'); as e) {
          <mat-hint class="error">{{ e }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'reception.scheduleForm.end' | t }}</mat-label>
        <input matInput type="time" name="endTime" data-testid="schedule-end" [(ngModel)]="endTime" required />
        @if (fieldError('endTime'); as e) {
          <mat-hint class="error">{{ e }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'reception.scheduleForm.place' | t }}</mat-label>
        <input matInput name="place" data-testid="schedule-place" [(ngModel)]="place" required maxlength="300" />
        @if (fieldError('place'); as e) {
          <mat-hint class="error">{{ e }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'reception.scheduleForm.leaders' | t }}</mat-label>
        <textarea matInput rows="3" name="leaders" data-testid="schedule-leaders" [(ngModel)]="leaders"></textarea>
        <mat-hint>{{ 'reception.scheduleForm.leadersHint' | t }}</mat-hint>
      </mat-form-field>
      @if (error(); as e) {
        <p class="error" role="alert">{{ e }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="schedule-save" [disabled]="busy() || !place.trim()">
          {{ 'reception.scheduleForm.save' | t }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ 'reception.scheduleForm.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .schedule {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: flex-start;
    }
    .schedule mat-form-field {
      flex: 1 1 160px;
    }
    .schedule .wide {
      flex: 2 1 320px;
    }
    .actions {
      flex-basis: 100%;
      display: flex;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ScheduleForm implements OnInit {
  private readonly api = inject(ReceptionApi);
  private readonly i18n = inject(I18n);

  readonly schedule = input.required<ReceptionScheduleDto>();
  readonly saved = output<ReceptionScheduleDto>();
  readonly cancelled = output<void>();

  protected readonly weekdays = WEEKDAYS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly fieldErrors = signal<ApiFieldError[]>([]);
  protected weekday = 1;
  protected startTime = '';
  protected endTime = '';
  protected place = '';
  protected leaders = '';

  ngOnInit(): void {
    const s = this.schedule();
    this.weekday = s.weekday;
    this.startTime = s.startTime;
    this.endTime = s.endTime;
    this.place = s.place;
    this.leaders = formatLeaders(s.leaders);
  }

  protected weekdayKey(weekday: number): MessageKey {
    return `reception.weekday.${weekday}` as MessageKey;
  }

  protected fieldError(field: string): string | null {
    const e = this.fieldErrors().find((x) => x.field === field);
    return e ? this.i18n.pick(e.message) : null;
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.fieldErrors.set([]);
    try {
      const saved = await lastValueFrom(
        this.api.updateSchedule({
          weekday: Number(this.weekday),
          startTime: this.startTime,
          endTime: this.endTime,
          place: this.place.trim(),
          leaders: parseLeaders(this.leaders),
        }),
      );
      this.saved.emit(saved);
    } catch (e) {
      const problem = problemOf(e);
      this.fieldErrors.set(problem.errors ?? []);
      this.error.set(this.i18n.pick(problem.message));
    } finally {
      this.busy.set(false);
    }
  }
}
