import { Injectable, inject } from '@angular/core';
import { lastValueFrom, type Observable } from 'rxjs';
import { ReceptionApi } from '../core/api/reception.api';

/**
 * Prints a desk paper (a case's receipt, a refusal notice) straight to the printer: the PDF is loaded into a hidden frame and the
 * browser's print dialog opens on it, so the officer hands the citizen paper without saving a file first.
 */
@Injectable({ providedIn: 'root' })
export class ReceiptPrinter {
  private readonly api = inject(ReceptionApi);
  private frame: HTMLIFrameElement | null = null;
  private url: string | null = null;

  /** A case's receipt (phiếu tiếp nhận). */
  receipt(caseId: string): Promise<void> {
    return this.print(this.api.receipt(caseId));
  }

  /** The written notice of a refused visit. */
  refusalNotice(visitId: string): Promise<void> {
    return this.print(this.api.refusalNotice(visitId));
  }

  private async print(document$: Observable<Blob>): Promise<void> {
    const blob = await lastValueFrom(document$);
    // Where the officer was (the name field, for the next citizen) gets the focus back once the dialog closes.
    const back = document.activeElement as HTMLElement | null;
    this.release();
    this.url = URL.createObjectURL(blob);
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('data-testid', 'receipt-print-frame');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    await new Promise<void>((resolve) => {
      frame.onload = () => resolve();
      frame.src = this.url as string;
      document.body.appendChild(frame);
    });
    this.frame = frame;
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      // A browser that will not print a PDF from a frame opens it in a tab, with its own print button.
      window.open(this.url, '_blank', 'noopener');
    }
    back?.focus();
  }

  /** The previous receipt's frame and object URL, kept until the next print so the dialog can still read them. */
  private release(): void {
    this.frame?.remove();
    this.frame = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }
}
