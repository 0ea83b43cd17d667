import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  RECEPTION_REFUSAL_LABELS,
  RECEPTION_REFUSAL_REASONS,
  type AgencyDto,
  type BilingualText,
  type ReceptionRefusalReason,
  type VisitCaseDto,
} from '@tiep-dan/contracts';
import { lastValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { I18n } from '../core/i18n/i18n.service';
import { MESSAGES, type MessageKey } from '../core/i18n/messages';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { markFieldProblems } from '../core/forms/field-problems';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { AccessibleForm } from '../core/forms/accessible-form';

type DirectionKind = 'answer_on_spot' | 'guide' | 'assign' | 'refuse';
/** The payload's text fields all come from the one text box. */
const CONTROL_OF: Record<string, string> = {
  answer: 'text',
  body: 'text',
  note: 'text',
};
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
  imports: [AccessibleForm, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './direction-form.html',
  styleUrl: './direction-form.css',
  host: { '(keydown.escape)': 'cancel()' },
})
export class DirectionForm {
  readonly item = input.required<VisitCaseDto>();
  readonly agencies = input<AgencyDto[]>([]);
  readonly directed = output<void>();
  private readonly directionForm = viewChild.required<NgForm>('directionForm');
  private readonly a11y = viewChild.required<AccessibleForm>('a11y');
  private readonly confirmButton = viewChild('confirmButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  private readonly cases = inject(CasesApi);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);

  protected readonly kinds: DirectionKind[] = ['answer_on_spot', 'guide', 'assign', 'refuse'];
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
  /** The direction in words, shown for the leader to confirm before it is recorded (it cannot be taken back). */
  protected readonly pending = signal<string | null>(null);
  private payload: Record<string, unknown> = {};

  /** Field errors beside their fields, by label (the first one focused); the rest in the message below. */
  private showProblem(error: unknown): void {
    const form = this.directionForm();
    const { message, marked } = markFieldProblems(problemOf(error), (path) => {
      const name = path.replace(/^payload\./, '');
      const controlName = CONTROL_OF[name] ?? name;
      const control = form.controls[controlName];
      const label = this.labelOf(controlName);
      return control && label ? { control, label } : null;
    });
    this.error.set(this.i18n.t('reception.error', { message: this.i18n.pick(message) }));
    if (marked) this.a11y().focusFirstInvalidAfterRender();
  }

  private labelOf(control: string): BilingualText | null {
    const key: MessageKey | null =
      control === 'text'
        ? this.textLabel()
        : control === 'agencyId'
          ? 'reception.direction.agency'
          : control === 'dueDate'
            ? 'reception.direction.dueDate'
            : control === 'reason'
              ? 'reception.form.refusalReason'
              : null;
    return key ? MESSAGES[key] : null;
  }

  protected textLabel(): 'reception.direction.answer' | 'reception.direction.body' | 'reception.direction.note' {
    return this.kind === 'answer_on_spot'
      ? 'reception.direction.answer'
      : this.kind === 'guide'
        ? 'reception.direction.body'
        : 'reception.direction.note';
  }

  /** First step: check the fields, then say back what will be recorded and wait for the leader's confirmation. */
  protected submit(): void {
    if (this.busy()) return;
    const form = this.directionForm();
    for (const control of Object.values(form.controls)) control.updateValueAndValidity();
    if (form.invalid) return; // the form focuses the field to fix
    const text = this.text.trim();
    this.payload =
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
    this.error.set(null);
    this.pending.set(this.describe(text));
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  /** Back to the form without recording anything. */
  protected cancel(): void {
    if (!this.pending()) return;
    this.pending.set(null);
    setTimeout(() =>
      document.querySelector<HTMLElement>(`[data-testid="direction-${this.item().code}"] [data-testid="direction-kind"]`)?.focus(),
    );
  }

  /** Second step: the confirmed direction goes through the case machine. */
  protected async send(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await lastValueFrom(
        this.cases.applyEvent(this.item().id, {
          type: EVENT[this.kind],
          payload: this.payload,
          expectedVersion: this.item().version,
        }),
      );
      this.pending.set(null);
      this.directed.emit();
    } catch (error) {
      this.pending.set(null);
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  private describe(text: string): string {
    const code = this.item().code;
    if (this.kind === 'assign') {
      const agency = this.agencies().find((a) => a.id === this.agencyId)?.name ?? '';
      const until = this.dueDate
        ? this.i18n.t('reception.direction.until', {
            date: this.dueDate.split('-').reverse().join('/'),
          })
        : '';
      return `${code}: ${this.i18n.t('reception.direction.assigned', { agency })}${until}${text ? ` — ${text}` : ''}`;
    }
    const what =
      this.kind === 'refuse' && this.reason ? `${this.i18n.pick(RECEPTION_REFUSAL_LABELS[this.reason])}${text ? ` — ${text}` : ''}` : text;
    return `${code}: ${this.i18n.t(this.kindKeys[this.kind])}${what ? ` — ${what}` : ''}`;
  }
}
