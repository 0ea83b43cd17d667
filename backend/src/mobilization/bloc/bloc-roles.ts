import { StreamableFile } from '@nestjs/common';
import type { Role } from '@tiep-dan/contracts';
import type { BlocFile } from './bloc-documents';

/** Everyone of a commune follows its bloc; province leaders and inspectors follow every commune (bloc-access.ts). */
export const BLOC_READERS: Role[] = [
  'leader',
  'inspector',
  'agency_head',
  'agency_handler',
  'reception_officer',
  'mobilization_lead',
];
/** People who may be bloc members or team leads, and report on their own work; inspectors stay read-only. */
export const BLOC_MEMBERS: Role[] = [
  'leader',
  'agency_head',
  'agency_handler',
  'reception_officer',
  'mobilization_lead',
];

export const PDF = 'application/pdf';
export const XLSX =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A document as a download, its Vietnamese file name sent per RFC 5987. */
export function download(file: BlocFile, type: string): StreamableFile {
  return new StreamableFile(file.content, {
    type,
    length: file.content.length,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
}
