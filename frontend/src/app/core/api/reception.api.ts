import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgencyDto,
  CloseReceptionSessionResponse,
  DuplicateCheckResponse,
  DuplicateQuery,
  LogVisitRequest,
  NeighbourhoodDto,
  OpenReceptionSessionRequest,
  ReceptionRegisterDto,
  ReceptionRegisterQuery,
  ReceptionSessionDetailDto,
  ReceptionSessionDto,
  ReceptionScheduleDto,
  ReceptionTodayDto,
  UpdateReceptionScheduleRequest,
  ReceptionVisitDto,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

const RECEPTION = '/api/reception';

/** Typed calls to `/api/reception` (sessions, visits, duplicates, receipts, register) on the shared contracts. */
@Injectable({ providedIn: 'root' })
export class ReceptionApi {
  private readonly http = inject(HttpClient);

  today(): Observable<ReceptionTodayDto> {
    return this.http.get<ReceptionTodayDto>(`${RECEPTION}/today`);
  }

  /** The commune's regular reception day (weekday, hours, place, leaders on duty). */
  updateSchedule(request: UpdateReceptionScheduleRequest): Observable<ReceptionScheduleDto> {
    return this.http.put<ReceptionScheduleDto>(`${RECEPTION}/schedule`, request);
  }

  openSession(request: OpenReceptionSessionRequest): Observable<ReceptionSessionDto> {
    return this.http.post<ReceptionSessionDto>(`${RECEPTION}/sessions`, request);
  }

  session(id: string): Observable<ReceptionSessionDetailDto> {
    return this.http.get<ReceptionSessionDetailDto>(`${RECEPTION}/sessions/${encodeURIComponent(id)}`);
  }

  closeSession(id: string): Observable<CloseReceptionSessionResponse> {
    return this.http.post<CloseReceptionSessionResponse>(`${RECEPTION}/sessions/${encodeURIComponent(id)}/close`, {});
  }

  logVisit(sessionId: string, request: LogVisitRequest): Observable<ReceptionVisitDto> {
    return this.http.post<ReceptionVisitDto>(`${RECEPTION}/sessions/${encodeURIComponent(sessionId)}/visits`, request);
  }

  /** A POST: the ID number goes in the body, never in a URL (URLs end up in proxy and server logs). */
  duplicates(query: DuplicateQuery): Observable<DuplicateCheckResponse> {
    const body = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''));
    return this.http.post<DuplicateCheckResponse>(`${RECEPTION}/duplicates`, body);
  }

  /** The receipt PDF (fetched with the token, saved from a Blob URL). */
  receipt(caseId: string): Observable<Blob> {
    return this.http.get(`${RECEPTION}/cases/${encodeURIComponent(caseId)}/receipt.pdf`, { responseType: 'blob' });
  }

  /** The written notice handed to a refused citizen (Luật Tiếp công dân 2013 Art. 9), as a PDF. */
  refusalNotice(visitId: string): Observable<Blob> {
    return this.http.get(`${RECEPTION}/visits/${encodeURIComponent(visitId)}/refusal-notice.pdf`, { responseType: 'blob' });
  }

  register(query: ReceptionRegisterQuery): Observable<ReceptionRegisterDto> {
    return this.http.get<ReceptionRegisterDto>(`${RECEPTION}/register`, {
      params: queryParams(query),
    });
  }

  registerXlsx(query: ReceptionRegisterQuery): Observable<Blob> {
    return this.http.get(`${RECEPTION}/register.xlsx`, {
      params: queryParams(query),
      responseType: 'blob',
    });
  }

  // The desk's pickers read the organisation (no organisation API service exists in the frontend yet).
  agencies(): Observable<AgencyDto[]> {
    return this.http.get<AgencyDto[]>('/api/agencies');
  }

  neighbourhoods(communeId: string): Observable<NeighbourhoodDto[]> {
    return this.http.get<NeighbourhoodDto[]>('/api/neighbourhoods', {
      params: queryParams({ communeId }),
    });
  }
}
