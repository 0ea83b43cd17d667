import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DUPLICATE_LOOKBACK_MONTHS,
  GROUP_VISIT_MIN_PEOPLE,
  RECEPTION_REFUSAL_LABELS,
  type BilingualText,
  type CarriedOverCaseDto,
  type CloseReceptionSessionResponse,
  type DuplicateCandidateDto,
  type DuplicateCheckResponse,
  type IsoDate,
  type ReceptionLeader,
  type ReceptionRefusalReason,
  type ReceptionScheduleDto,
  type ReceptionSessionDetailDto,
  type ReceptionSessionDto,
  type ReceptionTodayDto,
  type ReceptionVisitDto,
} from '@tiep-dan/contracts';
import {
  formatIsoDate,
  parseIsoDate,
  vnDateOf,
  vnTimeOf,
  type WorkingCalendar,
} from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { caseScopeOf, type Actor } from '../access/actor';
import { scopeCondition } from '../cases/case-scope';
import { CasesService } from '../cases/cases.service';
import { IntakeService } from '../cases/intake.service';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';
import { Clock } from '../platform/clock/clock';
import {
  SIMILAR_SUMMARY_THRESHOLD,
  summarySimilarity,
} from './duplicate-similarity';
import type {
  LogVisitDto,
  OpenReceptionSessionDto,
  UpdateReceptionScheduleDto,
} from './dto/reception.dto';
import {
  DEFAULT_RECEPTION_HOURS,
  DEFAULT_RECEPTION_WEEKDAY,
  receptionDayOn,
  receptionDaysFrom,
} from './reception-days';
import { ReceptionErrors } from './reception.errors';
import {
  communeName,
  directionOf,
  labelOf,
  toVisitCase,
  SEALED_DENOUNCER,
  UNRESOLVED_RECEPTION_STATES,
  VISIT_CASE_COLUMNS,
  VISIT_CASE_JOINS,
  type VisitCaseRow,
} from './reception-queries';

/** Group visits of up to 10 people send 1–2 representatives (Nghị định 64/2014/NĐ-CP Art. 4). */
const SMALL_GROUP_MAX_PEOPLE = 10;
const SMALL_GROUP_MAX_REPRESENTATIVES = 2;
const DUPLICATE_SCAN_LIMIT = 500;
/**
 * Candidates for a duplicate: never a denunciation (letters, or one brought to the desk: that would tie the denouncer
 * to it), and never the statutory case a visit's matter opened (its reception case already stands for that visit).
 */
const NOT_DENUNCIATION = `c.type <> 'denunciation' AND vc.content_type IS DISTINCT FROM 'denunciation' AND c.opened_from_case_id IS NULL`;
const MAX_DUPLICATES = 10;

interface SessionRow {
  id: string;
  commune_id: string;
  commune_name: string;
  kind: ReceptionSessionDto['kind'];
  session_date: string;
  moved_from: string | null;
  start_time: string;
  end_time: string;
  place: string;
  leaders: ReceptionLeader[];
  reason: string | null;
  led_by: ReceptionSessionDto['ledBy'];
  status: ReceptionSessionDto['status'];
  opened_at: Date | null;
  closed_at: Date | null;
  visit_count: number;
}

const SESSION_COLUMNS = `s.id, s.commune_id, ag.name AS commune_name, s.kind, s.session_date::text AS session_date, s.moved_from::text AS moved_from,
  s.start_time, s.end_time, s.place, s.leaders, s.reason, s.led_by, s.status, s.opened_at, s.closed_at,
  (SELECT count(*)::int FROM reception_visits v WHERE v.session_id = s.id) AS visit_count`;

interface VisitRow {
  id: string;
  session_id: string;
  seq: number;
  visited_at: Date;
  /** Null when the visit is sealed (it brought a denunciation). */
  citizen_name: string | null;
  id_number: string | null;
  address: string | null;
  phone: string | null;
  group_size: number;
  representatives: {
    fullName: string;
    idNumber?: string;
    address?: string;
    phone?: string;
  }[];
  neighbourhood_id: string | null;
  previously_handled_by: string | null;
  refusal_reason: ReceptionRefusalReason | null;
  refusal_note: string | null;
}

type Db = Pick<EntityManager, 'query'>;

/**
 * The reception day: the commune's schedule, sessions (scheduled, ad hoc or regular), the visits logged at them, the
 * cases each visit opens (one reception case per matter, through the case engine), duplicate warnings and the
 * carry-over.
 */
@Injectable()
export class ReceptionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly intake: IntakeService,
    private readonly clock: Clock,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
  ) {}

  // ---- schedule ----------------------------------------------------------------------------------------------------

  async schedule(
    actor: Actor,
    db: Db = this.db,
  ): Promise<ReceptionScheduleDto> {
    const communeId = communeOf(actor);
    const rows: {
      weekday: number;
      start_time: string;
      end_time: string;
      place: string;
      leaders: ReceptionLeader[];
    }[] = await db.query(
      `SELECT weekday, start_time, end_time, place, leaders FROM reception_schedules WHERE commune_id = $1`,
      [communeId],
    );
    const row = rows[0];
    if (row)
      return {
        communeId,
        weekday: row.weekday,
        startTime: row.start_time,
        endTime: row.end_time,
        place: row.place,
        leaders: row.leaders,
        isDefault: false,
      };
    // Default: Monday morning at the commune's office, its leaders on duty.
    const leaders: { full_name: string }[] = await db.query(
      `SELECT full_name FROM users WHERE agency_id = $1 AND role = 'leader' AND active ORDER BY full_name`,
      [communeId],
    );
    const name = await communeName(db, communeId);
    return {
      communeId,
      weekday: DEFAULT_RECEPTION_WEEKDAY,
      startTime: DEFAULT_RECEPTION_HOURS.start,
      endTime: DEFAULT_RECEPTION_HOURS.end,
      place: `Trụ sở ${name}`,
      leaders: leaders.map((l) => ({
        name: l.full_name,
        title: `Lãnh đạo ${name}`,
      })),
      isDefault: true,
    };
  }

  async updateSchedule(
    actor: Actor,
    body: UpdateReceptionScheduleDto,
  ): Promise<ReceptionScheduleDto> {
    const communeId = communeOf(actor);
    await this.db.query(
      `INSERT INTO reception_schedules (commune_id, weekday, start_time, end_time, place, leaders, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (commune_id) DO UPDATE SET weekday = $2, start_time = $3, end_time = $4, place = $5, leaders = $6, updated_at = $7`,
      [
        communeId,
        body.weekday,
        body.startTime,
        body.endTime,
        body.place.trim(),
        JSON.stringify(body.leaders),
        this.clock.now(),
      ],
    );
    return this.schedule(actor);
  }

  async today(actor: Actor): Promise<ReceptionTodayDto> {
    const communeId = communeOf(actor);
    const schedule = await this.schedule(actor);
    const today = vnDateOf(this.clock.now());
    const open = await this.sessions(
      this.db,
      `s.commune_id = $1 AND s.status = 'open'`,
      [communeId],
    );
    // Only a session of today takes visits; one left open on an earlier day is shown apart, to be closed.
    return {
      now: this.clock.now().toISOString(),
      today,
      openSession: open.find((s) => s.date === today) ?? null,
      staleSession: open.find((s) => s.date !== today) ?? null,
      isReceptionDay:
        receptionDayOn(today, schedule.weekday, this.calendar) !== null,
      next: receptionDaysFrom(today, schedule.weekday, 4, this.calendar),
      schedule,
    };
  }

  async listSessions(
    actor: Actor,
    from?: IsoDate,
    to?: IsoDate,
  ): Promise<ReceptionSessionDto[]> {
    const params: unknown[] = [communeOf(actor)];
    const where = ['s.commune_id = $1'];
    if (from) where.push(`s.session_date >= $${params.push(from)}`);
    if (to) where.push(`s.session_date <= $${params.push(to)}`);
    return this.sessions(
      this.db,
      `${where.join(' AND ')} ORDER BY s.session_date DESC, s.created_at DESC LIMIT 100`,
      params,
    );
  }

  // ---- sessions ----------------------------------------------------------------------------------------------------

  /**
   * Opens today's scheduled session (refused on a day that is not the commune's reception day after holiday moves), an
   * ad-hoc one for a heated or crowd matter (Luật Tiếp công dân Art. 18), or the officers' regular reception (Art. 12).
   * A session planned by an earlier carry-over is the one opened, so its agenda is already there.
   */
  async openSession(
    actor: Actor,
    body: OpenReceptionSessionDto,
  ): Promise<ReceptionSessionDto> {
    const communeId = communeOf(actor);
    if (body.kind === 'ad_hoc' && !body.reason?.trim())
      throw ReceptionErrors.invalid(
        'reason',
        'Buổi tiếp đột xuất cần nêu lý do',
        'An ad-hoc session needs a reason',
      );
    if (body.kind === 'regular' && body.ledBy)
      throw ReceptionErrors.invalid(
        'ledBy',
        'Tiếp thường xuyên do cán bộ tiếp công dân thực hiện, không ghi lãnh đạo chủ trì',
        'The regular reception is held by the officers: it has no leader in charge',
      );
    // Report 01/TCD counts the head's own sessions apart from those an authorised deputy held.
    const ledBy = body.kind === 'regular' ? null : (body.ledBy ?? 'head');
    const id = await this.db.transaction(async (tx) => {
      // One open session per commune: the commune row serialises concurrent openings.
      await tx.query(`SELECT id FROM agencies WHERE id = $1 FOR UPDATE`, [
        communeId,
      ]);
      const open: { id: string; session_date: IsoDate }[] = await tx.query(
        `SELECT id, session_date::text AS session_date FROM reception_sessions WHERE commune_id = $1 AND status = 'open'`,
        [communeId],
      );
      const now = this.clock.now();
      const today = vnDateOf(now);
      if (open[0])
        throw open[0].session_date === today
          ? ReceptionErrors.alreadyOpen(open[0].id)
          : ReceptionErrors.staleOpen(open[0].id, open[0].session_date);
      const schedule = await this.schedule(actor, tx);
      // The regular reception is the officers': no leader on duty unless named.
      const leaders = JSON.stringify(
        body.leaders ?? (body.kind === 'regular' ? [] : schedule.leaders),
      );
      const place = body.place?.trim() || schedule.place;
      if (body.kind !== 'scheduled') {
        // An ad-hoc session or the officers' regular reception: opened now, on any day.
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO reception_sessions (commune_id, kind, session_date, start_time, end_time, place, leaders, reason, status, opened_at, opened_by, led_by)
           VALUES ($1, $9, $2, $3, $3, $4, $5, $6, 'open', $7, $8, $10) RETURNING id`,
          [
            communeId,
            today,
            vnTimeOf(now),
            place,
            leaders,
            body.kind === 'ad_hoc' ? body.reason?.trim() : null,
            now,
            actor.userId,
            body.kind,
            ledBy,
          ],
        );
        return rows[0].id;
      }
      const day = receptionDayOn(today, schedule.weekday, this.calendar);
      if (!day)
        throw ReceptionErrors.notReceptionDay(
          receptionDaysFrom(today, schedule.weekday, 1, this.calendar)[0].date,
        );
      const planned = await this.plannedSession(
        tx,
        communeId,
        day.date,
        day.movedFrom,
        schedule,
      );
      const [{ status }]: { status: string }[] = await tx.query(
        `SELECT status FROM reception_sessions WHERE id = $1`,
        [planned],
      );
      if (status === 'closed') throw ReceptionErrors.alreadyClosed();
      await tx.query(
        `UPDATE reception_sessions SET status = 'open', opened_at = $2, opened_by = $3, place = $4, leaders = $5, led_by = $6 WHERE id = $1`,
        [planned, now, actor.userId, place, leaders, ledBy],
      );
      return planned;
    });
    return this.session(actor, id);
  }

  /**
   * Where a closing session's unresolved cases go: the first scheduled reception day after it that has not passed and
   * whose session is not already closed. A session closed days late (left open since an earlier Monday) carries over to
   * today's session or a later one, never to a day gone by.
   */
  private async nextSessionAfter(
    tx: EntityManager,
    communeId: string,
    sessionDate: IsoDate,
    schedule: ReceptionScheduleDto,
  ): Promise<string> {
    const today = parseIsoDate(vnDateOf(this.clock.now()));
    let from = Math.max(parseIsoDate(sessionDate) + 1, today);
    for (;;) {
      const next = receptionDaysFrom(
        formatIsoDate(from),
        schedule.weekday,
        1,
        this.calendar,
      )[0];
      const id = await this.plannedSession(
        tx,
        communeId,
        next.date,
        next.movedFrom,
        schedule,
      );
      const [{ status }]: { status: string }[] = await tx.query(
        `SELECT status FROM reception_sessions WHERE id = $1`,
        [id],
      );
      if (status !== 'closed') return id;
      from = parseIsoDate(next.date) + 1;
    }
  }

  /** The scheduled session of a day, created as 'planned' if it does not exist yet. */
  private async plannedSession(
    tx: EntityManager,
    communeId: string,
    date: IsoDate,
    movedFrom: IsoDate | null,
    schedule: ReceptionScheduleDto,
  ): Promise<string> {
    await tx.query(
      `INSERT INTO reception_sessions (commune_id, kind, session_date, moved_from, start_time, end_time, place, leaders, status)
       VALUES ($1, 'scheduled', $2, $3, $4, $5, $6, $7, 'planned')
       ON CONFLICT (commune_id, session_date) WHERE kind = 'scheduled' DO NOTHING`,
      [
        communeId,
        date,
        movedFrom,
        schedule.startTime,
        schedule.endTime,
        schedule.place,
        JSON.stringify(schedule.leaders),
      ],
    );
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM reception_sessions WHERE commune_id = $1 AND session_date = $2 AND kind = 'scheduled'`,
      [communeId, date],
    );
    return rows[0].id;
  }

  /**
   * Closes a session: every case of its visits and of its agenda that is still unresolved is carried over (the
   * machine's CARRY_OVER) to the next scheduled session's agenda, all in one transaction.
   */
  async closeSession(
    actor: Actor,
    sessionId: string,
  ): Promise<CloseReceptionSessionResponse> {
    const communeId = communeOf(actor);
    const { nextId, carried } = await this.db.transaction(async (tx) => {
      const rows: { id: string; status: string; session_date: string }[] =
        await tx.query(
          `SELECT id, status, session_date::text AS session_date FROM reception_sessions WHERE id = $1 AND commune_id = $2 FOR UPDATE`,
          [sessionId, communeId],
        );
      const session = rows[0];
      if (!session) throw ReceptionErrors.sessionNotFound();
      if (session.status !== 'open') throw ReceptionErrors.notOpen();
      const schedule = await this.schedule(actor, tx);
      const nextId = await this.nextSessionAfter(
        tx,
        communeId,
        session.session_date,
        schedule,
      );
      const unresolved: { id: string }[] = await tx.query(
        `SELECT c.id FROM cases c
         WHERE c.type = 'reception' AND c.state = ANY($2::text[])
           AND (c.id IN (SELECT vc.case_id FROM reception_visit_cases vc JOIN reception_visits v ON v.id = vc.visit_id WHERE v.session_id = $1)
             OR c.id IN (SELECT g.case_id FROM reception_agenda g WHERE g.session_id = $1))
         ORDER BY c.received_at, c.code`,
        [sessionId, UNRESOLVED_RECEPTION_STATES],
      );
      for (const { id } of unresolved) {
        await this.cases.applyEventInTransaction(tx, actor, id, {
          type: 'CARRY_OVER',
          payload: { sessionId: nextId },
        });
        await tx.query(
          `INSERT INTO reception_agenda (session_id, case_id, from_session_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [nextId, id, sessionId, this.clock.now()],
        );
      }
      await tx.query(
        `UPDATE reception_sessions SET status = 'closed', closed_at = $2, closed_by = $3 WHERE id = $1`,
        [sessionId, this.clock.now(), actor.userId],
      );
      return { nextId, carried: unresolved.map((u) => u.id) };
    });
    const agenda = await this.agenda(nextId);
    return {
      session: await this.session(actor, sessionId),
      carriedOver: agenda.filter((a) => carried.includes(a.id)),
      nextSession: await this.session(actor, nextId),
    };
  }

  async session(actor: Actor, sessionId: string): Promise<ReceptionSessionDto> {
    const rows = await this.sessions(
      this.db,
      `s.id = $1 AND s.commune_id = $2`,
      [sessionId, communeOf(actor)],
    );
    if (!rows[0]) throw ReceptionErrors.sessionNotFound();
    return rows[0];
  }

  async sessionDetail(
    actor: Actor,
    sessionId: string,
  ): Promise<ReceptionSessionDetailDto> {
    const session = await this.session(actor, sessionId);
    const visits = await this.visits(`v.session_id = $1`, [sessionId]);
    return { ...session, visits, agenda: await this.agenda(sessionId) };
  }

  private async sessions(
    db: Db,
    where: string,
    params: unknown[],
  ): Promise<ReceptionSessionDto[]> {
    const rows: SessionRow[] = await db.query(
      `SELECT ${SESSION_COLUMNS} FROM reception_sessions s JOIN agencies ag ON ag.id = s.commune_id WHERE ${where}`,
      params,
    );
    return rows.map((r) => this.toSession(r));
  }

  private toSession(r: SessionRow): ReceptionSessionDto {
    const movedBecause: BilingualText | null = r.moved_from
      ? (this.calendar.whyNotWorking(r.moved_from)?.name ?? null)
      : null;
    return {
      id: r.id,
      communeId: r.commune_id,
      communeName: r.commune_name,
      kind: r.kind,
      date: r.session_date,
      movedFrom: r.moved_from,
      movedBecause,
      startTime: r.start_time,
      endTime: r.end_time,
      place: r.place,
      leaders: r.leaders,
      reason: r.reason,
      ledBy: r.led_by,
      status: r.status,
      openedAt: r.opened_at ? new Date(r.opened_at).toISOString() : null,
      closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      visitCount: r.visit_count,
    };
  }

  private async agenda(sessionId: string): Promise<CarriedOverCaseDto[]> {
    const rows: (VisitCaseRow & {
      from_session_id: string;
      from_date: string;
      citizen_name: string | null;
    })[] = await this.db.query(
      `SELECT ${VISIT_CASE_COLUMNS}, g.from_session_id, fs.session_date::text AS from_date,
         CASE WHEN vc.content_type = 'denunciation' THEN NULL ELSE v.citizen_name END AS citizen_name
       FROM reception_agenda g
       JOIN reception_sessions fs ON fs.id = g.from_session_id
       JOIN reception_visit_cases vc ON vc.case_id = g.case_id
       JOIN reception_visits v ON v.id = vc.visit_id
       ${VISIT_CASE_JOINS}
       WHERE g.session_id = $1 ORDER BY c.received_at, c.code`,
      [sessionId],
    );
    const now = this.clock.now();
    return rows.map((r) => ({
      ...toVisitCase(r, now),
      fromSessionId: r.from_session_id,
      fromSessionDate: r.from_date,
      citizenName: r.citizen_name,
    }));
  }

  // ---- visits ------------------------------------------------------------------------------------------------------

  /**
   * Logs a visit at an open session: the register row, and one reception case per matter (mixed content is split),
   * all in one transaction. A lawful refusal is recorded on the visit and opens no case. Each case starts the
   * 10-working-day reply clock at once (Luật Tiếp công dân Art. 28(1), the machine's `logged` state).
   */
  async logVisit(
    actor: Actor,
    sessionId: string,
    body: LogVisitDto,
  ): Promise<ReceptionVisitDto> {
    const communeId = communeOf(actor);
    validateVisit(body);
    const visitId = await this.db.transaction(async (tx) => {
      // The session is checked first and locked last: every desk of the commune logs into it, so its row lock (which
      // numbers the visits and keeps a closing session from taking one more) is held only for the register row itself,
      // not while the visit's cases are opened. The lock re-checks that it is still open.
      const checkSession = async (lock: boolean) => {
        const sessions: {
          id: string;
          status: string;
          session_date: IsoDate;
        }[] = await tx.query(
          `SELECT id, status, session_date::text AS session_date FROM reception_sessions WHERE id = $1 AND commune_id = $2${lock ? ' FOR UPDATE' : ''}`,
          [sessionId, communeId],
        );
        if (!sessions[0]) throw ReceptionErrors.sessionNotFound();
        if (sessions[0].status !== 'open') throw ReceptionErrors.notOpen();
        // The register is kept per day: a visit today never goes into a session of another day left open.
        const today = vnDateOf(this.clock.now());
        if (sessions[0].session_date !== today)
          throw ReceptionErrors.otherDay(sessions[0].session_date, today);
      };
      await checkSession(false);
      if (body.neighbourhoodId) {
        const n: unknown[] = await tx.query(
          `SELECT 1 FROM neighbourhoods WHERE id = $1 AND commune_id = $2`,
          [body.neighbourhoodId, communeId],
        );
        if (!n.length)
          throw ReceptionErrors.invalid(
            'neighbourhoodId',
            'Tổ dân phố/thôn không thuộc xã/phường này',
            'The neighbourhood is not in this commune',
          );
      }
      const now = this.clock.now();
      const citizen = body.citizen;
      // A visit that brings a denunciation keeps no identity: the citizen and any representative go to the vault of the
      // denunciation case only (Luật Tố cáo 2018 Art. 47); named matters of the same visit carry their own parties.
      const sealed = body.contents.some(
        (c) => c.contentType === 'denunciation',
      );
      const matters = body.refusal
        ? []
        : await this.openMatters(tx, actor, sessionId, body, now);
      await checkSession(true);
      // The register row numbered under the session's lock, and its matters' cases linked, in one statement.
      const [{ id }]: { id: string }[] = await tx.query(
        `WITH visit AS (
           INSERT INTO reception_visits (session_id, commune_id, seq, visited_at, citizen_name, id_number, address, phone, group_size, representatives,
             neighbourhood_id, previously_handled_by, refusal_reason, refusal_note, created_by, created_at, confidential)
           SELECT $1, $2, COALESCE(MAX(seq), 0)::int + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $3, $15
           FROM reception_visits WHERE session_id = $1
           RETURNING id
         ), matters AS (
           INSERT INTO reception_visit_cases (case_id, visit_id, position, content_type)
           SELECT m.case_id, visit.id, m.position, m.content_type
           FROM visit, unnest($16::uuid[], $17::int[], $18::text[]) AS m(case_id, position, content_type)
         )
         SELECT id FROM visit`,
        [
          sessionId,
          communeId,
          now,
          sealed ? null : citizen.fullName.trim(),
          sealed ? null : (citizen.idNumber ?? null),
          sealed ? null : citizen.address?.trim() || null,
          sealed ? null : (citizen.phone ?? null),
          body.groupSize ?? 1,
          JSON.stringify(sealed ? [] : (body.representatives ?? [])),
          body.neighbourhoodId ?? null,
          body.previouslyHandledBy?.trim() || null,
          body.refusal?.reason ?? null,
          body.refusal?.note?.trim() || null,
          actor.userId,
          sealed,
          matters.map((m) => m.caseId),
          matters.map((m) => m.position),
          matters.map((m) => m.contentType),
        ],
      );
      return id;
    });
    const [visit] = await this.visits(`v.id = $1`, [visitId]);
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
    const matters: { caseId: string; position: number; contentType: string }[] =
      [];
    const people = {
      ...(body.neighbourhoodId
        ? { neighbourhoodId: body.neighbourhoodId }
        : {}),
      groupSize: body.groupSize ?? 1,
    };
    const named = {
      petitioner: citizen,
      ...(body.representatives?.length
        ? { representatives: body.representatives }
        : {}),
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
      matters.push({
        caseId: receptionCaseId,
        position,
        contentType: content.contentType,
      });
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
                  ...(body.representatives?.length
                    ? { representatives: body.representatives }
                    : {}),
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
    const [visit] = await this.visits(`v.id = $1 AND v.commune_id = $2`, [
      visitId,
      communeOf(actor),
    ]);
    if (!visit) throw ReceptionErrors.visitNotFound();
    return visit;
  }

  private async visits(
    where: string,
    params: unknown[],
  ): Promise<ReceptionVisitDto[]> {
    const rows: VisitRow[] = await this.db.query(
      `SELECT v.* FROM reception_visits v WHERE ${where} ORDER BY v.seq`,
      params,
    );
    if (!rows.length) return [];
    const caseRows: (VisitCaseRow & { visit_id: string })[] =
      await this.db.query(
        `SELECT vc.visit_id, ${VISIT_CASE_COLUMNS} FROM reception_visit_cases vc ${VISIT_CASE_JOINS}
       WHERE vc.visit_id = ANY($1::uuid[]) ORDER BY vc.position`,
        [rows.map((r) => r.id)],
      );
    const now = this.clock.now();
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      seq: r.seq,
      visitedAt: new Date(r.visited_at).toISOString(),
      citizen: {
        fullName: r.citizen_name ?? SEALED_DENOUNCER,
        idNumber: r.id_number,
        address: r.address,
        phone: r.phone,
      },
      groupSize: r.group_size,
      representatives: r.representatives.map((p) => ({
        fullName: p.fullName,
        idNumber: p.idNumber ?? null,
        address: p.address ?? null,
        phone: p.phone ?? null,
      })),
      neighbourhoodId: r.neighbourhood_id,
      previouslyHandledBy: r.previously_handled_by,
      refusal: r.refusal_reason
        ? {
            reason: r.refusal_reason,
            label: RECEPTION_REFUSAL_LABELS[r.refusal_reason],
            note: r.refusal_note,
          }
        : null,
      cases: caseRows
        .filter((c) => c.visit_id === r.id)
        .map((c) => toVisitCase(c, now)),
    }));
  }

  // ---- duplicates --------------------------------------------------------------------------------------------------

  /**
   * Earlier cases of the last 12 months in the caller's scope with the same ID number (on a case or at a visit), or
   * with a very similar summary in the same neighbourhood, with their outcome: a matter already lawfully resolved and
   * answered may be refused (Luật Tiếp công dân 2013 Art. 9(2)).
   */
  async duplicates(
    actor: Actor,
    query: { idNumber?: string; summary?: string; neighbourhoodId?: string },
  ): Promise<DuplicateCheckResponse> {
    const now = this.clock.now();
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - DUPLICATE_LOOKBACK_MONTHS);
    const found = new Map<string, DuplicateCandidateDto>();
    type Row = VisitCaseRow & {
      content_type: VisitCaseRow['content_type'] | null;
    };
    const select = `SELECT ${VISIT_CASE_COLUMNS} FROM cases c LEFT JOIN reception_visit_cases vc ON vc.case_id = c.id LEFT JOIN agencies a ON a.id = c.lead_agency_id`;
    const toCandidate = (
      r: Row,
      match: DuplicateCandidateDto['match'],
      similarity: number | null,
    ): DuplicateCandidateDto => ({
      caseId: r.id,
      code: r.code,
      summary: r.summary,
      receivedAt: new Date(r.received_at).toISOString(),
      stateLabel: labelOf(r),
      match,
      similarity,
      outcome: outcomeText(r),
      resolved:
        r.type === 'reception'
          ? r.state === 'answered' || r.state === 'closed'
          : r.state === 'closed',
    });
    if (query.idNumber) {
      const params: unknown[] = [query.idNumber, since];
      const rows: Row[] = await this.db.query(
        `${select} WHERE c.received_at >= $2 AND ${NOT_DENUNCIATION} AND ${scopeCondition(caseScopeOf(actor), params)}
           AND (EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND p.id_number = $1)
             OR EXISTS (SELECT 1 FROM reception_visits v WHERE v.id = vc.visit_id AND v.id_number = $1))
         ORDER BY c.received_at DESC LIMIT ${MAX_DUPLICATES}`,
        params,
      );
      for (const r of rows) found.set(r.id, toCandidate(r, 'id_number', null));
    }
    const summary = query.summary?.trim();
    if (summary && query.neighbourhoodId) {
      const params: unknown[] = [query.neighbourhoodId, since];
      const rows: Row[] = await this.db.query(
        `${select} WHERE c.neighbourhood_id = $1 AND c.received_at >= $2 AND ${NOT_DENUNCIATION} AND ${scopeCondition(caseScopeOf(actor), params)}
         ORDER BY c.received_at DESC LIMIT ${DUPLICATE_SCAN_LIMIT}`,
        params,
      );
      const similar = rows
        .map((r) => ({ r, score: summarySimilarity(summary, r.summary) }))
        .filter((x) => x.score >= SIMILAR_SUMMARY_THRESHOLD)
        .sort((a, b) => b.score - a.score);
      for (const { r, score } of similar)
        if (!found.has(r.id))
          found.set(
            r.id,
            toCandidate(r, 'similar_summary', Math.round(score * 100) / 100),
          );
    }
    return { candidates: [...found.values()].slice(0, MAX_DUPLICATES) };
  }
}

/** Reception staff work inside their commune; province-level users have no reception desk of their own. */
export function communeOf(actor: Actor): string {
  if (!actor.communeId) throw ReceptionErrors.noCommune();
  return actor.communeId;
}

function outcomeText(r: VisitCaseRow): string | null {
  const direction = r.type === 'reception' ? directionOf(r) : null;
  if (!direction) return r.closed_at ? labelOf(r).vi : null;
  switch (direction.kind) {
    case 'answer_on_spot':
      return `Đã trả lời: ${direction.text}`;
    case 'guide':
      return `Đã hướng dẫn đến: ${direction.text}`;
    case 'refuse':
      return `Từ chối tiếp: ${direction.text}`;
    case 'assign': {
      const answer = r.context?.['answer'];
      return typeof answer === 'string'
        ? `Đã trả lời: ${answer}`
        : `Giao ${direction.agencyName ?? ''} xử lý`.trim();
    }
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
    throw ReceptionErrors.invalid(
      'contents',
      'Lượt tiếp bị từ chối không mở hồ sơ',
      'A refused visit opens no case',
    );
  const people = body.groupSize ?? 1;
  const representatives = body.representatives?.length ?? 0;
  if (people >= GROUP_VISIT_MIN_PEOPLE && representatives === 0)
    throw ReceptionErrors.invalid(
      'representatives',
      'Đoàn đông người cần cử người đại diện (1–5 người)',
      'A group visit needs 1–5 representatives',
    );
  if (
    people <= SMALL_GROUP_MAX_PEOPLE &&
    representatives > SMALL_GROUP_MAX_REPRESENTATIVES
  )
    throw ReceptionErrors.invalid(
      'representatives',
      'Đoàn từ 5 đến 10 người cử 1–2 người đại diện (Nghị định 64/2014/NĐ-CP Điều 4)',
      'A group of 5–10 people sends 1–2 representatives',
    );
}
