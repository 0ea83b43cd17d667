import { DecimalPipe, DatePipe } from '@angular/common';
import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ATTACHMENT_LIMITS, type BilingualText, type CaseAttachmentDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { CASE_DETAIL_MESSAGES } from './case-detail.messages';

const MB = 1024 * 1024;

/** Why a file cannot be attached (checked again by the server), or null. */
export function attachmentProblem(file: Pick<File, 'size' | 'type'>): 'tooLarge' | 'badType' | null {
  if (file.size > ATTACHMENT_LIMITS.maxBytes) return 'tooLarge';
  if (!(ATTACHMENT_LIMITS.contentTypes as readonly string[]).includes(file.type)) return 'badType';
  return null;
}

/** The files of a case: list, open, and upload with progress (verification notes, minutes, scans). */
@Component({
  selector: 'app-attachments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, DecimalPipe, DatePipe],
  template: `
    @if (unavailable()) {
      <p class="muted">{{ 'case.attachments.unavailable' | t }}</p>
    } @else if (items().length) {
      <ul class="files" data-testid="attachments">
        @for (a of items(); track a.id) {
          <li>
            <button mat-button type="button" (click)="open(a)" [attr.aria-label]="'case.attachments.open' | t: { name: a.fileName }">
              {{ a.fileName }}
            </button>
            <span class="muted">
              {{ a.sizeBytes / 1024 | number: '1.0-1' }} KB · {{ a.uploadedBy?.fullName ?? '' }} ·
              {{ a.uploadedAt | date: 'HH:mm dd/MM/yyyy' }}
            </span>
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'case.attachments.none' | t }}</p>
    }
    @if (uploading(); as u) {
      <p>{{ 'case.attachments.uploading' | t: { name: u.name } }}</p>
      <mat-progress-bar mode="determinate" [value]="u.percent" />
    }
    @if (error(); as e) {
      <p class="error" role="alert">{{ e | t: { mb: maxMb } }}</p>
    }
    @if (canUpload()) {
      <input #picker type="file" hidden (change)="upload(picker)" [attr.accept]="accept" data-testid="attachment-input" />
      <button mat-stroked-button type="button" (click)="picker.click()" [disabled]="uploading() !== null">
        {{ 'case.attachments.upload' | t }}
      </button>
    }
  `,
  styles: `
    .files {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AttachmentsPanel {
  private readonly api = inject(CasesApi);
  private readonly urls: string[] = [];
  readonly caseId = input.required<string>();
  readonly canUpload = input(false);

  protected readonly accept = ATTACHMENT_LIMITS.contentTypes.join(',');
  protected readonly maxMb = ATTACHMENT_LIMITS.maxBytes / MB;
  protected readonly items = signal<CaseAttachmentDto[]>([]);
  protected readonly unavailable = signal(false);
  protected readonly uploading = signal<{
    name: string;
    percent: number;
  } | null>(null);
  protected readonly error = signal<BilingualText | null>(null);

  constructor() {
    effect(() => void this.load(this.caseId()));
    inject(DestroyRef).onDestroy(() => this.urls.forEach((u) => URL.revokeObjectURL(u)));
  }

  async load(caseId: string): Promise<void> {
    try {
      this.items.set(await firstValueFrom(this.api.attachments(caseId)));
      this.unavailable.set(false);
    } catch {
      this.unavailable.set(true);
    }
  }

  protected async upload(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    const problem = attachmentProblem(file);
    if (problem) {
      this.error.set(CASE_DETAIL_MESSAGES[`case.attachments.${problem}`]);
      return;
    }
    this.error.set(null);
    this.uploading.set({ name: file.name, percent: 0 });
    this.api.uploadAttachment(this.caseId(), file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress && event.total)
          this.uploading.set({
            name: file.name,
            percent: Math.round((100 * event.loaded) / event.total),
          });
        if (event.type === HttpEventType.Response && event.body) {
          const added = event.body;
          this.items.update((items) => [...items, added]);
        }
      },
      error: (error: unknown) => {
        this.uploading.set(null);
        this.error.set(problemOf(error).message);
      },
      complete: () => this.uploading.set(null),
    });
  }

  protected async open(attachment: CaseAttachmentDto): Promise<void> {
    try {
      const blob = await firstValueFrom(this.api.attachmentContent(this.caseId(), attachment.id));
      const url = URL.createObjectURL(blob);
      this.urls.push(url);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.click();
    } catch (error) {
      this.error.set(problemOf(error).message);
    }
  }
}
