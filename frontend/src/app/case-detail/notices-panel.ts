import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { BilingualText, CaseNoticeKind, CaseType } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';

const LABELS = {
  acceptance: 'case.notices.acceptance',
  refusal: 'case.notices.refusal',
  'forwarding-slip': 'case.notices.forwarding-slip',
  guidance: 'case.notices.guidance',
} as const satisfies Record<CaseNoticeKind, string>;

/** The file name of a download: RFC 5987 `filename*` first, then the plain `filename`, else null. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(header)?.[1] ?? null;
}

/** The problem of a failed blob request: its body is the problem document as a Blob. */
async function blobProblem(error: unknown): Promise<BilingualText> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob && typeof error.error.text === 'function') {
    try {
      const body = JSON.parse(await error.error.text()) as {
        message?: BilingualText;
      };
      if (body.message?.vi) return body.message;
    } catch {
      // Not a problem document: the generic message below.
    }
  }
  return problemOf(error).message;
}

/**
 * The statutory notices the case can print now (`CaseDetailDto.notices`): one button per notice that downloads its PDF
 * with the caller's token. A denunciation's notices never name the denouncer (Luật Tố cáo 2018 Art. 47).
 */
@Component({
  selector: 'app-notices-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="buttons" data-testid="notices">
      @for (kind of notices(); track kind) {
        <button
          mat-stroked-button
          type="button"
          (click)="download(kind)"
          [disabled]="busy() !== null"
          [attr.data-testid]="'notice-' + kind"
        >
          {{ labels[kind] | t }}
        </button>
      }
    </div>
    @if (type() === 'denunciation') {
      <p class="muted">{{ 'case.notices.sealed' | t }}</p>
    }
    @if (error(); as e) {
      <p class="error" role="alert">{{ e | t }}</p>
    }
  `,
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
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
export class NoticesPanel {
  private readonly api = inject(CasesApi);
  private readonly urls: string[] = [];
  readonly caseId = input.required<string>();
  readonly type = input.required<CaseType>();
  readonly notices = input.required<readonly CaseNoticeKind[]>();

  protected readonly labels = LABELS;
  protected readonly busy = signal<CaseNoticeKind | null>(null);
  protected readonly error = signal<BilingualText | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.urls.forEach((u) => URL.revokeObjectURL(u)));
  }

  protected async download(kind: CaseNoticeKind): Promise<void> {
    this.busy.set(kind);
    this.error.set(null);
    try {
      const res = await firstValueFrom(this.api.notice(this.caseId(), kind));
      if (!res.body) throw new Error('empty notice');
      const url = URL.createObjectURL(res.body);
      this.urls.push(url);
      const link = document.createElement('a');
      link.href = url;
      link.download = dispositionFileName(res.headers.get('Content-Disposition')) ?? `${kind}.pdf`;
      link.click();
    } catch (error) {
      this.error.set(await blobProblem(error));
    } finally {
      this.busy.set(null);
    }
  }
}
