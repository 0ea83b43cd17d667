import { Injectable } from '@nestjs/common';
import type { CaseDetailDto, CaseNoticeKind } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { OrganisationService } from '../organisation/organisation.service';
import { renderPdf } from '../platform/documents/pdf-document';
import { AppError } from '../platform/errors/app-error';
import { noticeDocument, noticeIssuer, type NoticeAgency, type NoticeCase } from './case-notice-document';
import { availableNotices, noticeFacts, type NoticeDestination } from './case-notices';
import { CaseNoticeErrors } from './case-notices.errors';
import { CasesService } from './cases.service';

export interface NoticeFile {
  fileName: string;
  asciiFileName: string;
  pdf: Buffer;
}

/** Statutory notices of a case (acceptance, refusal, forwarding slip, guidance) as PDF, printed from its current facts. */
@Injectable()
export class CaseNoticesService {
  constructor(
    private readonly cases: CasesService,
    private readonly organisation: OrganisationService,
  ) {}

  async render(actor: Actor, caseId: string, kind: CaseNoticeKind): Promise<NoticeFile> {
    // Read through the case service: the caller's scope applies (404 outside it).
    const detail = await this.cases.get(actor, caseId);
    const facts = noticeFacts(kind, detail.type, detail.state, detail.context);
    if (!facts) throw CaseNoticeErrors.notAvailable(kind, detail.state, availableNotices(detail.type, detail.state, detail.context));
    const commune = await this.organisation.getAgency(detail.communeId);
    const lead = detail.leadAgencyId ? await this.agency(detail.leadAgencyId) : null;
    // A department signs under its province's People's Committee: the only notice that names the province.
    const province = lead?.kind === 'department' && commune.provinceId ? await this.agency(commune.provinceId) : null;
    const destinationName = facts.kind === 'forwarding-slip' ? await this.destinationName(facts.to) : undefined;
    const document = noticeDocument({
      facts,
      case: noticeCase(detail),
      issuer: noticeIssuer(commune, lead, province),
      ...(destinationName ? { destinationName } : {}),
    });
    return { fileName: document.fileName, asciiFileName: document.asciiFileName, pdf: await renderPdf(document.definition) };
  }

  /** A body named by the machine wins; an agency of this system known only by its id is printed by its name. */
  private async destinationName(to: NoticeDestination): Promise<string | undefined> {
    if (to.body) return to.body;
    return to.agencyId ? (await this.agency(to.agencyId))?.name : undefined;
  }

  /** An agency the case names, or null if it is gone from the tree (the notice then leaves a blank to fill). */
  private async agency(id: string): Promise<NoticeAgency | null> {
    try {
      return await this.organisation.getAgency(id);
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }
}

/** What a notice prints of the case. A denunciation's notice gets no petitioner at all (Luật Tố cáo 2018 Art. 47). */
function noticeCase(detail: CaseDetailDto): NoticeCase {
  const petitioner = detail.type === 'denunciation' ? undefined : detail.parties.find((p) => p.role === 'petitioner');
  return {
    code: detail.code,
    type: detail.type,
    summary: detail.summary,
    receivedAt: detail.receivedAt,
    petitioner: petitioner ? { fullName: petitioner.fullName, address: petitioner.address } : null,
  };
}
