import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DuplicateCandidateDto } from '@tiep-dan/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs';
import type { ReceptionApi } from '../core/api/reception.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import type { DuplicateQuery } from './visit-request';

/**
 * The candidates of each query typed, a quarter of a second after the typing stops and only when the query changed;
 * a query that identifies nothing, or a failed check, finds none.
 */
export function repeatCandidates(api: ReceptionApi) {
  return (queries: Observable<DuplicateQuery>) =>
    queries.pipe(
      debounceTime(250),
      map((q) => JSON.stringify(q)),
      distinctUntilChanged(),
      switchMap((key) => {
        const q = JSON.parse(key) as DuplicateQuery;
        if (!q.idNumber && !(q.summary && q.neighbourhoodId)) return of([] as DuplicateCandidateDto[]);
        return api.duplicates(q).pipe(
          map((result) => result.candidates),
          catchError(() => of([] as DuplicateCandidateDto[])),
        );
      }),
    );
}

/**
 * Earlier cases this visit may repeat (same ID number, or a like summary in the neighbourhood), found as the officer
 * types: each with its state and outcome, to link the visit to it or, when it was resolved, to refuse the visit.
 */
@Component({
  selector: 'app-duplicate-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './duplicate-warning.html',
  styles: `
    /* The warning is an item of the visit form's column. */
    :host {
      display: contents;
    }
    .duplicates {
      border: 2px solid var(--mat-sys-error);
      border-radius: 8px;
      padding: 8px 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .duplicates h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .duplicates ul {
      margin: 0;
      padding-left: 18px;
    }
    .duplicates .resolved {
      font-weight: 600;
    }
  `,
})
export class DuplicateWarning {
  readonly duplicates = input.required<DuplicateCandidateDto[]>();
  /** The case the officer linked the visit to, if any. */
  readonly repeatOf = input<DuplicateCandidateDto | null>(null);
  readonly markRepeat = output<DuplicateCandidateDto>();
  readonly refuseAsResolved = output<DuplicateCandidateDto>();
}
