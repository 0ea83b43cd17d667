import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseReminderDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { headsAndHandlerOf, userNames } from '../access/user-read-model';
import { NotificationsService } from '../notifications/notifications.service';
import { Clock } from '../platform/clock/clock';
import { insertHistory } from './case-engine';
import { latestEventAt, lockReminderTarget } from './case-queries';
import { bumpCaseVersion } from './case.repository';
import { may } from '../access/policy';
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
      const row = await lockReminderTarget(tx, actor, caseId);
      if (!row) throw CaseErrors.notFound();
      if (row.closed_at)
        throw CaseErrors.reminderNotOpen('Hồ sơ đã kết thúc, không cần đôn đốc', 'The case is closed: there is nothing to urge');
      if (!row.lead_agency_id || !row.agency_name)
        throw CaseErrors.reminderNotOpen('Hồ sơ chưa giao cơ quan nào để đôn đốc', 'The case is not given to any agency yet');
      const now = this.clock.now();
      const last = await latestEventAt(tx, row.id, REMINDER_EVENT);
      if (last && now.getTime() - new Date(last).getTime() < REMINDER_INTERVAL_MS)
        throw CaseErrors.reminderTooSoon(new Date(last), new Date(new Date(last).getTime() + REMINDER_INTERVAL_MS));

      const version = row.version + 1;
      const text = note?.trim() || null;
      await bumpCaseVersion(tx, row.id, version, now);
      await insertHistory(
        tx,
        row.id,
        version,
        REMINDER_EVENT,
        { agencyId: row.lead_agency_id },
        senderOf(actor),
        now,
        row.state,
        row.state,
        text,
      );

      // The one holding the case and the agency's heads; every handler of the agency while nobody holds it.
      const people = await headsAndHandlerOf(tx, row.lead_agency_id, row.assigned_handler_id);
      const by = (await userNames(tx, [actor.userId])).get(actor.userId) ?? actor.username;
      const notified = await this.notifications.notifyUsers(tx, people, {
        kind: 'reminder',
        caseId: row.id,
        caseCode: row.code,
        title: { vi: `Đôn đốc giải quyết hồ sơ ${row.code}`, en: `Reminder: case ${row.code}` },
        body: {
          vi: `${by} đôn đốc ${row.agency_name} giải quyết hồ sơ ${row.code}.${text ? ` ${text}` : ''}`,
          en: `${by} urges ${row.agency_name} to resolve case ${row.code}.${text ? ` ${text}` : ''}`,
        },
        dedupeKey: `reminder:${row.id}:${version}`,
      });
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
