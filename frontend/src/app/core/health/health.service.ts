import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, map, of, switchMap, timer } from 'rxjs';
import { SILENT_REQUEST } from '../http/progress';
import { ServerClock } from './server-clock';

export type HealthState =
  | { status: 'checking' }
  | { status: 'up'; mode: 'embedded' | 'external' }
  | { status: 'down' }
  | { status: 'unreachable' };

interface HealthResponse {
  status: 'ok' | 'error';
  time?: string;
  database: { status: 'up' | 'down'; mode: 'embedded' | 'external' };
}

const POLL_MS = 30_000;

/** Polls `/api/health` so every screen shows whether the server and its database answer. */
@Injectable({ providedIn: 'root' })
export class HealthMonitor {
  private readonly http = inject(HttpClient);
  private readonly clock = inject(ServerClock);
  readonly state = signal<HealthState>({ status: 'checking' });

  constructor() {
    timer(0, POLL_MS)
      .pipe(
        switchMap(() =>
          this.http
            .get<HealthResponse>('/api/health', {
              context: new HttpContext().set(SILENT_REQUEST, true),
            })
            .pipe(
              map((body): HealthState => {
                if (body.time) this.clock.learn(body.time);
                return body.database.status === 'up' ? { status: 'up', mode: body.database.mode } : { status: 'down' };
              }),
              catchError((error: unknown) =>
                of<HealthState>(
                  error instanceof HttpErrorResponse && error.status === 503 ? { status: 'down' } : { status: 'unreachable' },
                ),
              ),
            ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => this.state.set(state));
  }
}
