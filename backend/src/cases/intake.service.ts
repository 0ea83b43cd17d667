import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { HandoffKind } from '@tiep-dan/contracts';
import {
  advanceClock,
  deadlineChange,
  startCase,
  startOfVnDay,
  vnDateOf,
  vnDayOf,
  type EarlierConclusion,
  caseFactsOf,
  complaintLevelOf,
  leadAgencyOf,
} from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import {
  activeCommune,
  agencyFacts,
  agencyServesPlace,
  isNeighbourhoodOf,
  type ActiveCommune,
} from '../organisation/organisation-read-model';
import { may, scopeOf } from '../access/policy';
import { Clock } from '../platform/clock/clock';
import { isSessionOf } from '../reception/reception-read-model';
import { IdentityCipher } from '../platform/crypto/identity-cipher';
import { insertHistory, CaseEngine, type EventSender } from './case-engine';
import { nextCaseCode } from './case-code';
import { insertCase, insertParty, insertSealedIdentity } from './case.repository';
import { sealedCiphertext } from './case-queries';
import { isCaseInScope } from './case-read-model';
import { CaseErrors } from './cases.errors';
import type { CreateCaseDto } from './dto/case.dto';
import { foldVietnamese } from './search-text';

/** How a case came in beside its request body: the letter it is a matter of, the reception case that opened it. */
export interface IntakeLinks {
  letterId?: string;
  openedFromCaseId?: string;
  /**
   * A denunciation opened beside named matters (a mixed visit or letter): its receipt is kept to the day, so the
   * lists cannot pair it with the named matters by the instant they were logged.
   */
  sealTime?: boolean;
  /** A sealed matter's phone: only a digest of its last 4 digits is kept, for the citizen's public lookup. */
  lookupPhone?: string;
  /**
   * Opened at a receiving body by a handoff (HandoffService): the commune is the receiver's, which need not be the
   * caller's (a forward to another commune), and the case points back to the one it continues.
   */
  receivingBody?: boolean;
  handoff?: { fromCaseId: string; fromCode: string; kind: HandoffKind; note?: Record<string, unknown> };
  /** A re-denunciation: the earlier case's conclusion (Luật Tố cáo 2018 Art. 37). */
  earlierConclusion?: EarlierConclusion;
}

/** A citizen who petitioned online (the public form, an Open311 client app): no account behind the intake. */
export interface OnlineSender {
  online: true;
  /** How the history names the sender, e.g. "Công dân gửi qua cổng trực tuyến". */
  name: string;
}

/** Who opens a case: a signed-in person, or a citizen online. */
export type IntakeCaller = Actor | OnlineSender;

export const isOnline = (caller: IntakeCaller): caller is OnlineSender => 'online' in caller;

/**
 * Told of every case the intake opens, inside the intake's transaction (a failure rolls the case back): how another
 * context reacts at once to a new case without the cases context knowing it (the dashboard flags hot spots).
 */
export type CaseOpenedListener = (tx: EntityManager, caseId: string) => Promise<void>;

/** What the public lookup compares for a sealed matter (the SQL side computes the same from the digits given). */
export function lookupDigest(caseId: string, phone: string): string {
  return createHash('sha256')
    .update(`${caseId}:${phone.replace(/\D/g, '').slice(-4)}`)
    .digest('hex');
}

/** What the vault holds for a denunciation: the denouncer and anyone acting for them (a group's representatives). */
export interface SealedIdentity {
  fullName?: string;
  idNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
  representatives?: { fullName: string; idNumber?: string; address?: string; phone?: string }[];
}

/**
 * The one door every petition goes through, whatever brought it (the desk, a letter, a dialogue, a team meeting, the
 * API): it checks what the caller may reference, starts the case's machine with the rule of its first state, writes
 * the case, its named parties (or, for a denunciation, the sealed identity in the vault only), the first history row
 * and the notification, inside the caller's transaction.
 */
@Injectable()
export class IntakeService {
  private readonly openedListeners: CaseOpenedListener[] = [];

  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
    @Inject(IdentityCipher) private readonly cipher: IdentityCipher,
  ) {}

  /** Registers a listener told of each new case in the intake's transaction (see CaseOpenedListener). */
  onOpened(listener: CaseOpenedListener): void {
    this.openedListeners.push(listener);
  }

  async open(tx: EntityManager, actor: IntakeCaller, body: CreateCaseDto, links: IntakeLinks = {}): Promise<string> {
    if (!isOnline(actor) && !may(actor, 'case.create')) throw CaseErrors.createForbidden();
    // A citizen online chose a commune the citizens context checked (any active one).
    const commune =
      links.receivingBody || isOnline(actor)
        ? await this.receivingCommune(tx, body.communeId)
        : await this.communeOf(tx, actor, body.communeId);
    if (body.neighbourhoodId) {
      if (!(await isNeighbourhoodOf(tx, body.neighbourhoodId, commune.id)))
        throw CaseErrors.invalid(
          'neighbourhoodId',
          'Tổ dân phố/thôn không thuộc xã/phường này',
          'The neighbourhood is not in this commune',
        );
    }
    for (const [field, agencyId] of [
      ['leadAgencyId', body.leadAgencyId],
      ['ownerAgencyId', body.ownerAgencyId],
    ] as const) {
      if (!agencyId) continue;
      // A unit of this commune, or a body of the province (departments, the province itself): never another commune's.
      if (!(await agencyServesPlace(tx, agencyId, commune.province_id, commune.id)))
        throw CaseErrors.invalid(
          field,
          'Cơ quan không thuộc xã/phường hoặc tỉnh của hồ sơ',
          'The agency is not of this commune or its province',
        );
    }
    if (body.type === 'commitment' && !body.ownerAgencyId)
      throw CaseErrors.invalid('ownerAgencyId', 'Cần chọn cơ quan thực hiện cam kết', 'A commitment needs an owner agency');
    if (body.denouncer && body.type !== 'denunciation')
      throw CaseErrors.invalid('denouncer', 'Chỉ đơn tố cáo có thông tin người tố cáo', 'Only denunciations carry a denouncer');
    if (body.type === 'denunciation' && body.petitioner)
      throw CaseErrors.invalid(
        'petitioner',
        'Thông tin người tố cáo nhập ở mục người tố cáo (được bảo mật)',
        'Enter the denouncer under `denouncer` (kept confidential)',
      );
    // A second complaint follows a first one through HandoffService.secondComplaint (the window, the next level).
    if ((body.secondComplaintOf || body.level === 'second') && links.handoff?.kind !== 'second_complaint')
      throw CaseErrors.invalid(
        'secondComplaintOf',
        'Khiếu nại lần hai được tiếp nhận từ hồ sơ lần đầu',
        'A second complaint is filed on its first case',
      );
    for (const [field, linked] of [
      ['secondComplaintOf', body.secondComplaintOf],
      ['duplicateOf', body.duplicateOf],
    ] as const) {
      if (linked && (isOnline(actor) || !(await this.findInScope(tx, actor, linked))))
        throw CaseErrors.invalid(field, 'Không tìm thấy hồ sơ liên quan', 'Related case not found');
    }
    if (body.sessionId) {
      if (!(await isSessionOf(tx, body.sessionId, commune.id)))
        throw CaseErrors.invalid('sessionId', 'Không tìm thấy buổi tiếp của xã/phường này', 'No reception session of this commune');
    }
    if (body.learnedAt !== undefined || body.limitationObstacle !== undefined) {
      if (body.type !== 'complaint' || body.level === 'second')
        throw CaseErrors.invalid(
          'learnedAt',
          'Chỉ khiếu nại lần đầu tính thời hiệu 90 ngày',
          'Only a first complaint has the 90-day limitation',
        );
      if (body.limitationObstacle !== undefined && body.learnedAt === undefined)
        throw CaseErrors.invalid(
          'learnedAt',
          'Cần ngày biết được quyết định để ghi trở ngại',
          'Give the date the decision became known to record an obstacle',
        );
    }
    if (body.forwardedFrom) {
      if (!(await agencyFacts(tx, [body.forwardedFrom])).length)
        throw CaseErrors.invalid('forwardedFrom', 'Không tìm thấy cơ quan chuyển đơn', 'The forwarding agency was not found');
    }

    const now = this.clock.now();
    let receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime() + 60_000)
      throw CaseErrors.invalid('receivedAt', 'Ngày nhận không được ở tương lai', 'receivedAt cannot be in the future');
    if (body.learnedAt && body.learnedAt > vnDateOf(receivedAt))
      throw CaseErrors.invalid(
        'learnedAt',
        'Ngày biết được quyết định không được sau ngày nhận đơn',
        'The date the decision became known cannot follow the filing',
      );
    if (links.sealTime && body.type === 'denunciation') receivedAt = startOfVnDay(vnDayOf(receivedAt));
    // The id is made here (a v4 UUID, as gen_random_uuid() makes): it names the case in its snapshot before any row exists.
    const id = randomUUID();
    const started = startCase(body.type, {
      caseId: id,
      receivedAt: receivedAt.toISOString(),
      remote: commune.remote_area,
      ...(body.level ? { level: body.level } : {}),
      ...(body.secondComplaintOf ? { linkedCaseId: body.secondComplaintOf } : {}),
      ...(body.forwardedFrom ? { forwardedFrom: body.forwardedFrom } : {}),
      ...(body.sessionId ? { sessionId: body.sessionId } : {}),
      ...(body.ownerAgencyId ? { ownerAgencyId: body.ownerAgencyId } : {}),
      ...(body.dueDate ? { dueDate: body.dueDate } : {}),
      ...(body.learnedAt ? { learnedAt: body.learnedAt.slice(0, 10) } : {}),
      ...(body.limitationObstacle?.trim() ? { limitationObstacle: body.limitationObstacle.trim() } : {}),
      ...(links.earlierConclusion ? { earlierConclusion: links.earlierConclusion } : {}),
    });
    const facts = caseFactsOf(body.type, started.context);
    const level = complaintLevelOf(facts);
    const clock = advanceClock(
      null,
      deadlineChange(body.type, started.version, undefined, started.state, { level }),
      receivedAt.toISOString(),
      undefined,
      started.context,
    );
    const columns = this.engine.columns(clock, commune.remote_area);
    const code = await nextCaseCode(tx, commune.id, body.type, Number(vnDateOf(receivedAt).slice(0, 4)));
    const sealed = body.type === 'denunciation';
    // A denunciation names no one outside the vault: not in parties, not in the search index (Luật Tố cáo 2018 Art. 47).
    const parties = sealed
      ? []
      : [
          ...(body.petitioner ? [{ role: 'petitioner', ...body.petitioner }] : []),
          ...(body.representatives ?? []).map((r) => ({ role: 'representative', ...r })),
        ];
    const names = parties.map((p) => p.fullName).join(' ');
    const leadAgencyId = leadAgencyOf(facts) ?? body.leadAgencyId ?? null;

    await insertCase(tx, {
      id,
      code,
      type: body.type,
      machineVersion: started.version,
      snapshot: started.snapshot,
      state: started.state,
      leadAgencyId,
      communeId: commune.id,
      provinceId: commune.province_id,
      neighbourhoodId: body.neighbourhoodId ?? null,
      category: body.category,
      channel: body.channel,
      summary: body.summary.trim(),
      content: body.content?.trim() ?? '',
      groupSize: body.groupSize ?? 1,
      receivedAt,
      remoteArea: commune.remote_area,
      deadlineClock: clock,
      deadlineRuleId: columns.deadlineRuleId,
      ruleSetVersion: columns.ruleSetVersion,
      clockStartedAt: columns.clockStartedAt,
      dueAt: columns.dueAt,
      dueSoonAt: columns.dueSoonAt,
      nextDeadlineAt: columns.nextDeadlineAt,
      overdueSince: columns.overdueSince,
      duplicateOf: body.duplicateOf ?? null,
      secondComplaintOf: body.secondComplaintOf ?? null,
      forwardedFrom: body.forwardedFrom ?? null,
      searchText: foldVietnamese(`${body.summary} ${names}`),
      createdBy: isOnline(actor) ? null : actor.userId,
      createdAt: sealed && links.sealTime ? receivedAt : now,
      letterId: links.letterId ?? null,
      openedFromCaseId: links.openedFromCaseId ?? null,
      lookupDigest: links.lookupPhone ? lookupDigest(id, links.lookupPhone) : null,
      handedOffFromCaseId: links.handoff?.fromCaseId ?? null,
      handoffKind: links.handoff?.kind ?? null,
    });
    for (const p of parties) {
      await insertParty(tx, id, {
        role: p.role,
        fullName: p.fullName.trim(),
        idNumber: p.idNumber ?? null,
        address: p.address ?? null,
        phone: p.phone ?? null,
      });
    }
    const identity = sealedIdentity(body);
    if (identity) await this.seal(tx, id, identity);
    // The first history row: the intake itself (who logged it, through which channel).
    const handoff = links.handoff
      ? { handoff: links.handoff.kind, fromCaseId: links.handoff.fromCaseId, fromCode: links.handoff.fromCode, ...links.handoff.note }
      : {};
    await insertHistory(
      tx,
      id,
      1,
      'CREATED',
      { channel: body.channel, category: body.category, ...handoff },
      senderOf(actor),
      now,
      null,
      started.state,
      null,
    );
    if (leadAgencyId)
      await this.engine.enqueue(tx, 'case.assigned', { id, code, type: body.type, commune_id: commune.id }, leadAgencyId, columns.dueAt);
    for (const listener of this.openedListeners) await listener(tx, id);
    return id;
  }

  /**
   * Where a denouncer who petitioned online asked to be told of progress: read from the vault for the notice being
   * sent to them, and for nothing else (the reveal path is the only way a person sees the identity).
   */
  async sealedContact(tx: EntityManager, caseId: string): Promise<{ email?: string; phone?: string }> {
    const ciphertext = await sealedCiphertext(tx, caseId);
    if (!ciphertext) return {};
    const identity = JSON.parse(this.cipher.decrypt(ciphertext, caseId)) as SealedIdentity;
    return { ...(identity.email ? { email: identity.email } : {}), ...(identity.phone ? { phone: identity.phone } : {}) };
  }

  /** Puts an identity into the case's vault (encrypted with the case id as associated data). */
  async seal(tx: EntityManager, caseId: string, identity: SealedIdentity): Promise<void> {
    await insertSealedIdentity(tx, caseId, this.cipher.encrypt(JSON.stringify(identity), caseId));
  }

  /** The commune a new case or letter belongs to: the caller's own, or the one a province user chose in their province. */
  async communeOf(tx: EntityManager, actor: Actor, requested?: string): Promise<ActiveCommune> {
    const communeId = requested ?? actor.communeId;
    if (!communeId) throw CaseErrors.invalid('communeId', 'Cần chọn xã/phường của hồ sơ', 'Choose the commune of the case');
    if (actor.communeId && communeId !== actor.communeId) throw CaseErrors.createForbidden();
    const commune = await activeCommune(tx, communeId);
    if (!commune) throw CaseErrors.invalid('communeId', 'Không tìm thấy xã/phường', 'Commune not found');
    if (commune.province_id !== actor.provinceId) throw CaseErrors.createForbidden();
    return commune;
  }

  /** The commune of a case a handoff opens at a receiving body: any active commune (the body's, not the caller's). */
  private async receivingCommune(tx: EntityManager, communeId: string | undefined): Promise<ActiveCommune> {
    const commune = await activeCommune(tx, communeId);
    if (!commune)
      throw CaseErrors.unreachableReference('payload.toAgencyId', 'Không tìm thấy xã/phường nhận', 'The receiving commune was not found');
    return commune;
  }

  private async findInScope(tx: EntityManager, actor: Actor, id: string): Promise<boolean> {
    return isCaseInScope(tx, id, scopeOf(actor, 'case'));
  }
}

/** The vault's content for a denunciation: the denouncer and the representatives of a group; none for other types. */
function sealedIdentity(body: CreateCaseDto): SealedIdentity | null {
  if (body.type !== 'denunciation') return null;
  const representatives = (body.representatives ?? []).map((r) => ({ ...r }));
  if (!body.denouncer && !representatives.length) return null;
  return { ...(body.denouncer ?? {}), ...(representatives.length ? { representatives } : {}) };
}

export function senderOf(actor: IntakeCaller): EventSender {
  if (isOnline(actor)) return { userId: null, name: actor.name, role: 'system' };
  return { userId: actor.userId, name: actor.username, role: actor.role, agencyId: actor.agencyId };
}
