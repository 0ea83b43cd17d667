import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  ONLINE_PETITION_LIMITS,
  ONLINE_PETITION_TYPES,
  type BilingualText,
  type CaseCategory,
  type NoticeChannel,
  type OnlinePetitionResponse,
  type OnlinePetitionType,
  type PublicPetitionOptionsDto,
} from '@tiep-dan/contracts';
import { firstValueFrom, map } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { CitizensApi } from '../core/api/citizens.api';
import { applyProblem, FieldErrorPipe } from '../core/forms/field-error.pipe';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { PetitionFiles } from './petition-files';
import { PetitionReceipt } from './petition-receipt';
import { contactGiven, petitionFormData } from './petition-request';
import { solveChallenge } from './proof-of-work';

const PHONE = /^\+?[0-9 .-]{8,15}$/;

/**
 * The public petition form (`/gui-don`): no sign-in, Vietnamese first, one column on a phone. Before sending, the
 * browser solves the server's proof of work; the answer is the case code, the way to follow it and the channels the
 * notices will use.
 */
@Component({
  selector: 'app-petition-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    TranslatePipe,
    FieldErrorPipe,
    PageHeader,
    PetitionFiles,
    PetitionReceipt,
  ],
  templateUrl: './petition-page.html',
  styleUrl: './petition-page.scss',
})
export class PetitionPage {
  private readonly api = inject(CitizensApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly types = ONLINE_PETITION_TYPES;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly limits = ONLINE_PETITION_LIMITS;

  protected readonly options = signal<PublicPetitionOptionsDto | null>(null);
  protected readonly loadError = signal(false);
  protected readonly phase = signal<'idle' | 'solving' | 'sending'>('idle');
  protected readonly files = signal<File[]>([]);
  protected readonly fileError = signal<string | null>(null);
  protected readonly formError = signal<BilingualText | null>(null);
  protected readonly result = signal<OnlinePetitionResponse | null>(null);
  protected readonly locating = signal(false);
  protected readonly locateFailed = signal(false);

  protected readonly form = this.fb.group(
    {
      type: this.fb.control<OnlinePetitionType>('reflection'),
      communeId: this.fb.control('', Validators.required),
      neighbourhoodId: this.fb.control(''),
      category: this.fb.control<CaseCategory>('environment'),
      summary: this.fb.control('', [Validators.required, Validators.maxLength(ONLINE_PETITION_LIMITS.summaryMaxLength)]),
      details: this.fb.control('', Validators.maxLength(ONLINE_PETITION_LIMITS.detailsMaxLength)),
      placeAddress: this.fb.control('', Validators.maxLength(ONLINE_PETITION_LIMITS.addressMaxLength)),
      latitude: this.fb.control<number | null>(null),
      longitude: this.fb.control<number | null>(null),
      fullName: this.fb.control('', Validators.maxLength(200)),
      idNumber: this.fb.control('', Validators.pattern(/^(\d{9}|\d{12})$/)),
      senderAddress: this.fb.control('', Validators.maxLength(500)),
      phone: this.fb.control('', Validators.pattern(PHONE)),
      email: this.fb.control('', [Validators.email, Validators.maxLength(254)]),
      notify: this.fb.control<NoticeChannel[]>([]),
      website: this.fb.control(''),
    },
    { validators: contactGiven },
  );

  protected readonly type = toSignal(this.form.controls.type.valueChanges, {
    initialValue: this.form.controls.type.value,
  });
  /** A complaint or a denunciation names its sender (Luật Khiếu nại Art. 8, Luật Tố cáo Art. 23). */
  protected readonly named = computed(() => this.type() === 'complaint' || this.type() === 'denunciation');
  private readonly communeId = toSignal(this.form.controls.communeId.valueChanges, { initialValue: '' });
  protected readonly neighbourhoods = computed(() => this.options()?.communes.find((c) => c.id === this.communeId())?.neighbourhoods ?? []);
  protected readonly coordinates = toSignal(
    this.form.valueChanges.pipe(
      map(() => {
        const { latitude, longitude } = this.form.getRawValue();
        return latitude !== null && longitude !== null ? { lat: latitude, lng: longitude } : null;
      }),
    ),
    { initialValue: null },
  );

  constructor() {
    void this.load();
    this.form.controls.type.valueChanges.subscribe(() => this.requireSender());
  }

  protected async load(): Promise<void> {
    this.loadError.set(false);
    try {
      const options = await firstValueFrom(this.api.options());
      this.options.set(options);
      this.form.controls.notify.setValue(options.channels.filter((c) => c !== 'zalo'));
      if (options.communes.length === 1) this.form.controls.communeId.setValue(options.communes[0].id);
    } catch {
      this.loadError.set(true);
    }
  }

  protected typeLabel(type: OnlinePetitionType): MessageKey {
    return `petition.type.${type}`;
  }

  protected typeHint(type: OnlinePetitionType): MessageKey {
    return `petition.type.${type}.hint`;
  }

  protected channelLabel(channel: NoticeChannel): MessageKey {
    return `petition.notify.${channel}`;
  }

  protected toggleChannel(channel: NoticeChannel, on: boolean): void {
    const chosen = this.form.controls.notify.value.filter((c) => c !== channel);
    this.form.controls.notify.setValue(on ? [...chosen, channel] : chosen);
  }

  private requireSender(): void {
    for (const control of [this.form.controls.fullName, this.form.controls.senderAddress]) {
      control.setValidators(this.named() ? [Validators.required, Validators.maxLength(500)] : [Validators.maxLength(500)]);
      control.updateValueAndValidity();
    }
  }

  protected locate(): void {
    this.locateFailed.set(false);
    if (!('geolocation' in navigator)) {
      this.locateFailed.set(true);
      return;
    }
    this.locating.set(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating.set(false);
        this.form.patchValue({
          latitude: Number(position.coords.latitude.toFixed(6)),
          longitude: Number(position.coords.longitude.toFixed(6)),
        });
      },
      () => {
        this.locating.set(false);
        this.locateFailed.set(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  protected clearLocation(): void {
    this.form.patchValue({ latitude: null, longitude: null });
  }

  protected async submit(): Promise<void> {
    if (this.phase() !== 'idle') return;
    this.form.markAllAsTouched();
    this.formError.set(null);
    this.fileError.set(null);
    if (this.form.invalid) {
      // Bring the first field that needs attention into view (a long form on a phone).
      setTimeout(() =>
        this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid, textarea.ng-invalid')?.focus(),
      );
      return;
    }
    try {
      this.phase.set('solving');
      const { challenge, bits } = await firstValueFrom(this.api.challenge());
      const solution = await solveChallenge(challenge, bits);
      this.phase.set('sending');
      const result = await firstValueFrom(this.api.submit(petitionFormData(this.form.getRawValue(), this.files(), challenge, solution)));
      this.result.set(result);
    } catch (error) {
      const problem = problemOf(error);
      const files = problem.errors?.find((e) => e.field === 'files');
      if (files) this.fileError.set(this.i18n.pick(files.message));
      this.formError.set(applyProblem(this.form, problem));
    } finally {
      this.phase.set('idle');
    }
  }

  protected another(): void {
    this.result.set(null);
    this.files.set([]);
    const keep = this.form.getRawValue();
    this.form.reset({
      type: 'reflection',
      communeId: keep.communeId,
      category: 'environment',
      notify: keep.notify,
    });
  }
}
