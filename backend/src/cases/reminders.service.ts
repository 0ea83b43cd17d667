import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseReminderDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { caseScopeSql, may, scopeOf } from '../access/policy';
import { NotificationsService } from '../notifications/notifications.service';
import { Clock } from '../platform/clock/clock';
import { insertHistory } from './case-engine';
import { CaseErrors } from './cases.errors';
import { senderOf } from './intake.service';

/** The history record of a reminder: who urged which agency, when, with what words (the note). */
export const REMINDER_EVENT = 'REMINDER_SENT';
/** One reminder a day per case is urgent enough; a second click within this window is refused, not sent twice. */
export const REMINDER_INTERVAL_MS = 24 * 3_600_000;

/**
 * A leader urges (đôn đốc) the agency handling a case: a record in the case's history (who, when, to whom, the note;
 * the history cannot be changed or deleted) and a notification to the agency's people in the same transaction.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async remind(actor: Actor, caseId: string, note?: string): Promise<CaseReminderDto> {
    if (!may(actor, 'case.remind')) throw CaseErrors.eventForbidden(REMINDER_EVENT);
    return this.db.transaction(async (tx) => {
      const params: unknown[] = [caseId];
      const rows: {
        id: string;
        code: string;
        state: string;
        version: number;
        closed_at: Date | null;
        lead_agency_id: string | null;
        agency_name: string | null;
        assigned_handler_id: string | null;
      }[] = await tx.query(
        `SELECT c.id, c.code, c.state, c.version, c.closed_at, c.lead_agency_id, a.name AS agency_name, c.assigned_handler_id
         FROM cases c LEFT JOIN agencies a ON a.id = c.lead_agency_id
         WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)} FOR UPDATE OF c`,
        params,
      );
      const row = rows[0];
      if (!row) throw CaseErrors.notFound();
      if (row.closed_at) throw CaseErrors.reminderNotOpen('Hồ sơ đã kết thúc, không cần đôn đốc', 'The case is closed: there is nothing to urge');
      if (!row.lead_agency_id || !row.agency_name)
        throw CaseErrors.reminderNotOpen('Hồ sơ chưa giao cơ quan nào để đôn đốc', 'The case is not given to any agency yet');
      const now = this.clock.now();
      const [last]: { at: Date }[] = await tx.query(`SELECT at FROM case_events WHERE case_id = $1 AND type = $2 ORDER BY seq DESC LIMIT 1`, [
        row.id,
        REMINDER_EVENT,
      ]);
      if (last && now.getTime() - new Date(last.at).getTime() < REMINDER_INTERVAL_MS)
        throw CaseErrors.reminderTooSoon(new Date(last.at), new Date(new Date(last.at).getTime() + REMINDER_INTERVAL_MS));

      const version = row.version + 1;
      const text = note?.trim() || null;
      await tx.query(`UPDATE cases SET version = $2, updated_at = $3 WHERE id = $1`, [row.id, version, now]);
      await insertHistory(tx, row.id, version, REMINDER_EVENT, { agencyId: row.lead_agency_id }, senderOf(actor), now, row.state, row.state, text);

      // The one holding the case and the agency's heads; every handler of the agency while nobody holds it.
      const people: { id: string }[] = await tx.query(
        `SELECT id FROM users WHERE active AND agency_id = $1
           AND (role = 'agency_head' OR (role = 'agency_handler' AND ($2::uuid IS NULL OR id = $2::uuid))) ORDER BY id`,
        [row.lead_agency_id, row.assigned_handler_id],
      );
      const [leader]: { full_name: string }[] = await tx.query(`SELECT full_name FROM users WHERE id = $1`, [actor.userId]);
      const by = leader?.full_name ?? actor.username;
      const notified = await this.notifications.notifyUsers(
        tx,
        people.map((p) => p.id),
        {
          kind: 'reminder',
          caseId: row.id,
          caseCode: row.code,
          title: { vi: `Đôn đốc giải quyết hồ sơ ${row.code}`, en: `Reminder: case ${row.code}` },
          body: {
            vi: `${by} đôn đốc ${row.agency_name} giải quyết hồ sơ ${row.code}.${text ? ` ${text}` : ''}`,
            en: `${by} urges ${row.agency_name} to resolve case ${row.code}.${text ? ` ${text}` : ''}`,
          },
          dedupeKey: `reminder:${row.id}:${version}`,
        },
      );
      return {
        caseId: row.id,
        code: row.code,
        sentAt: now.toISOString(),
        agencyId: row.lead_agency_id,
        agencyName: row.agency_name,
        notified,
        nextAllowedAt: new Date(now.getTime() + REMINDER_INTERVAL_MS).toISOString(),
      };
    });
  }
}
