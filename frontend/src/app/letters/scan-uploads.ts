import { HttpEventType } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { ATTACHMENT_LIMITS, type BilingualText } from '@tiep-dan/contracts';
import { lastValueFrom, tap } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';

/** What a letter's scans may be: the pages of a paper letter or a printout, nothing else. */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const SCAN_MAX_MB = ATTACHMENT_LIMITS.maxBytes / (1024 * 1024);

export const isScan = (file: Pick<File, 'type' | 'size'>): boolean =>
  SCAN_TYPES.includes(file.type) && file.size <= ATTACHMENT_LIMITS.maxBytes;

export interface ScanUpload {
  name: string;
  /** Over all the cases the file goes to. */
  percent: number;
  state: 'uploading' | 'done' | 'failed';
  cases: number;
  error: BilingualText | null;
}

/**
 * Attaches a registered letter's scans to every case it opened (`POST /api/cases/:id/attachments`), one upload at a time
 * so a slow commune line is not flooded; each file reports its own progress and its own failure.
 */
@Injectable()
export class ScanUploads {
  private readonly cases = inject(CasesApi);
  readonly items = signal<ScanUpload[]>([]);

  async upload(caseIds: readonly string[], files: readonly File[]): Promise<void> {
    this.items.set(
      files.map((f) => ({
        name: f.name,
        percent: 0,
        state: 'uploading',
        cases: caseIds.length,
        error: null,
      })),
    );
    for (const [index, file] of files.entries()) await this.uploadFile(index, file, caseIds);
  }

  private async uploadFile(index: number, file: File, caseIds: readonly string[]): Promise<void> {
    const sent = caseIds.map(() => 0);
    const progress = () => Math.round((100 * sent.reduce((a, b) => a + b, 0)) / caseIds.length);
    try {
      for (const [k, caseId] of caseIds.entries()) {
        await lastValueFrom(
          this.cases.uploadAttachment(caseId, file).pipe(
            tap((event) => {
              if (event.type === HttpEventType.UploadProgress && event.total) {
                sent[k] = event.loaded / event.total;
                this.update(index, { percent: progress() });
              }
            }),
          ),
        );
        sent[k] = 1;
        this.update(index, { percent: progress() });
      }
      this.update(index, { state: 'done', percent: 100 });
    } catch (error) {
      this.update(index, { state: 'failed', error: problemOf(error).message });
    }
  }

  private update(index: number, change: Partial<ScanUpload>): void {
    this.items.update((items) => items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  }
}
