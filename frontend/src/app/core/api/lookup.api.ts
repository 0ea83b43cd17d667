import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CaseRatingDto, PublicLookupRequest, PublicLookupResponse, RateCaseRequest } from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';

/** The citizen's public case lookup (no sign-in). */
@Injectable({ providedIn: 'root' })
export class LookupApi {
  private readonly http = inject(HttpClient);

  lookup(request: PublicLookupRequest): Observable<PublicLookupResponse> {
    return this.http.post<PublicLookupResponse>('/api/public/lookup', request);
  }

  /** The citizen's rating of the answer, once per case. */
  rate(request: RateCaseRequest): Observable<CaseRatingDto> {
    return this.http.post<CaseRatingDto>('/api/public/lookup/rating', request);
  }
}
