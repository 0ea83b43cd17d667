import { Inject, Injectable } from '@nestjs/common';
import type { CaseSummaryDto, HandoffKind, IntakeChannel } from '@tiep-dan/contracts';
import {
  caseFactsOf,
  complaintLevelOf,
  formatVnDate,
  reDenunciationGround,
  secondComplaintWindow,
  vnDayOf,
  type ComplaintContext,
  type EarlierConclusion,
  type SecondComplaintWindow,
  type WorkingCalendar,
} from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { activeAgency } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { IdentityCipher } from '../platform/crypto/identity-cipher';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';
import type { CaseRow } from './case-engine';
import { followUpOf, forwardedToOf, handoffSource, lockCaseRowInScope, type SourceCase } from './case-queries';
import { CaseErrors } from './cases.errors';
import type { CreateCaseDto } from './dto/case.dto';
import { IntakeService } from './intake.service';

/** What a second complaint or a re-denunciation brings beside the case it follows. */
export interface FollowUpRequest {
  receivedAt?: string;
  channel?: IntakeChannel;
  /** The field, when the officer classes the new letter otherwise (by default the case it follows). */
  category?: CaseSummaryDto['category'];
  summary?: string;
  content?: string;
  /** Second complaint: an obstacle that kept the complainant from filing within the window (Art. 33, 9). */
  obstacle?: string;
  /** Re-denunciation: where it goes (the next level; by default the province) and why. */
  toAgencyId?: string;
  reason?: string;
}

interface Receiver {
  id: string;
  name: string;
  kind: string;
  commune_id: string | null;
  province_id: string | null;
}

/** The second-complaint window of a first complaint: when it opened and the end of its last day (Art. 33). */

/**
 * Where a case goes next. A forward, a transfer or an escalation to a body in this system, a second complaint and a
 * re-denunciation each open a linked case at the receiving body, in the caller's transaction (the sender's step and
 * the new case commit together or not at all): the receiving case points back (`handed_off_from_case_id`), carries the
 * matter, the named parties or, for a denunciation, the sealed identity re-encrypted for the new case, and notifies the
 * receiving agency. A body outside the system gets no case here: the sender's case records the outgoing letter (the
 * forwarding slip prints from it).
 */
@Injectable()
export class HandoffService {
  constructor(
    private readonly intake: IntakeService,
    private readonly clock: Clock,
    @Inject(IdentityCipher) private readonly cipher: IdentityCipher,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
  ) {}

  /** After an accepted event: the handoffs it makes (called by CasesService in the event's transaction). */
  async afterEvent(
    tx: EntityManager,
    actor: Actor,
    row: CaseRow,
    eventType: string,
    payload: Record<string, unknown>,
  ): Promise<string | null> {
    const toAgencyId = typeof payload['toAgencyId'] === 'string' && payload['toAgencyId'] ? payload['toAgencyId'] : null;
    if (row.type === 'complaint' && eventType === 'TRIAGE_FORWARD' && toAgencyId)
      return this.open(tx, actor, row.id, 'forward', toAgencyId);
    if (row.type === 'denunciation' && eventType === 'SEND_FORWARD') {
      // The agency was named when the forward was decided (FORWARD); the slip going out is the moment it moves.
      const to = await forwardedToOf(tx, row.id);
      return to ? this.open(tx, actor, row.id, 'forward', to) : null;
    }
    if (row.type === 'denunciation' && eventType === 'ESCALATE')
      return this.open(tx, actor, row.id, 'escalate', toAgencyId ?? row.province_id);
    if ((row.type === 'proposal' || row.type === 'reflection') && eventType === 'TRANSFER' && toAgencyId)
      return this.open(tx, actor, row.id, 'transfer', toAgencyId);
    return null;
  }

  /**
   * The window for a second complaint on a first one: opened by the decision reaching the complainant, or by the
   * resolution period running out undecided; 30 days (45 in a remote area), counted as the deadline engine counts
   * ('complaint.second-filing'). Null while it has not opened.
   */
  secondComplaintWindow(context: Partial<ComplaintContext>, remote: boolean): SecondComplaintWindow | null {
    return secondComplaintWindow(context, remote, this.calendar);
  }

  /**
   * A second complaint on a first one (Luật Khiếu nại 2011 Art. 33): only once the first was decided or its period ran
   * out undecided, within the window unless an obstacle is recorded; it opens at the province, whose chairman decides
   * (Art. 21(2)). Everything is checked before anything is written.
   */
  async secondComplaint(tx: EntityManager, actor: Actor, firstId: string, request: FollowUpRequest): Promise<string> {
    const first = await this.lockSource(tx, actor, firstId, 'secondComplaintOf');
    const context = caseFactsOf('complaint', first.snapshot.context);
    if (first.type !== 'complaint' || complaintLevelOf(context) === 'second')
      throw CaseErrors.followUpNotOpen(
        'secondComplaintOf',
        'Chỉ khiếu nại lần đầu mới có khiếu nại lần hai',
        'Only a first complaint can be followed by a second one',
      );
    await this.refuseTwice(tx, first.id, 'second_complaint');
    const window = this.secondComplaintWindow(context, first.remote_area);
    if (!window)
      throw CaseErrors.followUpNotOpen(
        'secondComplaintOf',
        `Hồ sơ ${first.code} chưa có quyết định giải quyết lần đầu và chưa hết thời hạn giải quyết: chưa thể khiếu nại lần hai (Điều 33 Luật Khiếu nại)`,
        `Case ${first.code} has no first decision yet and its resolution period has not run out: no second complaint yet (Art. 33)`,
      );
    const receivedAt = this.receivedAt(request.receivedAt);
    if (receivedAt.getTime() < window.openedAt.getTime() - 86_400_000)
      throw CaseErrors.invalid(
        'receivedAt',
        'Ngày nhận đơn lần hai trước khi có quyết định lần đầu',
        'The second complaint is dated before the first decision',
      );
    const obstacle = request.obstacle?.trim();
    if (receivedAt > window.endsAt && !obstacle) {
      const days = first.remote_area ? 45 : 30;
      const last = formatVnDate(vnDayOf(window.endsAt));
      const from = window.basis === 'decision' ? 'nhận quyết định giải quyết lần đầu' : 'hết thời hạn giải quyết lần đầu';
      const fromEn = window.basis === 'decision' ? 'the first decision was received' : 'the first resolution period ran out';
      throw CaseErrors.outOfTime(
        'receivedAt',
        `Quá thời hạn khiếu nại lần hai: ${days} ngày kể từ ngày ${from}, hết ngày ${last} (Điều 33 Luật Khiếu nại 2011). Nếu có trở ngại khách quan, ghi rõ ở mục trở ngại.`,
        `Too late for a second complaint: ${days} days after ${fromEn}, ending ${last} (Art. 33). If an obstacle prevented filing, record it.`,
        { windowEndsAt: window.endsAt.toISOString() },
      );
    }
    return this.open(tx, actor, first.id, 'second_complaint', first.province_id, {
      source: first,
      receivedAt,
      request,
      extra: { level: 'second', secondComplaintOf: first.id },
      createdNote: obstacle ? { secondFilingObstacle: obstacle } : {},
    });
  }

  /**
   * A re-denunciation (tố cáo tiếp, Luật Tố cáo 2018 Art. 37): the denouncer takes a concluded denunciation they dispute,
   * or one left overdue unresolved, to the next level. The new case shows the earlier conclusion.
   */
  async reDenunciation(tx: EntityManager, actor: Actor, earlierId: string, request: FollowUpRequest): Promise<string> {
    const earlier = await this.lockSource(tx, actor, earlierId, 'id');
    const context = caseFactsOf('denunciation', earlier.snapshot.context);
    if (earlier.type !== 'denunciation')
      throw CaseErrors.followUpNotOpen('id', 'Chỉ đơn tố cáo mới có tố cáo tiếp', 'Only a denunciation can be taken to the next level');
    await this.refuseTwice(tx, earlier.id, 're_denunciation');
    const ground = reDenunciationGround(context);
    if (!ground)
      throw CaseErrors.followUpNotOpen(
        'id',
        `Hồ sơ ${earlier.code} chưa có kết luận và chưa quá hạn giải quyết: chưa thể tố cáo tiếp (Điều 37 Luật Tố cáo 2018)`,
        `Case ${earlier.code} has no conclusion and is not overdue: it cannot be taken to the next level yet (Art. 37)`,
      );
    if (!request.reason?.trim()) throw CaseErrors.invalid('reason', 'Cần ghi lý do tố cáo tiếp', 'Give the reason for taking it further');
    const earlierConclusion: EarlierConclusion = {
      caseId: earlier.id,
      code: earlier.code,
      ground,
      ...(context.conclusion ? { conclusion: context.conclusion.text, concludedAt: context.conclusion.at } : {}),
    };
    return this.open(tx, actor, earlier.id, 're_denunciation', request.toAgencyId ?? earlier.province_id, {
      source: earlier,
      receivedAt: this.receivedAt(request.receivedAt),
      request,
      earlierConclusion,
      createdNote: { reason: request.reason.trim() },
    });
  }

  private receivedAt(value: string | undefined): Date {
    const now = this.clock.now();
    const at = value ? new Date(value) : now;
    if (Number.isNaN(at.getTime())) throw CaseErrors.invalid('receivedAt', 'Ngày nhận không hợp lệ', 'Not a valid date');
    if (at.getTime() > now.getTime() + 60_000)
      throw CaseErrors.invalid('receivedAt', 'Ngày nhận không được ở tương lai', 'receivedAt cannot be in the future');
    return at;
  }

  private async refuseTwice(tx: EntityManager, sourceId: string, kind: HandoffKind): Promise<void> {
    const existing = await followUpOf(tx, sourceId, kind);
    if (existing) throw CaseErrors.followUpExists(existing.id, existing.code);
  }

  /** The case being followed up, locked in the caller's scope (404 outside it, as every case read). */
  private async lockSource(tx: EntityManager, actor: Actor, id: string, field: string): Promise<SourceCase> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      throw CaseErrors.invalid(field, 'Mã hồ sơ không đúng định dạng', 'Not a valid case id');
    if (!(await lockCaseRowInScope(tx, actor, id))) throw CaseErrors.notFound();
    return this.source(tx, id);
  }

  private async source(tx: EntityManager, id: string): Promise<SourceCase> {
    const found = await handoffSource(tx, id);
    if (!found) throw CaseErrors.notFound();
    return found;
  }

  /** The receiving body: an active agency; its commune, or the sender's commune for a body of the same province. */
  private async receiver(tx: EntityManager, agencyId: string, source: SourceCase): Promise<{ agency: Receiver; communeId: string }> {
    const agency: Receiver | null = await activeAgency(tx, agencyId);
    if (!agency)
      throw CaseErrors.unreachableReference('payload.toAgencyId', 'Không tìm thấy cơ quan nhận', 'The receiving agency was not found');
    if (agency.commune_id) return { agency, communeId: agency.commune_id };
    if (agency.province_id !== source.province_id)
      throw CaseErrors.unreachableReference(
        'payload.toAgencyId',
        'Cơ quan cấp tỉnh khác không nhận được hồ sơ của xã/phường này trong hệ thống: ghi tên cơ quan để gửi phiếu chuyển',
        'A body of another province cannot receive this commune’s case in the system: name it to send the slip',
      );
    return { agency, communeId: source.commune_id };
  }

  /** Opens the receiving body's case for a handoff of `sourceId`; returns its id. */
  private async open(
    tx: EntityManager,
    actor: Actor,
    sourceId: string,
    kind: HandoffKind,
    toAgencyId: string,
    options: {
      source?: SourceCase;
      receivedAt?: Date;
      request?: FollowUpRequest;
      extra?: Partial<CreateCaseDto>;
      earlierConclusion?: EarlierConclusion;
      createdNote?: Record<string, unknown>;
    } = {},
  ): Promise<string> {
    const source = options.source ?? (await this.source(tx, sourceId));
    const { agency, communeId } = await this.receiver(tx, toAgencyId, source);
    const sameCommune = communeId === source.commune_id;
    const sealed = source.type === 'denunciation';
    const strip = (p: SourceCase['parties'][number]) => ({
      fullName: p.fullName,
      ...(p.idNumber ? { idNumber: p.idNumber } : {}),
      ...(p.address ? { address: p.address } : {}),
      ...(p.phone ? { phone: p.phone } : {}),
    });
    const petitioner = source.parties.find((p) => p.role === 'petitioner');
    const representatives = source.parties.filter((p) => p.role === 'representative').map(strip);
    const request = options.request ?? {};
    const body: CreateCaseDto = {
      type: source.type,
      channel: request.channel ?? (kind === 'second_complaint' || kind === 're_denunciation' ? source.channel : 'forwarded'),
      category: request.category ?? source.category,
      summary: request.summary?.trim() || source.summary,
      ...(request.content?.trim() || source.content ? { content: request.content?.trim() || source.content } : {}),
      receivedAt: (options.receivedAt ?? this.clock.now()).toISOString(),
      communeId,
      ...(sameCommune && source.neighbourhood_id ? { neighbourhoodId: source.neighbourhood_id } : {}),
      groupSize: source.group_size,
      leadAgencyId: agency.id,
      ...(!sealed && petitioner ? { petitioner: strip(petitioner) } : {}),
      ...(!sealed && representatives.length ? { representatives } : {}),
      // A forwarded denunciation can never be forwarded again (Luật Tố cáo 2018 Art. 24(2)).
      ...(sealed && kind === 'forward' ? { forwardedFrom: source.lead_agency_id ?? source.commune_id } : {}),
      ...options.extra,
    };
    const id = await this.intake.open(tx, actor, body, {
      receivingBody: true,
      handoff: { fromCaseId: source.id, fromCode: source.code, kind, ...(options.createdNote ? { note: options.createdNote } : {}) },
      ...(options.earlierConclusion ? { earlierConclusion: options.earlierConclusion } : {}),
    });
    // The denouncer's identity follows the case, sealed again for the new case (never in clear outside this process).
    if (sealed && source.ciphertext) await this.intake.seal(tx, id, JSON.parse(this.cipher.decrypt(source.ciphertext, source.id)));
    return id;
  }
}
