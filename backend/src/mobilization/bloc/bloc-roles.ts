import { StreamableFile } from '@nestjs/common';
import type { BlocFile } from './bloc-documents';

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A document as a download, its Vietnamese file name sent per RFC 5987. */
export function download(file: BlocFile, type: string): StreamableFile {
  return new StreamableFile(file.content, {
    type,
    length: file.content.length,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
}
