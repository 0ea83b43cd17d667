import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgencyDto,
  CreateAgencyRequest,
  CreateNeighbourhoodRequest,
  CreateUserRequest,
  NeighbourhoodDto,
  Page,
  ResetPasswordRequest,
  SecurityAuditAction,
  SecurityAuditEntryDto,
  UpdateAgencyRequest,
  UpdateNeighbourhoodRequest,
  UpdateUserRequest,
  UserDto,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The organisation and access contexts (agencies, neighbourhoods, users, security audit): the only place knowing their URLs. */
const AGENCIES = '/api/agencies';
const NEIGHBOURHOODS = '/api/neighbourhoods';
const USERS = '/api/users';
const SECURITY_AUDIT = '/api/security-audit';

export interface SecurityAuditQuery {
  action?: SecurityAuditAction;
  targetId?: string;
  cursor?: string;
  limit?: number;
}

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  agencies(): Observable<AgencyDto[]> {
    return this.http.get<AgencyDto[]>(AGENCIES);
  }

  createAgency(body: CreateAgencyRequest): Observable<AgencyDto> {
    return this.http.post<AgencyDto>(AGENCIES, body);
  }

  updateAgency(id: string, body: UpdateAgencyRequest): Observable<AgencyDto> {
    return this.http.patch<AgencyDto>(`${AGENCIES}/${id}`, body);
  }

  neighbourhoods(communeId?: string): Observable<NeighbourhoodDto[]> {
    const params = communeId ? new HttpParams().set('communeId', communeId) : undefined;
    return this.http.get<NeighbourhoodDto[]>(NEIGHBOURHOODS, { params });
  }

  createNeighbourhood(body: CreateNeighbourhoodRequest): Observable<NeighbourhoodDto> {
    return this.http.post<NeighbourhoodDto>(NEIGHBOURHOODS, body);
  }

  updateNeighbourhood(id: string, body: UpdateNeighbourhoodRequest): Observable<NeighbourhoodDto> {
    return this.http.patch<NeighbourhoodDto>(`${NEIGHBOURHOODS}/${id}`, body);
  }

  users(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>(USERS);
  }

  createUser(body: CreateUserRequest): Observable<UserDto> {
    return this.http.post<UserDto>(USERS, body);
  }

  updateUser(id: string, body: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`${USERS}/${id}`, body);
  }

  resetPassword(id: string, body: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>(`${USERS}/${id}/password`, body);
  }

  securityAudit(query: SecurityAuditQuery): Observable<Page<SecurityAuditEntryDto>> {
    return this.http.get<Page<SecurityAuditEntryDto>>(SECURITY_AUDIT, {
      params: queryParams(query),
    });
  }
}
