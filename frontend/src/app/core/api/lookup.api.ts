import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PublicLookupRequest,
  PublicLookupResponse,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';

/** The citizen's public case lookup (no sign-in). */
@Injectable({ providedIn: 'root' })
export class LookupApi {
  private readonly http = inject(HttpClient);

  lookup(request: PublicLookupRequest): Observable<PublicLookupResponse> {
    return this.http.post<PublicLookupResponse>('/api/public/lookup', request);
  }
}
