import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, FormGroupDirective, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  LETTER_CHANNELS,
  MAX_LETTER_MATTERS,
  MAX_LETTER_SENDERS,
  type AgencyDto,
  type LetterChannel,
  type LetterDto,
  type NeighbourhoodDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { LettersApi } from '../core/api/letters.api';
import { applyProblem, FieldErrorPipe } from '../core/forms/field-error.pipe';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { NOW } from '../shared/ui/due-badge';
import { CHANNEL_LABELS } from './letter-labels';
import { matterGroup, senderGroup } from './letter-groups';
import { LetterMatterFields } from './letter-matter-fields';
import { LetterSenderFields } from './letter-sender-fields';
import { vietnamDate } from '../shared/vietnam-date';
import { atLeastNamedSenders, inUserWords, letterRequest } from './letter-request';
import { SCAN_MAX_MB, SCAN_TYPES, isScan } from './scan-uploads';
import { AccessibleForm } from '../core/forms/accessible-form';

export interface RegisteredLetter {
  letter: LetterDto;
  /** Scans to attach to every case of the letter. */
  files: File[];
}

/**
 * Registers one letter (xử lý đơn, Thông tư 05/2021/TT-TTCP): how and when it came, who sent it, and its matters, one
 * case each. Controls are named like `RegisterLetterRequest`, so a refused field (`matters.1.summary`) lands under its
 * own control. Keyboard-first: fields in reading order, Enter or Ctrl+Enter registers, Alt+N splits off a matter.
 */
@Component({
  selector: 'app-letter-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
    LetterMatterFields,
    LetterSenderFields,
  ],
  host: { '(keydown)': 'shortcut($event)' },
  templateUrl: './letter-form.html',
  styleUrls: ['./letter-fields.scss', './letter-form.scss'],
})
export class LetterForm {
  readonly agencies = input<AgencyDto[]>([]);
  readonly neighbourhoods = input<NeighbourhoodDto[]>([]);
  readonly registered = output<RegisteredLetter>();

  private readonly api = inject(LettersApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly channels = LETTER_CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly maxSenders = MAX_LETTER_SENDERS;
  protected readonly maxMatters = MAX_LETTER_MATTERS;
  protected readonly accept = SCAN_TYPES.join(',');
  protected readonly today = vietnamDate(inject(NOW)());

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly files = signal<File[]>([]);
  protected readonly refusedFiles = signal<string[]>([]);

  protected readonly form = this.fb.group({
    channel: this.fb.control<LetterChannel>('post'),
    receivedAt: this.fb.control(this.today, [
      Validators.required,
      (c: AbstractControl<string>) => (c.value > this.today ? { future: true } : null),
    ]),
    forwardedBy: this.fb.control('', Validators.maxLength(300)),
    documentNo: this.fb.control('', Validators.maxLength(100)),
    senders: this.fb.array([senderGroup(this.fb)]),
    signatoryCount: new FormControl<number | null>(
      null,
      atLeastNamedSenders((): number => this.form?.controls.senders.length ?? 1),
    ),
    neighbourhoodId: this.fb.control(''),
    summary: this.fb.control('', [Validators.required, Validators.maxLength(500)]),
    matters: this.fb.array([matterGroup(this.fb)]),
  });

  constructor() {
    // A forwarded letter names the body that forwarded it.
    this.form.controls.channel.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((channel) => {
      const forwardedBy = this.form.controls.forwardedBy;
      if (channel === 'forwarded') forwardedBy.addValidators(Validators.required);
      else forwardedBy.removeValidators(Validators.required);
      forwardedBy.updateValueAndValidity();
    });
    afterNextRender(() => this.focus('letter-channel'));
  }

  protected get senders() {
    return this.form.controls.senders;
  }

  protected get matters() {
    return this.form.controls.matters;
  }

  /** A denunciation among the matters: the senders go to the vault, the letter keeps no name. */
  protected sealed(): boolean {
    return this.matters.controls.some((m) => m.controls.type.value === 'denunciation');
  }

  protected shortcut(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void this.submit();
    } else if (event.altKey && (event.key === 'n' || event.key === 'N')) {
      event.preventDefault();
      this.addMatter();
    }
  }

  protected addSender(): void {
    if (this.senders.length >= MAX_LETTER_SENDERS) return;
    this.senders.push(senderGroup(this.fb));
    this.form.controls.signatoryCount.updateValueAndValidity();
    this.focus(`letter-senders-${this.senders.length - 1}-fullName`);
  }

  protected removeSender(index: number): void {
    this.senders.removeAt(index);
    this.form.controls.signatoryCount.updateValueAndValidity();
    this.focus(`letter-senders-${Math.max(0, index - 1)}-fullName`);
  }

  protected addMatter(): void {
    if (this.matters.length >= MAX_LETTER_MATTERS) return;
    this.matters.push(matterGroup(this.fb));
    this.focus(`letter-matters-${this.matters.length - 1}-type`);
  }

  protected removeMatter(index: number): void {
    this.matters.removeAt(index);
    this.focus(`letter-matters-${Math.max(0, index - 1)}-type`);
  }

  protected filesChosen(event: Event): void {
    const chosen = Array.from((event.target as HTMLInputElement).files ?? []);
    this.files.set(chosen.filter(isScan));
    this.refusedFiles.set(
      chosen
        .filter((f) => !isScan(f))
        .map((f) =>
          this.i18n.t('letters.form.scans.refused', {
            name: f.name,
            mb: SCAN_MAX_MB,
          }),
        ),
    );
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('letters.form.fixFields'));
      this.focusFirstError();
      return;
    }
    this.saving.set(true);
    try {
      const letter = await firstValueFrom(this.api.register(letterRequest(this.form.getRawValue(), this.today)));
      const files = this.files();
      this.reset();
      this.registered.emit({ letter, files });
    } catch (error) {
      const problem = inUserWords(problemOf(error));
      const message = applyProblem(this.form, problem);
      this.error.set(
        problem.errors?.length && message === problem.message
          ? this.i18n.t('letters.form.fixFields')
          : this.i18n.t('letters.form.failed', {
              message: this.i18n.pick(message),
            }),
      );
      this.focusFirstError();
    } finally {
      this.saving.set(false);
    }
  }

  /** Ready for the next letter of the pile: same channel and date, everything else empty. */
  private reset(): void {
    const { channel, receivedAt } = this.form.getRawValue();
    this.form.setControl('senders', this.fb.array([senderGroup(this.fb)]));
    this.form.setControl('matters', this.fb.array([matterGroup(this.fb)]));
    // Through the form directive, so the next letter starts pristine (not "submitted", no required errors shown).
    const directive = this.formDirective();
    if (directive) directive.resetForm({ channel, receivedAt });
    else this.form.reset({ channel, receivedAt });
    this.files.set([]);
    this.refusedFiles.set([]);
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), {
      injector: this.injector,
    });
  }

  private focusFirstError(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid, textarea.ng-invalid')?.focus(),
      { injector: this.injector },
    );
  }
}
