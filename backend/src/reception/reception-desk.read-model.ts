import {
  RECEPTION_REFUSAL_LABELS,
  type BilingualText,
  type CarriedOverCaseDto,
  type ReceptionLeader,
  type ReceptionRefusalReason,
  type ReceptionSessionDto,
  type ReceptionVisitDto,
} from '@tiep-dan/contracts';
import type { WorkingCalendar } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { agencyNameSql } from '../organisation/organisation-read-model';
import { SEALED_DENOUNCER, toVisitCase, VISIT_CASE_COLUMNS, VISIT_CASE_JOINS, type VisitCaseRow } from './reception-queries';

/**
 * The reception desk's reads of its own tables: the commune's schedule, its sessions, their visits and agenda. Each
 * takes the caller's transaction or connection.
 */

type Db = Pick<EntityManager, 'query'>;

export interface ScheduleRow {
  weekday: number;
  start_time: string;
  end_time: string;
  place: string;
  leaders: ReceptionLeader[];
}

/** The commune's own schedule, if it has set one. */
export async function scheduleOf(db: Db, communeId: string): Promise<ScheduleRow | undefined> {
  const rows: ScheduleRow[] = await db.query(
    `SELECT weekday, start_time, end_time, place, leaders FROM reception_schedules WHERE commune_id = $1`,
    [communeId],
  );
  return rows[0];
}

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

const SESSION_COLUMNS = `s.id, s.commune_id, ${agencyNameSql('s.commune_id')} AS commune_name, s.kind, s.session_date::text AS session_date,
  s.moved_from::text AS moved_from,
  s.start_time, s.end_time, s.place, s.leaders, s.reason, s.led_by, s.status, s.opened_at, s.closed_at,
  (SELECT count(*)::int FROM reception_visits v WHERE v.session_id = s.id) AS visit_count`;

/** The sessions (`s`) matching `where` (which may end with an ORDER BY and LIMIT); a moved session says why. */
export async function sessionsWhere(db: Db, where: string, params: unknown[], calendar: WorkingCalendar): Promise<ReceptionSessionDto[]> {
  const rows: SessionRow[] = await db.query(`SELECT ${SESSION_COLUMNS} FROM reception_sessions s WHERE ${where}`, params);
  return rows.map((r) => toSession(r, calendar));
}

function toSession(r: SessionRow, calendar: WorkingCalendar): ReceptionSessionDto {
  const movedBecause: BilingualText | null = r.moved_from ? (calendar.whyNotWorking(r.moved_from)?.name ?? null) : null;
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

/** The visits (`v`) matching `where`, in register order, each with the cases its matters opened. */
export async function visitsWhere(db: Db, where: string, params: unknown[], now: Date): Promise<ReceptionVisitDto[]> {
  const rows: VisitRow[] = await db.query(`SELECT v.* FROM reception_visits v WHERE ${where} ORDER BY v.seq`, params);
  if (!rows.length) return [];
  const caseRows: (VisitCaseRow & { visit_id: string })[] = await db.query(
    `SELECT vc.visit_id, ${VISIT_CASE_COLUMNS} FROM reception_visit_cases vc ${VISIT_CASE_JOINS}
       WHERE vc.visit_id = ANY($1::uuid[]) ORDER BY vc.position`,
    [rows.map((r) => r.id)],
  );
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
    cases: caseRows.filter((c) => c.visit_id === r.id).map((c) => toVisitCase(c, now)),
  }));
}

/** The cases carried over to a session, oldest first, with the session they came from and who brought them. */
export async function agendaOf(db: Db, sessionId: string, now: Date): Promise<CarriedOverCaseDto[]> {
  const rows: (VisitCaseRow & {
    from_session_id: string;
    from_date: string;
    citizen_name: string | null;
  })[] = await db.query(
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
  return rows.map((r) => ({
    ...toVisitCase(r, now),
    fromSessionId: r.from_session_id,
    fromSessionDate: r.from_date,
    citizenName: r.citizen_name,
  }));
}
