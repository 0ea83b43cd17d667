import { Controller, Get, Injectable, Param, type PipeTransform, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CASE_NOTICE_KINDS, type CaseNoticeKind } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { isCaseNoticeKind } from './case-notices';
import { CaseNoticeErrors } from './case-notices.errors';
import { CaseNoticesService, type NoticeFile } from './case-notices.service';

/** `kind` must name a notice: 400 naming the parameter otherwise, like a bad UUID. */
@Injectable()
export class NoticeKindPipe implements PipeTransform<string, CaseNoticeKind> {
  transform(value: string): CaseNoticeKind {
    if (!isCaseNoticeKind(value)) throw CaseNoticeErrors.unknownKind();
    return value;
  }
}

/** RFC 6266 with an ASCII `filename` for old clients and the Vietnamese name as RFC 5987 `filename*`. */
export function noticeDisposition(file: Pick<NoticeFile, 'fileName' | 'asciiFileName'>): string {
  const encoded = encodeURIComponent(file.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${file.asciiFileName}"; filename*=UTF-8''${encoded}`;
}

/** Statutory notices of a case as PDF; access follows the case's scope (404 outside it). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/notices')
export class CaseNoticesController {
  constructor(private readonly notices: CaseNoticesService) {}

  @Get(':kind')
  @Allow('case.read')
  @ApiParam({ name: 'kind', enum: CASE_NOTICE_KINDS })
  @ApiProduces('application/pdf')
  async notice(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) caseId: string,
    @Param('kind', NoticeKindPipe) kind: CaseNoticeKind,
  ): Promise<StreamableFile> {
    const file = await this.notices.render(actor, caseId, kind);
    return new StreamableFile(file.pdf, { type: 'application/pdf', length: file.pdf.length, disposition: noticeDisposition(file) });
  }
}
