import { HttpEventType } from '@angular/common/http';
import type { BilingualText } from '@tiep-dan/contracts';
import { filter, from, lastValueFrom, mergeMap, toArray } from 'rxjs';
import { problemOf, type CasesApi } from '../core/api/cases.api';

/**
 * Uploads the files chosen at the desk to every case of a visit (each case's attachments endpoint, two at a time);
 * returns what went wrong, or null.
 */
export async function uploadToCases(cases: CasesApi, caseIds: string[], files: File[]): Promise<BilingualText | null> {
  if (!files.length || !caseIds.length) return null;
  const jobs = caseIds.flatMap((caseId) => files.map((file) => ({ caseId, file })));
  try {
    await lastValueFrom(
      from(jobs).pipe(
        mergeMap((job) => cases.uploadAttachment(job.caseId, job.file).pipe(filter((e) => e.type === HttpEventType.Response)), 2),
        toArray(),
      ),
    );
    return null;
  } catch (error) {
    return problemOf(error).message;
  }
}
