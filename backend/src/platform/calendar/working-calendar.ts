import type { Provider } from '@nestjs/common';
import { createWorkingCalendar } from '@tiep-dan/workflows';

/**
 * The one working calendar of the app (inject it as `@Inject(WORKING_CALENDAR) calendar: WorkingCalendar`): the
 * official holidays, make-up days and compensatory days of workflows/src/calendar; deployments add their own closures
 * there as data. Legal deadlines and the weekly reception day count on the same days.
 */
export const WORKING_CALENDAR = Symbol('WORKING_CALENDAR');

export const workingCalendarProvider: Provider = { provide: WORKING_CALENDAR, useFactory: () => createWorkingCalendar() };
