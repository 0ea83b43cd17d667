import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CasePartyInput, LetterDto, LetterPage, RegisterLetterRequest } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { nextCode } from '../cases/case-code';
import { casesOfLetters } from '../cases/case-read-model';
import { may, scopeOf } from '../access/policy';
import { CasesService, SUMMARY_COLUMNS, type SummaryRow } from '../cases/cases.service';
import { IntakeService, isOnline, type IntakeCaller, type IntakeLinks, type OnlineSender } from '../cases/intake.service';
import { Clock } from '../platform/clock/clock';
import { ReadDatabase, type Queryable } from '../platform/database/read-database';
import type { LetterListQueryDto, RegisterLetterDto } from './dto/letter.dto';
import { inMatter, LetterErrors } from './letters.errors';
import { letterRows, toLetterDto, type LetterFilter } from './letters-queries';
import { insertLetter } from './letters.repository';

/** Code prefix of the letter register (đơn thư). */
const LETTER_CODE_PREFIX = 'DT';
const DEFAULT_PAGE = 50;

/** The commune a letter is registered in, as the intake service reads it. */
type Commune = Awaited<ReturnType<IntakeService['communeOf']>>;

/** A sender as the online door takes them: the e-mail is for a denouncer's vault (and notices), not for the register. */
export type OnlineLetterSender = CasePartyInput & { email?: string };

/**
 * The letters context: a letter received other than at the desk is registered once (sổ xử lý đơn) and split into one
 * case per matter through the intake service, in one transaction; each matter then runs its own statutory clock
 * (acceptance of a complaint or denunciation, triage of a proposal or reflection).
 */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly intake: IntakeService,
    private readonly cases: CasesService,
    private readonly clock: Clock,
    /** The list reads from a replica when there is one; one letter (shown after its registration) from the primary. */
    private readonly reads: ReadDatabase,
  ) {}

  async register(actor: Actor, body: RegisterLetterDto): Promise<LetterDto> {
    if (!may(actor, 'letter.register')) throw LetterErrors.forbidden();
    const signatories = body.signatoryCount ?? body.senders.length;
    if (signatories < body.senders.length)
      throw LetterErrors.invalid(
        'signatoryCount',
        'Số người ký không ít hơn số người gửi đã ghi tên',
        'At least as many signatories as named senders',
      );
    if (body.channel === 'forwarded' && !body.forwardedBy?.trim())
      throw LetterErrors.invalid('forwardedBy', 'Ghi rõ cơ quan đã chuyển đơn đến', 'Name the body that forwarded the letter');
    const now = this.clock.now();
    const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime() + 60_000)
      throw LetterErrors.invalid('receivedAt', 'Ngày nhận đơn không được ở tương lai', 'The letter cannot arrive in the future');
    const id = await this.db.transaction(async (tx) => {
      const commune = await this.intake.communeOf(tx, actor, body.communeId);
      return (await this.registerIn(tx, actor, commune, body, receivedAt, now)).letterId;
    });
    return this.get(actor, id);
  }

  /**
   * A petition a citizen sent online (the public form, an Open311 client app): registered like a posted letter, channel
   * `online`, one matter, in the caller's transaction, so it waits in the same triage. The commune was checked by the
   * caller; a denouncer's e-mail goes to the vault with the rest of the identity.
   */
  async registerOnline(
    tx: EntityManager,
    sender: OnlineSender,
    commune: Commune,
    body: Omit<RegisterLetterRequest, 'channel' | 'communeId' | 'receivedAt' | 'senders'> & { senders: OnlineLetterSender[] },
    links: Pick<IntakeLinks, 'lookupPhone'>,
  ): Promise<{ letterId: string; letterCode: string; caseIds: string[] }> {
    const now = this.clock.now();
    return this.registerIn(tx, sender, commune, { ...body, channel: 'online' }, now, now, links);
  }

  /** Registers the letter and opens one case per matter, inside the caller's transaction. */
  private async registerIn(
    tx: EntityManager,
    caller: IntakeCaller,
    commune: Commune,
    body: Omit<RegisterLetterRequest, 'senders'> & { senders: OnlineLetterSender[] },
    receivedAt: Date,
    now: Date,
    links: Pick<IntakeLinks, 'lookupPhone'> = {},
  ): Promise<{ letterId: string; letterCode: string; caseIds: string[] }> {
    const signatories = body.signatoryCount ?? body.senders.length;
    // A letter that carries a denunciation keeps no name: the senders go to that case's vault only (Luật Tố cáo Art. 47).
    const confidential = body.matters.some((m) => m.type === 'denunciation');
    const mixed = body.matters.length > 1;
    const code = await nextCode(tx, commune.id, LETTER_CODE_PREFIX, Number(vnDateOf(receivedAt).slice(0, 4)));
    const senders = body.senders.map((s) => ({ ...s, fullName: s.fullName.trim() }));
    // The register keeps what form 01/XLD asks of a sender: no e-mail (it is only a channel for notices).
    const registered = senders.map(({ fullName, idNumber, address, phone }) => ({ fullName, idNumber, address, phone }));
    const letterId = await insertLetter(tx, {
      code,
      communeId: commune.id,
      provinceId: commune.province_id,
      neighbourhoodId: body.neighbourhoodId ?? null,
      channel: body.channel,
      receivedAt,
      senders: JSON.stringify(confidential ? [] : registered),
      senderCount: senders.length,
      signatoryCount: signatories,
      confidential,
      forwardedBy: body.forwardedBy?.trim() || null,
      documentNo: body.documentNo?.trim() || null,
      summary: body.summary.trim(),
      createdBy: isOnline(caller) ? null : caller.userId,
      createdAt: now,
    });
    const [first, ...others] = senders;
    const caseIds: string[] = [];
    for (const [i, matter] of body.matters.entries()) {
      const people =
        matter.type === 'denunciation'
          ? { ...(first ? { denouncer: first } : {}), ...(others.length ? { representatives: others } : {}) }
          : { ...(first ? { petitioner: first } : {}), ...(others.length ? { representatives: others } : {}) };
      // A forwarded letter's matters say which body sent it on.
      const forwardedBy = body.channel === 'forwarded' && body.forwardedBy ? `Cơ quan chuyển đến: ${body.forwardedBy}` : undefined;
      const content = joinLines(matter.content, forwardedBy);
      try {
        caseIds.push(
          await this.intake.open(
            tx,
            caller,
            {
              type: matter.type,
              channel: body.channel,
              category: matter.category,
              summary: matter.summary,
              ...(content ? { content } : {}),
              receivedAt: receivedAt.toISOString(),
              communeId: commune.id,
              ...(body.neighbourhoodId ? { neighbourhoodId: body.neighbourhoodId } : {}),
              ...(matter.leadAgencyId ? { leadAgencyId: matter.leadAgencyId } : {}),
              ...(matter.learnedAt ? { learnedAt: matter.learnedAt } : {}),
              groupSize: Math.max(signatories, 1),
              ...people,
            },
            { letterId, sealTime: mixed && matter.type === 'denunciation', ...links },
          ),
        );
      } catch (error) {
        throw inMatter(error, i);
      }
    }
    return { letterId, letterCode: code, caseIds };
  }

  async get(actor: Actor, id: string): Promise<LetterDto> {
    const [letter] = await this.letters(actor, { id }, 1);
    if (!letter) throw LetterErrors.notFound();
    return letter;
  }

  async list(actor: Actor, query: LetterListQueryDto): Promise<LetterPage> {
    const filter: LetterFilter = {
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.receivedFrom ? { receivedFrom: new Date(query.receivedFrom) } : {}),
      ...(query.receivedTo ? { receivedTo: new Date(query.receivedTo) } : {}),
      ...(query.pending !== undefined ? { pending: query.pending } : {}),
    };
    return { items: await this.letters(actor, filter, query.limit ?? DEFAULT_PAGE, this.reads) };
  }

  /** Letters of the caller's commune (or province), newest first, with the matters the caller may reach. */
  private async letters(actor: Actor, filter: LetterFilter, limit: number, db: Queryable = this.db): Promise<LetterDto[]> {
    const area = scopeOf(actor, 'area');
    if (area.kind === 'none') return [];
    const rows = await letterRows(db, area, filter, limit);
    if (!rows.length) return [];
    const matters = await casesOfLetters<SummaryRow & { letter_id: string }>(
      db,
      SUMMARY_COLUMNS,
      rows.map((r) => r.id),
      scopeOf(actor, 'case'),
    );
    return rows.map((r) =>
      toLetterDto(
        r,
        matters.filter((m) => m.letter_id === r.id).map((m) => this.cases.toSummary(m)),
      ),
    );
  }
}

function joinLines(...lines: (string | undefined)[]): string {
  return lines.filter((l) => l && l.trim()).join('\n\n');
}
