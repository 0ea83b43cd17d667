import type { IsoDate, ReceptionLeader, ReceptionSessionDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { caseFactsSql } from '../cases/case-read-model';

/**
 * The reception desk's writes of its own tables (`reception_schedules`, `reception_sessions`, `reception_visits`,
 * `reception_visit_cases`, `reception_agenda`), and the reads those writes check and lock in the same transaction.
 */

type Db = Pick<EntityManager, 'query'>;

export interface ScheduleWrite {
  weekday: number;
  startTime: string;
  endTime: string;
  place: string;
  leaders: ReceptionLeader[];
}

/** Sets the commune's weekly schedule. */
export async function saveSchedule(db: Db, communeId: string, schedule: ScheduleWrite, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO reception_schedules (commune_id, weekday, start_time, end_time, place, leaders, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (commune_id) DO UPDATE SET weekday = $2, start_time = $3, end_time = $4, place = $5, leaders = $6, updated_at = $7`,
    [communeId, schedule.weekday, schedule.startTime, schedule.endTime, schedule.place, JSON.stringify(schedule.leaders), now],
  );
}

/** The commune's open sessions (one at most, unless something went wrong). */
export async function openSessionsOf(tx: Db, communeId: string): Promise<{ id: string; session_date: IsoDate }[]> {
  return tx.query(`SELECT id, session_date::text AS session_date FROM reception_sessions WHERE commune_id = $1 AND status = 'open'`, [
    communeId,
  ]);
}

/** An ad-hoc session or the officers' regular reception, opened now: its id. */
export async function insertOpenSession(
  tx: Db,
  session: {
    communeId: string;
    kind: ReceptionSessionDto['kind'];
    date: IsoDate;
    time: string;
    place: string;
    /** JSON. */
    leaders: string;
    reason: string | null | undefined;
    now: Date;
    openedBy: string;
    ledBy: ReceptionSessionDto['ledBy'];
  },
): Promise<string> {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO reception_sessions (commune_id, kind, session_date, start_time, end_time, place, leaders, reason, status, opened_at, opened_by, led_by)
           VALUES ($1, $9, $2, $3, $3, $4, $5, $6, 'open', $7, $8, $10) RETURNING id`,
    [
      session.communeId,
      session.date,
      session.time,
      session.place,
      session.leaders,
      session.reason,
      session.now,
      session.openedBy,
      session.kind,
      session.ledBy,
    ],
  );
  return rows[0].id;
}

/** The scheduled session of a day, created as 'planned' if it does not exist yet: its id. */
export async function plannedSession(
  tx: Db,
  communeId: string,
  date: IsoDate,
  movedFrom: IsoDate | null,
  schedule: Omit<ScheduleWrite, 'weekday'>,
): Promise<string> {
  await tx.query(
    `INSERT INTO reception_sessions (commune_id, kind, session_date, moved_from, start_time, end_time, place, leaders, status)
       VALUES ($1, 'scheduled', $2, $3, $4, $5, $6, $7, 'planned')
       ON CONFLICT (commune_id, session_date) WHERE kind = 'scheduled' DO NOTHING`,
    [communeId, date, movedFrom, schedule.startTime, schedule.endTime, schedule.place, JSON.stringify(schedule.leaders)],
  );
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM reception_sessions WHERE commune_id = $1 AND session_date = $2 AND kind = 'scheduled'`,
    [communeId, date],
  );
  return rows[0].id;
}

/** The status of a session that exists. */
export async function sessionStatus(tx: Db, sessionId: string): Promise<string> {
  const [{ status }]: { status: string }[] = await tx.query(`SELECT status FROM reception_sessions WHERE id = $1`, [sessionId]);
  return status;
}

/** Opens a planned scheduled session. */
export async function markSessionOpen(
  tx: Db,
  sessionId: string,
  opening: { now: Date; openedBy: string; place: string; leaders: string; ledBy: ReceptionSessionDto['ledBy'] },
): Promise<void> {
  await tx.query(
    `UPDATE reception_sessions SET status = 'open', opened_at = $2, opened_by = $3, place = $4, leaders = $5, led_by = $6 WHERE id = $1`,
    [sessionId, opening.now, opening.openedBy, opening.place, opening.leaders, opening.ledBy],
  );
}

/** A session of the commune, its row locked for the transaction when `lock`. */
export async function sessionOfCommune(
  tx: Db,
  sessionId: string,
  communeId: string,
  lock: boolean,
): Promise<{ id: string; status: string; session_date: IsoDate } | undefined> {
  const rows: { id: string; status: string; session_date: IsoDate }[] = await tx.query(
    `SELECT id, status, session_date::text AS session_date FROM reception_sessions WHERE id = $1 AND commune_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [sessionId, communeId],
  );
  return rows[0];
}

/** The reception cases of a session's visits and agenda still in one of `states`, oldest first. */
export async function unresolvedCasesOf(tx: Db, sessionId: string, states: readonly string[]): Promise<{ id: string }[]> {
  return tx.query(
    `SELECT c.id FROM ${caseFactsSql} c
         WHERE c.type = 'reception' AND c.state = ANY($2::text[])
           AND (c.id IN (SELECT vc.case_id FROM reception_visit_cases vc JOIN reception_visits v ON v.id = vc.visit_id WHERE v.session_id = $1)
             OR c.id IN (SELECT g.case_id FROM reception_agenda g WHERE g.session_id = $1))
         ORDER BY c.received_at, c.code`,
    [sessionId, states],
  );
}

/** Puts a case on a session's agenda (once). */
export async function addToAgenda(tx: Db, sessionId: string, caseId: string, fromSessionId: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO reception_agenda (session_id, case_id, from_session_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [sessionId, caseId, fromSessionId, now],
  );
}

/** Closes a session. */
export async function markSessionClosed(tx: Db, sessionId: string, now: Date, closedBy: string): Promise<void> {
  await tx.query(`UPDATE reception_sessions SET status = 'closed', closed_at = $2, closed_by = $3 WHERE id = $1`, [
    sessionId,
    now,
    closedBy,
  ]);
}

/** What the register row of a visit records; identity fields are null for a sealed visit. */
export interface VisitWrite {
  sessionId: string;
  communeId: string;
  now: Date;
  citizenName: string | null;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  groupSize: number;
  /** JSON. */
  representatives: string;
  neighbourhoodId: string | null;
  previouslyHandledBy: string | null;
  refusalReason: string | null;
  refusalNote: string | null;
  createdBy: string;
  sealed: boolean;
  matters: { caseId: string; position: number; contentType: string }[];
}

/**
 * The register row numbered under the session's lock (the caller holds it), and its matters' cases linked, in one
 * statement: the visit's id.
 */
export async function insertVisit(tx: Db, visit: VisitWrite): Promise<string> {
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
      visit.sessionId,
      visit.communeId,
      visit.now,
      visit.citizenName,
      visit.idNumber,
      visit.address,
      visit.phone,
      visit.groupSize,
      visit.representatives,
      visit.neighbourhoodId,
      visit.previouslyHandledBy,
      visit.refusalReason,
      visit.refusalNote,
      visit.createdBy,
      visit.sealed,
      visit.matters.map((m) => m.caseId),
      visit.matters.map((m) => m.position),
      visit.matters.map((m) => m.contentType),
    ],
  );
  return id;
}
