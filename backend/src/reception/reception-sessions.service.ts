import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CloseReceptionSessionResponse,
  IsoDate,
  ReceptionScheduleDto,
  ReceptionSessionDetailDto,
  ReceptionSessionDto,
} from '@tiep-dan/contracts';
import { formatIsoDate, parseIsoDate, vnDateOf, vnTimeOf, type WorkingCalendar } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { CasesService } from '../cases/cases.service';
import { lockAgency } from '../organisation/organisation-read-model';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';
import { Clock } from '../platform/clock/clock';
import type { OpenReceptionSessionDto } from './dto/reception.dto';
import { communeOf } from './reception-commune';
import { receptionDayOn, receptionDaysFrom } from './reception-days';
import { agendaOf, sessionsWhere, visitsWhere } from './reception-desk.read-model';
import { UNRESOLVED_RECEPTION_STATES } from './reception-queries';
import { ReceptionScheduleService } from './reception-schedule.service';
import { ReceptionErrors } from './reception.errors';
import {
  addToAgenda,
  insertOpenSession,
  markSessionClosed,
  markSessionOpen,
  openSessionsOf,
  plannedSession,
  sessionOfCommune,
  sessionStatus,
  unresolvedCasesOf,
} from './reception.repository';

/**
 * The commune's reception sessions (scheduled, ad hoc or regular): opening and closing them, and the carry-over of a
 * closing session's unresolved cases to the next scheduled session's agenda.
 */
@Injectable()
export class ReceptionSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly schedules: ReceptionScheduleService,
    private readonly cases: CasesService,
    private readonly clock: Clock,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
  ) {}

  async listSessions(actor: Actor, from?: IsoDate, to?: IsoDate): Promise<ReceptionSessionDto[]> {
    const params: unknown[] = [communeOf(actor)];
    const where = ['s.commune_id = $1'];
    if (from) where.push(`s.session_date >= $${params.push(from)}`);
    if (to) where.push(`s.session_date <= $${params.push(to)}`);
    return sessionsWhere(
      this.db,
      `${where.join(' AND ')} ORDER BY s.session_date DESC, s.created_at DESC LIMIT 100`,
      params,
      this.calendar,
    );
  }

  /**
   * Opens today's scheduled session (refused on a day that is not the commune's reception day after holiday moves), an
   * ad-hoc one for a heated or crowd matter (Luật Tiếp công dân Art. 18), or the officers' regular reception (Art. 12).
   * A session planned by an earlier carry-over is the one opened, so its agenda is already there.
   */
  async openSession(actor: Actor, body: OpenReceptionSessionDto): Promise<ReceptionSessionDto> {
    const communeId = communeOf(actor);
    if (body.kind === 'ad_hoc' && !body.reason?.trim())
      throw ReceptionErrors.invalid('reason', 'Buổi tiếp đột xuất cần nêu lý do', 'An ad-hoc session needs a reason');
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
      await lockAgency(tx, communeId);
      const open = await openSessionsOf(tx, communeId);
      const now = this.clock.now();
      const today = vnDateOf(now);
      if (open[0])
        throw open[0].session_date === today
          ? ReceptionErrors.alreadyOpen(open[0].id)
          : ReceptionErrors.staleOpen(open[0].id, open[0].session_date);
      const schedule = await this.schedules.schedule(actor, tx);
      // The regular reception is the officers': no leader on duty unless named.
      const leaders = JSON.stringify(body.leaders ?? (body.kind === 'regular' ? [] : schedule.leaders));
      const place = body.place?.trim() || schedule.place;
      if (body.kind !== 'scheduled') {
        // An ad-hoc session or the officers' regular reception: opened now, on any day.
        return insertOpenSession(tx, {
          communeId,
          kind: body.kind,
          date: today,
          time: vnTimeOf(now),
          place,
          leaders,
          reason: body.kind === 'ad_hoc' ? body.reason?.trim() : null,
          now,
          openedBy: actor.userId,
          ledBy,
        });
      }
      const day = receptionDayOn(today, schedule.weekday, this.calendar);
      if (!day) throw ReceptionErrors.notReceptionDay(receptionDaysFrom(today, schedule.weekday, 1, this.calendar)[0].date);
      const planned = await plannedSession(tx, communeId, day.date, day.movedFrom, schedule);
      if ((await sessionStatus(tx, planned)) === 'closed') throw ReceptionErrors.alreadyClosed();
      await markSessionOpen(tx, planned, { now, openedBy: actor.userId, place, leaders, ledBy });
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
      const next = receptionDaysFrom(formatIsoDate(from), schedule.weekday, 1, this.calendar)[0];
      const id = await plannedSession(tx, communeId, next.date, next.movedFrom, schedule);
      if ((await sessionStatus(tx, id)) !== 'closed') return id;
      from = parseIsoDate(next.date) + 1;
    }
  }

  /**
   * Closes a session: every case of its visits and of its agenda that is still unresolved is carried over (the
   * machine's CARRY_OVER) to the next scheduled session's agenda, all in one transaction.
   */
  async closeSession(actor: Actor, sessionId: string): Promise<CloseReceptionSessionResponse> {
    const communeId = communeOf(actor);
    const { nextId, carried } = await this.db.transaction(async (tx) => {
      const session = await sessionOfCommune(tx, sessionId, communeId, true);
      if (!session) throw ReceptionErrors.sessionNotFound();
      if (session.status !== 'open') throw ReceptionErrors.notOpen();
      const schedule = await this.schedules.schedule(actor, tx);
      const nextId = await this.nextSessionAfter(tx, communeId, session.session_date, schedule);
      const unresolved = await unresolvedCasesOf(tx, sessionId, UNRESOLVED_RECEPTION_STATES);
      for (const { id } of unresolved) {
        await this.cases.applyEventInTransaction(tx, actor, id, {
          type: 'CARRY_OVER',
          payload: { sessionId: nextId },
        });
        await addToAgenda(tx, nextId, id, sessionId, this.clock.now());
      }
      await markSessionClosed(tx, sessionId, this.clock.now(), actor.userId);
      return { nextId, carried: unresolved.map((u) => u.id) };
    });
    const agenda = await agendaOf(this.db, nextId, this.clock.now());
    return {
      session: await this.session(actor, sessionId),
      carriedOver: agenda.filter((a) => carried.includes(a.id)),
      nextSession: await this.session(actor, nextId),
    };
  }

  async session(actor: Actor, sessionId: string): Promise<ReceptionSessionDto> {
    const rows = await sessionsWhere(this.db, `s.id = $1 AND s.commune_id = $2`, [sessionId, communeOf(actor)], this.calendar);
    if (!rows[0]) throw ReceptionErrors.sessionNotFound();
    return rows[0];
  }

  async sessionDetail(actor: Actor, sessionId: string): Promise<ReceptionSessionDetailDto> {
    const session = await this.session(actor, sessionId);
    const visits = await visitsWhere(this.db, `v.session_id = $1`, [sessionId], this.clock.now());
    return { ...session, visits, agenda: await agendaOf(this.db, sessionId, this.clock.now()) };
  }
}
