import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommuneRankingDto,
  CreateMeetingRequest,
  CreateTeamRequest,
  GoodPracticeDto,
  GoodPracticeInput,
  RaiseOpinionCasesRequest,
  ScorecardCriterionDto,
  TeamDetailDto,
  TeamMeetingDto,
  TeamMemberInput,
  TeamScorecardDto,
  TeamSummaryDto,
  UpdateCriteriaRequest,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The mobilization context (teams, meetings, scorecards): the only place in the frontend that knows its URLs. */
const TEAMS = '/api/teams';

@Injectable({ providedIn: 'root' })
export class TeamsApi {
  private readonly http = inject(HttpClient);

  list(communeId?: string): Observable<TeamSummaryDto[]> {
    return this.http.get<TeamSummaryDto[]>(TEAMS, {
      params: queryParams({ communeId }),
    });
  }

  get(id: string): Observable<TeamDetailDto> {
    return this.http.get<TeamDetailDto>(`${TEAMS}/${id}`);
  }

  create(body: CreateTeamRequest): Observable<TeamDetailDto> {
    return this.http.post<TeamDetailDto>(TEAMS, body);
  }

  addMembers(id: string, members: TeamMemberInput[]): Observable<TeamDetailDto> {
    return this.http.post<TeamDetailDto>(`${TEAMS}/${id}/members`, { members });
  }

  endTerm(id: string, memberId: string, termEnd: string): Observable<TeamDetailDto> {
    return this.http.post<TeamDetailDto>(`${TEAMS}/${id}/members/${memberId}/end-term`, { termEnd });
  }

  recordMeeting(id: string, body: CreateMeetingRequest): Observable<TeamMeetingDto> {
    return this.http.post<TeamMeetingDto>(`${TEAMS}/${id}/meetings`, body);
  }

  raiseCases(id: string, meetingId: string, body: RaiseOpinionCasesRequest): Observable<TeamMeetingDto> {
    return this.http.post<TeamMeetingDto>(`${TEAMS}/${id}/meetings/${meetingId}/cases`, body);
  }

  completeTask(id: string, taskId: string): Observable<TeamMeetingDto> {
    return this.http.post<TeamMeetingDto>(`${TEAMS}/${id}/tasks/${taskId}/done`, {});
  }

  scorecard(id: string, month?: string): Observable<TeamScorecardDto> {
    return this.http.get<TeamScorecardDto>(`${TEAMS}/${id}/scorecard`, {
      params: queryParams({ month }),
    });
  }

  ranking(month?: string, communeId?: string): Observable<CommuneRankingDto> {
    return this.http.get<CommuneRankingDto>(`${TEAMS}/ranking`, {
      params: queryParams({ month, communeId }),
    });
  }

  criteria(): Observable<ScorecardCriterionDto[]> {
    return this.http.get<ScorecardCriterionDto[]>(`${TEAMS}/criteria`);
  }

  updateCriteria(body: UpdateCriteriaRequest): Observable<ScorecardCriterionDto[]> {
    return this.http.put<ScorecardCriterionDto[]>(`${TEAMS}/criteria`, body);
  }

  goodPractices(year?: number, communeId?: string): Observable<GoodPracticeDto[]> {
    return this.http.get<GoodPracticeDto[]>(`${TEAMS}/good-practices`, {
      params: queryParams({ year, communeId }),
    });
  }

  addGoodPractice(id: string, body: GoodPracticeInput): Observable<GoodPracticeDto> {
    return this.http.post<GoodPracticeDto>(`${TEAMS}/${id}/good-practices`, body);
  }
}
