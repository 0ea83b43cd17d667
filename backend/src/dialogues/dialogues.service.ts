import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DialogueDetailDto, DialogueSummaryDto } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { caseInScope } from '../cases/case-read-model';
import { CasesService } from '../cases/cases.service';
import { agencyFacts, neighbourhoodFacts } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { dialogueScope } from './dialogue-scope';
import {
  attachmentsOf,
  commitmentsOf,
  listSessions,
  opinionsOf,
  sessionDetail,
  sessionOpinionRows,
  toSummary,
} from './dialogue.read-model';
import {
  deleteOpinions,
  insertOpinion,
  insertSession,
  recordSessionMinutes,
  updateOpinion,
  type OpinionValues,
} from './dialogue.repository';
import { assertWriter, lockedSession } from './dialogue-writes';
import { DialogueErrors } from './dialogues.errors';
import type { CreateDialogueDto, DialogueListQueryDto, RecordMinutesDto } from './dto/dialogue.dto';
import { scopeOf } from '../access/policy';

/**
 * Dialogue sessions: the list, a session's page, scheduling one and recording its minutes. Commitments, opinions →
 * cases and the minutes' files are their own services beside this one; `DialogueStatistics` is the read model other
 * contexts use.
 */
@Injectable()
export class DialoguesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: DialogueListQueryDto): Promise<DialogueSummaryDto[]> {
    const params: unknown[] = [this.clock.now()];
    const where = [dialogueScope(actor, params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.kind) add((n) => `d.kind = $${n}`, query.kind);
    if (query.communeId) add((n) => `d.commune_id = $${n}`, query.communeId);
    if (query.caseId) add((n) => `d.case_id = $${n}`, query.caseId);
    if (query.from) add((n) => `d.held_on >= $${n}::date`, query.from);
    if (query.to) add((n) => `d.held_on <= $${n}::date`, query.to);
    return (await listSessions(this.db.manager, where, params)).map(toSummary);
  }

  async get(actor: Actor, id: string, tx: EntityManager = this.db.manager): Promise<DialogueDetailDto> {
    const now = this.clock.now();
    const row = await sessionDetail(tx, actor, id, now);
    if (!row) throw DialogueErrors.notFound();
    const [opinions, commitments, attachments] = await Promise.all([opinionsOf(tx, id), commitmentsOf(tx, id, now), attachmentsOf(tx, id)]);
    return {
      ...toSummary(row),
      chairs: row.chairs,
      invitedAgencyIds: row.invited_agency_ids,
      participantCount: row.participant_count,
      representatives: row.representatives,
      topics: row.topics,
      minutesSummary: row.minutes_summary,
      caseCode: row.case_code,
      opinions,
      commitments,
      attachments,
    };
  }

  /**
   * Creates a session. Linked to a complaint, it is that complaint's dialogue: the case's agency schedules it through
   * the engine (SCHEDULE_DIALOGUE, which refuses less than 5 days' notice), in the same transaction.
   */
  async create(actor: Actor, body: CreateDialogueDto): Promise<DialogueDetailDto> {
    assertWriter(actor);
    const id = await this.db.transaction(async (tx) => {
      let communeId = body.communeId ?? actor.communeId;
      if (body.caseId) {
        const linked = await caseInScope(tx, scopeOf(actor, 'case'), body.caseId);
        if (!linked) throw DialogueErrors.invalid('caseId', 'Không tìm thấy hồ sơ', 'Case not found');
        if (linked.type !== 'complaint')
          throw DialogueErrors.invalid('caseId', 'Chỉ đơn khiếu nại có đối thoại bắt buộc', 'Only complaints have a mandatory dialogue');
        communeId = linked.commune_id;
      }
      const commune = await this.communeOf(tx, actor, communeId ?? undefined);
      await this.checkNeighbourhood(tx, commune.id, body.neighbourhoodId);
      if (body.invitedAgencyIds?.length) {
        const found = (await agencyFacts(tx, body.invitedAgencyIds)).filter(
          (a) => a.province_id === commune.province_id || a.id === commune.province_id,
        );
        if (found.length !== new Set(body.invitedAgencyIds).size)
          throw DialogueErrors.invalid(
            'invitedAgencyIds',
            'Có cơ quan được mời không thuộc tỉnh',
            'An invited agency is not in the province',
          );
      }
      const id = await insertSession(tx, {
        kind: body.kind,
        title: body.title.trim(),
        heldOn: body.date,
        place: body.place.trim(),
        communeId: commune.id,
        provinceId: commune.province_id,
        neighbourhoodId: body.neighbourhoodId ?? null,
        chairs: body.chairs.map((c) => c.trim()),
        invitedAgencyIds: body.invitedAgencyIds ?? [],
        participantCount: body.participantCount ?? 0,
        representatives: (body.representatives ?? []).map((r) => r.trim()).filter(Boolean),
        topics: (body.topics ?? []).map((t) => t.trim()).filter(Boolean),
        caseId: body.caseId ?? null,
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      });
      if (body.caseId) {
        await this.cases.applyEventInTransaction(tx, actor, body.caseId, {
          type: 'SCHEDULE_DIALOGUE',
          payload: {
            date: body.date,
            place: body.place.trim(),
            participants: [...body.chairs, ...(body.representatives ?? [])].map((p) => p.trim()).filter(Boolean),
          },
          note: body.title.trim(),
        });
      }
      return id;
    });
    return this.get(actor, id);
  }

  /**
   * Records the minutes: the summary and the opinions (edited ones keep their id; opinions already turned into cases
   * stay). The first time, a complaint's dialogue also records the minutes on the case (RECORD_DIALOGUE_MINUTES) so they
   * appear in its history.
   */
  async recordMinutes(actor: Actor, id: string, body: RecordMinutesDto): Promise<DialogueDetailDto> {
    assertWriter(actor);
    await this.db.transaction(async (tx) => {
      const row = await lockedSession(tx, actor, id);
      const existing = await sessionOpinionRows(tx, id);
      const byId = new Map(existing.map((o) => [o.id, o]));
      const kept = new Set<string>();
      body.opinions.forEach((o, i) => {
        if (!o.id) return;
        if (!byId.has(o.id))
          throw DialogueErrors.invalid(`opinions.${i}.id`, 'Ý kiến không thuộc biên bản này', 'The opinion is not in these minutes');
        kept.add(o.id);
      });
      const removed = existing.filter((o) => !kept.has(o.id));
      const raisedRemoved = removed.find((o) => o.case_id);
      if (raisedRemoved) throw DialogueErrors.opinionAlreadyRaised(`opinions[${raisedRemoved.seq}]`);
      if (removed.length)
        await deleteOpinions(
          tx,
          removed.map((o) => o.id),
        );
      let seq = Math.max(0, ...existing.filter((o) => kept.has(o.id)).map((o) => o.seq));
      for (const o of body.opinions) {
        const values: OpinionValues = [o.raisedBy?.trim() || null, o.content.trim(), o.answer?.trim() || null, o.category ?? 'other'];
        if (o.id) await updateOpinion(tx, o.id, values);
        else await insertOpinion(tx, id, ++seq, values);
      }
      await recordSessionMinutes(
        tx,
        id,
        body.summary.trim(),
        body.participantCount ?? null,
        body.representatives?.map((r) => r.trim()).filter(Boolean) ?? null,
        this.clock.now(),
      );
      if (row.case_id && row.status === 'scheduled') {
        await this.cases.applyEventInTransaction(tx, actor, row.case_id, {
          type: 'RECORD_DIALOGUE_MINUTES',
          payload: { minutes: minutesText(body) },
          note: row.title,
        });
      }
    });
    return this.get(actor, id);
  }

  private async communeOf(tx: EntityManager, actor: Actor, communeId: string | undefined): Promise<{ id: string; province_id: string }> {
    if (!communeId) throw DialogueErrors.invalid('communeId', 'Cần chọn xã/phường', 'Choose the commune');
    if (actor.communeId && communeId !== actor.communeId)
      throw DialogueErrors.invalid('communeId', 'Xã/phường ngoài địa bàn của bạn', 'The commune is outside your area');
    const [found] = await agencyFacts(tx, [communeId]);
    // A commune of the caller's province that is active (a caller with no province finds none).
    if (!found || found.kind !== 'commune' || !found.active || found.province_id === null || found.province_id !== actor.provinceId)
      throw DialogueErrors.invalid('communeId', 'Không tìm thấy xã/phường', 'Commune not found');
    return { id: found.id, province_id: found.province_id };
  }

  private async checkNeighbourhood(tx: EntityManager, communeId: string, neighbourhoodId: string | undefined): Promise<void> {
    if (!neighbourhoodId) return;
    const [found] = await neighbourhoodFacts(tx, [neighbourhoodId]);
    if (found?.commune_id !== communeId)
      throw DialogueErrors.invalid(
        'neighbourhoodId',
        'Tổ dân phố/thôn không thuộc xã/phường này',
        'The neighbourhood is not in this commune',
      );
  }
}

/** The minutes as the case history shows them: the summary, then each opinion with who raised it and the answer. */
export function minutesText(body: Pick<RecordMinutesDto, 'summary' | 'opinions'>): string {
  const lines = body.opinions.map(
    (o, i) =>
      `${i + 1}. ${o.raisedBy?.trim() ? `${o.raisedBy.trim()}: ` : ''}${o.content.trim()}${o.answer?.trim() ? ` — Trả lời: ${o.answer.trim()}` : ''}`,
  );
  return [body.summary.trim(), ...(lines.length ? ['Ý kiến:', ...lines] : [])].join('\n').slice(0, 10_000);
}
