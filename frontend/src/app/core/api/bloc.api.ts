import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddFollowUpRequest,
  AddPlanTaskRequest,
  AssignmentDto,
  BlocDto,
  BlocMemberInput,
  BlocPlanDto,
  BlocReviewDto,
  BlocRulesRequest,
  BlocWatchDto,
  BriefingDto,
  CreateAssignmentRequest,
  CreateBriefingRequest,
  CreateInspectionRequest,
  CreatePlanRequest,
  CreateReviewRequest,
  CreateSentimentNoteRequest,
  FocusProgrammeDto,
  FocusVillageDto,
  GoodPracticeDto,
  InspectionDto,
  MemberEvaluationDto,
  NominateGoodPracticeRequest,
  PlanTaskProgressRequest,
  RecogniseGoodPracticeRequest,
  RecordFocusScoresRequest,
  ReportAssignmentRequest,
  ReviewGoodPracticeRequest,
  ReviewKind,
  SelectFocusVillageRequest,
  SentimentNoteDto,
  SentimentReportDto,
  SentimentReportQuery,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The commune's mobilization bloc: the only place in the frontend that knows its URLs. */
const BLOC = '/api/bloc';

@Injectable({ providedIn: 'root' })
export class BlocApi {
  private readonly http = inject(HttpClient);
  private readonly get = <T>(path: string, query: object = {}) => this.http.get<T>(`${BLOC}${path}`, { params: queryParams(query) });
  private readonly post = <T>(path: string, body: object) => this.http.post<T>(`${BLOC}${path}`, body);

  bloc(communeId?: string): Observable<BlocDto> {
    return this.get('', { communeId });
  }
  setRules(body: BlocRulesRequest): Observable<BlocDto> {
    return this.http.put<BlocDto>(`${BLOC}/rules`, body);
  }
  addMember(body: BlocMemberInput): Observable<BlocDto> {
    return this.post('/members', body);
  }
  endTerm(memberId: string, termEnd: string): Observable<BlocDto> {
    return this.post(`/members/${memberId}/end-term`, { termEnd });
  }

  plans(communeId?: string, year?: number): Observable<BlocPlanDto[]> {
    return this.get('/plans', { communeId, year });
  }
  createPlan(body: CreatePlanRequest): Observable<BlocPlanDto> {
    return this.post('/plans', body);
  }
  addTask(planId: string, body: AddPlanTaskRequest): Observable<BlocPlanDto> {
    return this.post(`/plans/${planId}/tasks`, body);
  }
  reportTask(planId: string, taskId: string, body: PlanTaskProgressRequest): Observable<BlocPlanDto> {
    return this.post(`/plans/${planId}/tasks/${taskId}/progress`, body);
  }

  briefings(communeId?: string, year?: number): Observable<BriefingDto[]> {
    return this.get('/briefings', { communeId, year });
  }
  createBriefing(body: CreateBriefingRequest): Observable<BriefingDto> {
    return this.post('/briefings', body);
  }
  notes(communeId?: string): Observable<SentimentNoteDto[]> {
    return this.get('/sentiment-notes', { communeId });
  }
  createNote(body: CreateSentimentNoteRequest): Observable<SentimentNoteDto> {
    return this.post('/sentiment-notes', body);
  }
  sentimentReport(query: SentimentReportQuery): Observable<SentimentReportDto> {
    return this.get('/sentiment-report', query);
  }
  /** The report as a file: `pdf` or `xlsx`. */
  sentimentReportFile(query: SentimentReportQuery, kind: 'pdf' | 'xlsx'): Observable<Blob> {
    return this.http.get(`${BLOC}/sentiment-report.${kind}`, {
      params: queryParams(query),
      responseType: 'blob',
    });
  }

  evaluations(year: number, kind: ReviewKind, communeId?: string): Observable<MemberEvaluationDto[]> {
    return this.get('/evaluations', { communeId, year, kind });
  }
  reviews(communeId?: string): Observable<BlocReviewDto[]> {
    return this.get('/reviews', { communeId });
  }
  createReview(body: CreateReviewRequest): Observable<BlocReviewDto> {
    return this.post('/reviews', body);
  }
  reviewFile(id: string, kind: 'pdf' | 'xlsx'): Observable<Blob> {
    return this.http.get(`${BLOC}/reviews/${id}/document.${kind}`, {
      responseType: 'blob',
    });
  }

  watch(communeId?: string): Observable<BlocWatchDto> {
    return this.get('/watch', { communeId });
  }
  inspections(communeId?: string): Observable<InspectionDto[]> {
    return this.get('/inspections', { communeId });
  }
  createInspection(body: CreateInspectionRequest): Observable<InspectionDto> {
    return this.post('/inspections', body);
  }
  assignments(communeId?: string): Observable<AssignmentDto[]> {
    return this.get('/assignments', { communeId });
  }
  createAssignment(body: CreateAssignmentRequest): Observable<AssignmentDto> {
    return this.post('/assignments', body);
  }
  reportAssignment(id: string, body: ReportAssignmentRequest): Observable<AssignmentDto> {
    return this.post(`/assignments/${id}/report`, body);
  }
  focus(communeId?: string, year?: number): Observable<FocusProgrammeDto> {
    return this.get('/focus', { communeId, year });
  }
  selectFocus(body: SelectFocusVillageRequest): Observable<FocusVillageDto> {
    return this.post('/focus', body);
  }
  recordFocusScores(id: string, body: RecordFocusScoresRequest): Observable<FocusVillageDto> {
    return this.post(`/focus/${id}/scores`, body);
  }

  goodPractices(communeId?: string, year?: number): Observable<GoodPracticeDto[]> {
    return this.get('/good-practices', { communeId, year });
  }
  nominate(body: NominateGoodPracticeRequest): Observable<GoodPracticeDto> {
    return this.post('/good-practices', body);
  }
  reviewPractice(id: string, body: ReviewGoodPracticeRequest): Observable<GoodPracticeDto> {
    return this.post(`/good-practices/${id}/review`, body);
  }
  recognise(id: string, body: RecogniseGoodPracticeRequest): Observable<GoodPracticeDto> {
    return this.post(`/good-practices/${id}/recognise`, body);
  }
  followUp(id: string, body: AddFollowUpRequest): Observable<GoodPracticeDto> {
    return this.post(`/good-practices/${id}/follow-ups`, body);
  }
}
