import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LetterDto, LetterListQuery, LetterPage, RegisterLetterRequest } from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

const LETTERS = '/api/letters';

/**
 * Typed calls to `/api/letters`: register a letter (one case per matter, created together), list and open letters.
 * Scanned pages go to each created case through `CasesApi.uploadAttachment`.
 */
@Injectable({ providedIn: 'root' })
export class LettersApi {
  private readonly http = inject(HttpClient);

  register(request: RegisterLetterRequest): Observable<LetterDto> {
    return this.http.post<LetterDto>(LETTERS, request);
  }

  list(query: LetterListQuery = {}): Observable<LetterPage> {
    return this.http.get<LetterPage>(LETTERS, { params: queryParams(query) });
  }

  get(id: string): Observable<LetterDto> {
    return this.http.get<LetterDto>(`${LETTERS}/${encodeURIComponent(id)}`);
  }
}
