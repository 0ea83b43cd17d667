import { inUsersWords } from './problem-wording';
import { HttpClient, HttpErrorResponse, type HttpEvent, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplyCaseEventRequest,
  AssignHandlerRequest,
  BilingualText,
  CaseAssignmentDto,
  CaseAttachmentDto,
  CaseDetailDto,
  CaseListQuery,
  CaseNoticeKind,
  CasePage,
  CaseReminderDto,
  DeadlinePreviewRequest,
  DeadlinePreviewResponse,
  DeadlineRuleDto,
  HandlerLoadDto,
  InboxFilters,
  InboxPage,
  InboxQuery,
  InboxSummaryDto,
  ReDenunciationRequest,
  SecondComplaintRequest,
  CaseEventAnswerDto,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The cases API and everything hanging off one case: the only place in the frontend that knows these URLs. */
const CASES = '/api/cases';
const INBOX = '/api/inbox';
const DEADLINE_RULES = '/api/deadline-rules';

/** One invalid field of a refused request (`errors` of the problem document). */
export interface ApiFieldError {
  field: string;
  code: string;
  message: BilingualText;
}

/** The `application/problem+json` body every API error carries (platform/errors/problem.filter.ts). */
export interface ApiProblem {
  status: number;
  code: string;
  message: BilingualText;
  errors?: ApiFieldError[];
  /** 409 on a stale version: the version the case is at now. */
  currentVersion?: number;
  /** 422 on an event not allowed now: what is allowed instead. */
  allowedEvents?: string[];
}

/** The problem document of a failed call, or a generic one when the server could not be reached. */
export function problemOf(error: unknown): ApiProblem {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (body && typeof body === 'object' && 'code' in body && 'message' in body)
      return inUsersWords({
        ...(body as Omit<ApiProblem, 'status'>),
        status: error.status,
      });
    return {
      status: error.status,
      code: error.status === 0 ? 'NETWORK' : 'HTTP_' + error.status,
      message:
        error.status === 0
          ? {
              vi: 'Không kết nối được máy chủ',
              en: 'Could not reach the server',
            }
          : { vi: 'Yêu cầu không thành công', en: 'The request failed' },
    };
  }
  return {
    status: 0,
    code: 'UNKNOWN',
    message: { vi: 'Đã có lỗi xảy ra', en: 'Something went wrong' },
  };
}

/**
 * Typed calls to `/api/cases` (list, one case, events, identity reveal, attachments), the agency inbox and the
 * deadline rules, built on the shared contracts. Other screens import it to list and open cases.
 */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(query: CaseListQuery = {}): Observable<CasePage> {
    return this.http.get<CasePage>(CASES, { params: queryParams(query) });
  }

  get(id: string): Observable<CaseDetailDto> {
    return this.http.get<CaseDetailDto>(`${CASES}/${encodeURIComponent(id)}`);
  }

  /** Sends a lifecycle event; a stale `expectedVersion` fails with 409 (see `problemOf`). */
  /** A second complaint on a first one: opens the linked case at the province; answers with the new case. */
  fileSecondComplaint(id: string, body: SecondComplaintRequest): Observable<CaseDetailDto> {
    return this.http.post<CaseDetailDto>(`${CASES}/${encodeURIComponent(id)}/second-complaint`, body);
  }

  /** A re-denunciation at the next level; answers with the new case. */
  fileReDenunciation(id: string, body: ReDenunciationRequest): Observable<CaseDetailDto> {
    return this.http.post<CaseDetailDto>(`${CASES}/${encodeURIComponent(id)}/re-denunciation`, body);
  }

  applyEvent(id: string, event: ApplyCaseEventRequest, idempotencyKey?: string): Observable<CaseEventAnswerDto> {
    return this.http.post<CaseEventAnswerDto>(
      `${CASES}/${encodeURIComponent(id)}/events`,
      event,
      idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {},
    );
  }

  /** A leader's reminder (đôn đốc) to the agency handling the case; refused (409) within a day of the last one. */
  remind(id: string, note?: string): Observable<CaseReminderDto> {
    return this.http.post<CaseReminderDto>(`${CASES}/${encodeURIComponent(id)}/reminders`, note ? { note } : {});
  }

  /** The denouncer's identity; the reason is written to the security audit log. */
  revealIdentity(id: string, reason: string): Observable<Record<string, unknown>> {
    return this.http.post<Record<string, unknown>>(`${CASES}/${encodeURIComponent(id)}/identity/reveal`, { reason });
  }

  attachments(id: string): Observable<CaseAttachmentDto[]> {
    return this.http.get<CaseAttachmentDto[]>(`${CASES}/${encodeURIComponent(id)}/attachments`);
  }

  /** Uploads one file (multipart field `file`), reporting progress events. */
  uploadAttachment(id: string, file: File): Observable<HttpEvent<CaseAttachmentDto>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<CaseAttachmentDto>(`${CASES}/${encodeURIComponent(id)}/attachments`, body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** The bytes of an attachment (fetched with the token, so it can be opened or saved from a Blob URL). */
  attachmentContent(id: string, attachmentId: string): Observable<Blob> {
    return this.http.get(`${CASES}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}/content`, {
      responseType: 'blob',
    });
  }

  /** A statutory notice of the case as PDF, with its headers (the file name is in Content-Disposition). */
  notice(id: string, kind: CaseNoticeKind): Observable<HttpResponse<Blob>> {
    return this.http.get(`${CASES}/${encodeURIComponent(id)}/notices/${encodeURIComponent(kind)}`, {
      responseType: 'blob',
      observe: 'response',
    });
  }

  assignment(id: string): Observable<CaseAssignmentDto> {
    return this.http.get<CaseAssignmentDto>(`${CASES}/${encodeURIComponent(id)}/assignee`);
  }

  assign(id: string, request: AssignHandlerRequest): Observable<CaseAssignmentDto> {
    return this.http.put<CaseAssignmentDto>(`${CASES}/${encodeURIComponent(id)}/assignee`, request);
  }

  inbox(query: InboxQuery = {}): Observable<InboxPage> {
    return this.http.get<InboxPage>(INBOX, { params: queryParams(query) });
  }

  inboxSummary(filters: InboxFilters = {}): Observable<InboxSummaryDto> {
    return this.http.get<InboxSummaryDto>(`${INBOX}/summary`, {
      params: queryParams(filters),
    });
  }

  /** Each handler's open work in the caller's agency (agency heads). */
  handlerLoads(): Observable<HandlerLoadDto[]> {
    return this.http.get<HandlerLoadDto[]>(`${INBOX}/handlers`);
  }

  deadlineRules(): Observable<readonly DeadlineRuleDto[]> {
    return this.http.get<readonly DeadlineRuleDto[]>(DEADLINE_RULES);
  }

  previewDeadline(request: DeadlinePreviewRequest): Observable<DeadlinePreviewResponse> {
    return this.http.post<DeadlinePreviewResponse>(`${DEADLINE_RULES}/preview`, request);
  }
}
