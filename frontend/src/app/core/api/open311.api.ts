import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreatedOpen311ClientDto, CreateOpen311ClientRequest, Open311ClientDto } from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';

const CLIENTS = '/api/open311-clients';

/** The client apps of the Open311 API and their keys (administrators). */
@Injectable({ providedIn: 'root' })
export class Open311Api {
  private readonly http = inject(HttpClient);

  clients(): Observable<Open311ClientDto[]> {
    return this.http.get<Open311ClientDto[]>(CLIENTS);
  }

  create(body: CreateOpen311ClientRequest): Observable<CreatedOpen311ClientDto> {
    return this.http.post<CreatedOpen311ClientDto>(CLIENTS, body);
  }

  revoke(id: string): Observable<Open311ClientDto> {
    return this.http.post<Open311ClientDto>(`${CLIENTS}/${encodeURIComponent(id)}/revoke`, {});
  }
}
