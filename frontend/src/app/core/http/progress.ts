import { HttpContextToken, type HttpInterceptorFn } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { finalize } from 'rxjs';

/** Set on background requests (health polling) that should not flash the progress bar. */
export const SILENT_REQUEST = new HttpContextToken<boolean>(() => false);

/** Counts the API requests in flight so the shell can show a progress bar on anything slow. */
@Injectable({ providedIn: 'root' })
export class Progress {
  private readonly pending = signal(0);
  readonly busy = computed(() => this.pending() > 0);

  track(): () => void {
    this.pending.update((n) => n + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.pending.update((n) => n - 1);
    };
  }
}

export const progressInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.context.get(SILENT_REQUEST)) return next(request);
  const done = inject(Progress).track();
  return next(request).pipe(finalize(done));
};
