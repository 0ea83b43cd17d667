import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReceptionScheduleDto, ReceptionTodayDto } from '@tiep-dan/contracts';
import { vnDateOf, type WorkingCalendar } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { activeUsersOf } from '../access/user-read-model';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';
import { Clock } from '../platform/clock/clock';
import type { UpdateReceptionScheduleDto } from './dto/reception.dto';
import { communeOf } from './reception-commune';
import { DEFAULT_RECEPTION_HOURS, DEFAULT_RECEPTION_WEEKDAY, receptionDayOn, receptionDaysFrom } from './reception-days';
import { scheduleOf, sessionsWhere } from './reception-desk.read-model';
import { communeName } from './reception-queries';
import { saveSchedule } from './reception.repository';

type Db = Pick<EntityManager, 'query'>;

/** The commune's weekly reception schedule, and what the desk sees today. */
@Injectable()
export class ReceptionScheduleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
  ) {}

  async schedule(actor: Actor, db: Db = this.db): Promise<ReceptionScheduleDto> {
    const communeId = communeOf(actor);
    const row = await scheduleOf(db, communeId);
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
    const leaders = await activeUsersOf(db, communeId, ['leader']);
    const name = await communeName(db, communeId);
    return {
      communeId,
      weekday: DEFAULT_RECEPTION_WEEKDAY,
      startTime: DEFAULT_RECEPTION_HOURS.start,
      endTime: DEFAULT_RECEPTION_HOURS.end,
      place: `Trụ sở ${name}`,
      leaders: leaders.map((l) => ({
        name: l.fullName,
        title: `Lãnh đạo ${name}`,
      })),
      isDefault: true,
    };
  }

  async updateSchedule(actor: Actor, body: UpdateReceptionScheduleDto): Promise<ReceptionScheduleDto> {
    const communeId = communeOf(actor);
    await saveSchedule(this.db, communeId, { ...body, place: body.place.trim() }, this.clock.now());
    return this.schedule(actor);
  }

  async today(actor: Actor): Promise<ReceptionTodayDto> {
    const communeId = communeOf(actor);
    const schedule = await this.schedule(actor);
    const today = vnDateOf(this.clock.now());
    const open = await sessionsWhere(this.db, `s.commune_id = $1 AND s.status = 'open'`, [communeId], this.calendar);
    // Only a session of today takes visits; one left open on an earlier day is shown apart, to be closed.
    return {
      now: this.clock.now().toISOString(),
      today,
      openSession: open.find((s) => s.date === today) ?? null,
      staleSession: open.find((s) => s.date !== today) ?? null,
      isReceptionDay: receptionDayOn(today, schedule.weekday, this.calendar) !== null,
      next: receptionDaysFrom(today, schedule.weekday, 4, this.calendar),
      schedule,
    };
  }
}
