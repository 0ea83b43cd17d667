import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BriefingDto, SentimentChannel, SentimentNoteDto } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { neighbourhoodFacts } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { isBlocHead, type BlocArea } from './bloc-access';
import { BlocErrors } from './bloc.errors';
import { briefingRows, noteById, notesOf, notesOfBriefings } from './bloc.read-model';
import { insertBriefing, insertSentimentNote } from './bloc.repository';
import { BlocService, serving } from './bloc.service';
import type { CreateBriefingDto, CreateSentimentNoteDto, NotesQueryDto, SentimentNoteInputDto } from './dto/bloc.dto';

/**
 * The bloc's periodic briefings (giao ban) and what its members hear of what people think through the channels with
 * no record of their own elsewhere (union meetings, neighbourhood meetings, field surveys).
 */
@Injectable()
export class BlocBriefingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bloc: BlocService,
  ) {}

  async briefings(actor: Actor, communeId?: string, year?: number): Promise<BriefingDto[]> {
    const area = await this.bloc.area(actor, communeId);
    const rows = await briefingRows(this.db.manager, area.communeId, year ?? null);
    const [members, notes] = await Promise.all([
      this.bloc.members(this.db.manager, area.communeId),
      notesOfBriefings(
        this.db.manager,
        rows.map((r) => r.id),
      ),
    ]);
    const names = new Map(members.map((m) => [m.id, m.fullName]));
    return rows.map((b) => ({
      id: b.id,
      heldOn: b.held_on,
      summary: b.summary,
      attendees: b.attendee_ids.map((id) => ({
        id,
        fullName: names.get(id) ?? '',
      })),
      situations: notes.filter((s) => s.briefingId === b.id).map((s) => s.note),
    }));
  }

  /** The head records a briefing: the members present, what was said, and the situations heard there. */
  async createBriefing(actor: Actor, body: CreateBriefingDto): Promise<BriefingDto> {
    const area = await this.bloc.headArea(actor, body.communeId);
    this.notFuture('heldOn', body.heldOn);
    const id = await this.db.transaction(async (tx) => {
      for (const [i, memberId] of body.attendeeIds.entries()) {
        const m = await this.bloc.memberOf(tx, area.communeId, memberId, `attendeeIds.${i}`);
        if (!serving(m, body.heldOn))
          throw BlocErrors.invalid(
            `attendeeIds.${i}`,
            'Thành viên không trong nhiệm kỳ vào ngày giao ban',
            'Not serving on the day of the briefing',
          );
      }
      const id = await insertBriefing(tx, {
        communeId: area.communeId,
        heldOn: body.heldOn,
        summary: body.summary.trim(),
        attendeeIds: [...new Set(body.attendeeIds)],
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      });
      for (const [i, s] of (body.situations ?? []).entries())
        await this.insertNote(tx, actor, area, { ...s, channel: 'briefing', notedOn: body.heldOn, briefingId: id }, `situations.${i}`);
      return id;
    });
    const saved = (await this.briefings(actor, area.communeId)).find((b) => b.id === id);
    if (!saved) throw BlocErrors.notFound();
    return saved;
  }

  async notes(actor: Actor, query: NotesQueryDto): Promise<SentimentNoteDto[]> {
    const area = await this.bloc.area(actor, query.communeId);
    return notesOf(this.db.manager, area.communeId, query.from ?? null, query.to ?? null);
  }

  /** The head or any serving member notes what people think; the reporter is the caller's member record by default. */
  async createNote(actor: Actor, body: CreateSentimentNoteDto): Promise<SentimentNoteDto> {
    const area = await this.bloc.area(actor, body.communeId);
    const own = await this.bloc.memberIdOf(this.db.manager, actor, area.communeId);
    if (!isBlocHead(actor, area) && !own)
      throw BlocErrors.forbidden(
        'Chỉ thành viên khối dân vận được ghi nhận tình hình nhân dân',
        'Only members of the bloc note what people think',
      );
    this.notFuture('notedOn', body.notedOn);
    const id = await this.db.transaction((tx) =>
      this.insertNote(
        tx,
        actor,
        area,
        {
          ...body,
          reporterMemberId: body.reporterMemberId ?? own ?? undefined,
        },
        '',
      ),
    );
    return noteById(this.db.manager, id);
  }

  private async insertNote(
    tx: EntityManager,
    actor: Actor,
    area: BlocArea,
    note: SentimentNoteInputDto & {
      channel: SentimentChannel;
      notedOn: string;
      briefingId?: string;
    },
    prefix: string,
  ): Promise<string> {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    if (note.neighbourhoodId) {
      const [found] = await neighbourhoodFacts(tx, [note.neighbourhoodId]);
      if (found?.commune_id !== area.communeId)
        throw BlocErrors.invalid(
          field('neighbourhoodId'),
          'Không tìm thấy tổ dân phố/thôn trong xã/phường',
          'Neighbourhood not found in the commune',
        );
    }
    if (note.reporterMemberId) await this.bloc.memberOf(tx, area.communeId, note.reporterMemberId, field('reporterMemberId'));
    return insertSentimentNote(tx, {
      communeId: area.communeId,
      channel: note.channel,
      notedOn: note.notedOn,
      neighbourhoodId: note.neighbourhoodId ?? null,
      category: note.category,
      level: note.level,
      content: note.content.trim(),
      reporterMemberId: note.reporterMemberId ?? null,
      briefingId: note.briefingId ?? null,
      createdBy: actor.userId,
      createdAt: this.clock.now(),
    });
  }

  private notFuture(field: string, day: string): void {
    if (day > this.bloc.today()) throw BlocErrors.invalid(field, 'Ngày không được ở tương lai', 'The date cannot be in the future');
  }
}
