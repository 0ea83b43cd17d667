import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BriefingDto, CaseCategory, SentimentChannel, SentimentLevel, SentimentNoteDto } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { neighbourhoodFacts, neighbourhoodNameSql } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { isBlocHead, type BlocArea } from './bloc-access';
import { BlocErrors } from './bloc.errors';
import { BlocService, serving } from './bloc.service';
import type { CreateBriefingDto, CreateSentimentNoteDto, NotesQueryDto, SentimentNoteInputDto } from './dto/bloc.dto';

interface NoteRow {
  id: string;
  channel: SentimentChannel;
  noted_on: string;
  neighbourhood_id: string | null;
  neighbourhood_name: string | null;
  category: CaseCategory;
  level: SentimentLevel;
  content: string;
  reporter_name: string | null;
  briefing_id: string | null;
}

const NOTE_SQL = `SELECT s.id, s.channel, s.noted_on::text AS noted_on, s.neighbourhood_id, ${neighbourhoodNameSql('s.neighbourhood_id')} AS neighbourhood_name,
    s.category, s.level, s.content, r.full_name AS reporter_name, s.briefing_id
  FROM sentiment_notes s LEFT JOIN bloc_members r ON r.id = s.reporter_member_id`;

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
    const rows: {
      id: string;
      held_on: string;
      summary: string;
      attendee_ids: string[];
    }[] = await this.db.query(
      `SELECT id, held_on::text AS held_on, summary, attendee_ids FROM bloc_briefings
         WHERE commune_id = $1 AND ($2::int IS NULL OR extract(year FROM held_on)::int = $2) ORDER BY held_on DESC, created_at DESC LIMIT 100`,
      [area.communeId, year ?? null],
    );
    const [members, notes] = await Promise.all([
      this.bloc.members(this.db.manager, area.communeId),
      this.db.query(`${NOTE_SQL} WHERE s.briefing_id = ANY($1::uuid[]) ORDER BY s.created_at`, [rows.map((r) => r.id)]) as Promise<
        NoteRow[]
      >,
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
      situations: notes.filter((s) => s.briefing_id === b.id).map(toNote),
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
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO bloc_briefings (commune_id, held_on, summary, attendee_ids, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [area.communeId, body.heldOn, body.summary.trim(), [...new Set(body.attendeeIds)], actor.userId, this.clock.now()],
      );
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
    const rows: NoteRow[] = await this.db.query(
      `${NOTE_SQL} WHERE s.commune_id = $1 AND ($2::date IS NULL OR s.noted_on >= $2) AND ($3::date IS NULL OR s.noted_on <= $3)
       ORDER BY s.noted_on DESC, s.created_at DESC LIMIT 200`,
      [area.communeId, query.from ?? null, query.to ?? null],
    );
    return rows.map(toNote);
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
    const rows: NoteRow[] = await this.db.query(`${NOTE_SQL} WHERE s.id = $1`, [id]);
    return toNote(rows[0]);
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
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO sentiment_notes (commune_id, channel, noted_on, neighbourhood_id, category, level, content, reporter_member_id, briefing_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        area.communeId,
        note.channel,
        note.notedOn,
        note.neighbourhoodId ?? null,
        note.category,
        note.level,
        note.content.trim(),
        note.reporterMemberId ?? null,
        note.briefingId ?? null,
        actor.userId,
        this.clock.now(),
      ],
    );
    return id;
  }

  private notFuture(field: string, day: string): void {
    if (day > this.bloc.today()) throw BlocErrors.invalid(field, 'Ngày không được ở tương lai', 'The date cannot be in the future');
  }
}

function toNote(r: NoteRow): SentimentNoteDto {
  return {
    id: r.id,
    channel: r.channel,
    notedOn: r.noted_on,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
    category: r.category,
    level: r.level,
    content: r.content,
    reporterName: r.reporter_name,
  };
}
