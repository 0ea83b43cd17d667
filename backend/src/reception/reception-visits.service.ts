import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GROUP_VISIT_MIN_PEOPLE, type ReceptionVisitDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { IntakeService } from '../cases/intake.service';
import { isNeighbourhoodOf } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import type { LogVisitDto } from './dto/reception.dto';
import { communeOf } from './reception-commune';
import { visitsWhere } from './reception-desk.read-model';
import { ReceptionErrors } from './reception.errors';
import { insertVisit, sessionOfCommune } from './reception.repository';

/** Group visits of up to 10 people send 1–2 representatives (Nghị định 64/2014/NĐ-CP Art. 4). */
const SMALL_GROUP_MAX_PEOPLE = 10;
const SMALL_GROUP_MAX_REPRESENTATIVES = 2;

/** The visits logged at a session, and the cases each visit opens (one reception case per matter, through the case engine). */
@Injectable()
export class ReceptionVisitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly intake: IntakeService,
    private readonly clock: Clock,
  ) {}

  /**
   * Logs a visit at an open session: the register row, and one reception case per matter (mixed content is split),
   * all in one transaction. A lawful refusal is recorded on the visit and opens no case. Each case starts the
   * 10-working-day reply clock at once (Luật Tiếp công dân Art. 28(1), the machine's `logged` state).
   */
  async logVisit(actor: Actor, sessionId: string, body: LogVisitDto): Promise<ReceptionVisitDto> {
    const communeId = communeOf(actor);
    validateVisit(body);
    const visitId = await this.db.transaction(async (tx) => {
      // The session is checked first and locked last: every desk of the commune logs into it, so its row lock (which
      // numbers the visits and keeps a closing session from taking one more) is held only for the register row itself,
      // not while the visit's cases are opened. The lock re-checks that it is still open.
      const checkSession = async (lock: boolean) => {
        const session = await sessionOfCommune(tx, sessionId, communeId, lock);
        if (!session) throw ReceptionErrors.sessionNotFound();
        if (session.status !== 'open') throw ReceptionErrors.notOpen();
        // The register is kept per day: a visit today never goes into a session of another day left open.
        const today = vnDateOf(this.clock.now());
        if (session.session_date !== today) throw ReceptionErrors.otherDay(session.session_date, today);
      };
      await checkSession(false);
      if (body.neighbourhoodId && !(await isNeighbourhoodOf(tx, body.neighbourhoodId, communeId)))
        throw ReceptionErrors.invalid(
          'neighbourhoodId',
          'Tổ dân phố/thôn không thuộc xã/phường này',
          'The neighbourhood is not in this commune',
        );
      const now = this.clock.now();
      const citizen = body.citizen;
      // A visit that brings a denunciation keeps no identity: the citizen and any representative go to the vault of the
      // denunciation case only (Luật Tố cáo 2018 Art. 47); named matters of the same visit carry their own parties.
      const sealed = body.contents.some((c) => c.contentType === 'denunciation');
      const matters = body.refusal ? [] : await this.openMatters(tx, actor, sessionId, body, now);
      await checkSession(true);
      return insertVisit(tx, {
        sessionId,
        communeId,
        now,
        citizenName: sealed ? null : citizen.fullName.trim(),
        idNumber: sealed ? null : (citizen.idNumber ?? null),
        address: sealed ? null : citizen.address?.trim() || null,
        phone: sealed ? null : (citizen.phone ?? null),
        groupSize: body.groupSize ?? 1,
        representatives: JSON.stringify(sealed ? [] : (body.representatives ?? [])),
        neighbourhoodId: body.neighbourhoodId ?? null,
        previouslyHandledBy: body.previouslyHandledBy?.trim() || null,
        refusalReason: body.refusal?.reason ?? null,
        refusalNote: body.refusal?.note?.trim() || null,
        createdBy: actor.userId,
        sealed,
        matters,
      });
    });
    const [visit] = await visitsWhere(this.db, `v.id = $1`, [visitId], this.clock.now());
    return visit;
  }

  /** Opens the cases of a visit's matters (before the visit's register row is numbered): one reception case each, and
   * the complaint or denunciation case it brings. */
  private async openMatters(
    tx: EntityManager,
    actor: Actor,
    sessionId: string,
    body: LogVisitDto,
    now: Date,
  ): Promise<{ caseId: string; position: number; contentType: string }[]> {
    const citizen = body.citizen;
    const matters: { caseId: string; position: number; contentType: string }[] = [];
    const people = {
      ...(body.neighbourhoodId ? { neighbourhoodId: body.neighbourhoodId } : {}),
      groupSize: body.groupSize ?? 1,
    };
    const named = {
      petitioner: citizen,
      ...(body.representatives?.length ? { representatives: body.representatives } : {}),
    };
    for (const [position, content] of body.contents.entries()) {
      const denunciation = content.contentType === 'denunciation';
      const matter = {
        category: content.category,
        summary: content.summary,
        ...(content.content ? { content: content.content } : {}),
        receivedAt: now.toISOString(),
        ...people,
      };
      // The reception case keeps the visit and its 10-working-day reply clock (Luật Tiếp công dân Art. 28(1)).
      const receptionCaseId = await this.intake.open(
        tx,
        actor,
        {
          type: 'reception',
          channel: 'reception',
          ...matter,
          ...(denunciation ? {} : named),
          ...(body.duplicateOf ? { duplicateOf: body.duplicateOf } : {}),
          sessionId,
        },
        denunciation && citizen.phone ? { lookupPhone: citizen.phone } : {},
      );
      matters.push({ caseId: receptionCaseId, position, contentType: content.contentType });
      // A complaint or denunciation opens its own case at once: its statutory clock runs from the day it was brought.
      if (content.contentType === 'complaint' || denunciation) {
        await this.intake.open(
          tx,
          actor,
          {
            type: content.contentType,
            channel: 'reception',
            ...matter,
            ...(denunciation
              ? {
                  denouncer: citizen,
                  ...(body.representatives?.length ? { representatives: body.representatives } : {}),
                }
              : named),
          },
          { openedFromCaseId: receptionCaseId, sealTime: denunciation },
        );
      }
    }
    return matters;
  }

  async visit(actor: Actor, visitId: string): Promise<ReceptionVisitDto> {
    const [visit] = await visitsWhere(this.db, `v.id = $1 AND v.commune_id = $2`, [visitId, communeOf(actor)], this.clock.now());
    if (!visit) throw ReceptionErrors.visitNotFound();
    return visit;
  }
}

function validateVisit(body: LogVisitDto): void {
  if (!body.refusal && body.contents.length === 0)
    throw ReceptionErrors.invalid(
      'contents',
      'Cần ít nhất một nội dung (khiếu nại, tố cáo, kiến nghị, phản ánh)',
      'At least one matter is needed',
    );
  if (body.refusal && body.contents.length > 0)
    throw ReceptionErrors.invalid('contents', 'Lượt tiếp bị từ chối không mở hồ sơ', 'A refused visit opens no case');
  const people = body.groupSize ?? 1;
  const representatives = body.representatives?.length ?? 0;
  if (people >= GROUP_VISIT_MIN_PEOPLE && representatives === 0)
    throw ReceptionErrors.invalid(
      'representatives',
      'Đoàn đông người cần cử người đại diện (1–5 người)',
      'A group visit needs 1–5 representatives',
    );
  if (people <= SMALL_GROUP_MAX_PEOPLE && representatives > SMALL_GROUP_MAX_REPRESENTATIVES)
    throw ReceptionErrors.invalid(
      'representatives',
      'Đoàn từ 5 đến 10 người cử 1–2 người đại diện (Nghị định 64/2014/NĐ-CP Điều 4)',
      'A group of 5–10 people sends 1–2 representatives',
    );
}
