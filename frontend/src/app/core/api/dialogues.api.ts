import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateCommitmentRequest,
  CreateDialogueRequest,
  DialogueDetailDto,
  DialogueListQuery,
  DialogueSummaryDto,
  RaiseOpinionCasesRequest,
  RecordMinutesRequest,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The dialogues context: the only place in the frontend that knows its URLs. */
const DIALOGUES = '/api/dialogues';

@Injectable({ providedIn: 'root' })
export class DialoguesApi {
  private readonly http = inject(HttpClient);

  list(query: DialogueListQuery = {}): Observable<DialogueSummaryDto[]> {
    return this.http.get<DialogueSummaryDto[]>(DIALOGUES, {
      params: queryParams(query),
    });
  }

  get(id: string): Observable<DialogueDetailDto> {
    return this.http.get<DialogueDetailDto>(`${DIALOGUES}/${id}`);
  }

  /** With `caseId`: a complaint's mandatory dialogue (scheduled on the case). */
  create(body: CreateDialogueRequest): Observable<DialogueDetailDto> {
    return this.http.post<DialogueDetailDto>(DIALOGUES, body);
  }

  recordMinutes(id: string, body: RecordMinutesRequest): Observable<DialogueDetailDto> {
    return this.http.put<DialogueDetailDto>(`${DIALOGUES}/${id}/minutes`, body);
  }

  addCommitment(id: string, body: CreateCommitmentRequest): Observable<DialogueDetailDto> {
    return this.http.post<DialogueDetailDto>(`${DIALOGUES}/${id}/commitments`, body);
  }

  raiseCases(id: string, body: RaiseOpinionCasesRequest): Observable<DialogueDetailDto> {
    return this.http.post<DialogueDetailDto>(`${DIALOGUES}/${id}/cases`, body);
  }

  addAttachment(id: string, file: File): Observable<DialogueDetailDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<DialogueDetailDto>(`${DIALOGUES}/${id}/attachments`, form);
  }

  attachmentUrl(id: string, attachmentId: string): string {
    return `${DIALOGUES}/${id}/attachments/${attachmentId}/content`;
  }

  attachmentContent(id: string, attachmentId: string): Observable<Blob> {
    return this.http.get(this.attachmentUrl(id, attachmentId), {
      responseType: 'blob',
    });
  }
}
