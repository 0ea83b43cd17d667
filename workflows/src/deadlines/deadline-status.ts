import type { DeadlineStatus } from '@tiep-dan/contracts';
import { hasOpenSuspension, type DeadlineClockState } from './legal-clock';
import { bindsCitizen, CITIZEN_RULE_IDS } from './rules';

/**
 * What a case's deadline status depends on (`Instant`: a Date, or an ISO string as JSON carries it): when it closed,
 * the rule of the running limit, the clock's suspensions, the due instant, the start of the warning window and the
 * sweeper's overdue mark. The backend maps its columns to these (`cases/case-read-model.ts`); workflows knows no table.
 */
export interface DeadlineFacts<Instant extends Date | string = Date | string> {
  closedAt: Instant | null;
  ruleId: string | null;
  clock: Pick<DeadlineClockState, 'suspensions'> | null;
  dueAt: Instant | null;
  dueSoonAt: Instant | null;
  overdueSince: Instant | null;
}

/** Where each of `DeadlineFacts` is in an SQL statement (a column or any expression), for `deadlineStatusSql`. */
export type DeadlineFactsSql = Record<keyof DeadlineFacts, string>;

/**
 * Where a case stands against its legal limit at `now`: no limit ('none': closed, no clock, or a limit that binds the
 * citizen), the clock stopped by a suspension, past the due instant (or marked so by the sweeper), inside the warning
 * window, or on time.
 */
export function deadlineStatus(facts: DeadlineFacts, now: Date): DeadlineStatus {
  if (facts.closedAt || (facts.ruleId && bindsCitizen(facts.ruleId))) return 'none';
  if (hasOpenSuspension(facts.clock)) return 'suspended';
  if (!facts.dueAt) return 'none';
  if (facts.overdueSince || new Date(facts.dueAt) < now) return 'overdue';
  if (facts.dueSoonAt && new Date(facts.dueSoonAt) <= now) return 'due_soon';
  return 'on_time';
}

/** A constant from code as an SQL string literal (quotes doubled). */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * `deadlineStatus` as an SQL condition over the expressions `sql` names for each fact: true exactly for the rows whose
 * status is `status`, at the instant the placeholder `now` holds (a timestamptz). The cheap column tests come first and
 * the suspension (a look into the clock's JSON) last, so lists and counts over many cases stay fast.
 */
export function deadlineStatusSql(status: DeadlineStatus, sql: DeadlineFactsSql, now: string): string {
  const col = (fact: keyof DeadlineFacts) => sql[fact];
  const citizen = `(${col('ruleId')} IS NOT NULL AND ${col('ruleId')} IN (${CITIZEN_RULE_IDS.map(literal).join(', ')}))`;
  const live = `${col('closedAt')} IS NULL AND NOT ${citizen}`;
  const suspended = `(${col('clock')} IS NOT NULL AND jsonb_path_exists(${col('clock')}, '$.suspensions[*] ? (!(exists(@.to)) || @.to == null || @.to == "")'))`;
  const past = `(${col('overdueSince')} IS NOT NULL OR ${col('dueAt')} < ${now})`;
  const soon = `(${col('dueSoonAt')} IS NOT NULL AND ${col('dueSoonAt')} <= ${now})`;
  const due = `${live} AND ${col('dueAt')} IS NOT NULL`;
  switch (status) {
    case 'none':
      return `(${col('closedAt')} IS NOT NULL OR ${citizen} OR (${col('dueAt')} IS NULL AND NOT ${suspended}))`;
    case 'suspended':
      return `(${live} AND ${suspended})`;
    case 'overdue':
      return `(${due} AND ${past} AND NOT ${suspended})`;
    case 'due_soon':
      return `(${due} AND NOT ${past} AND ${soon} AND NOT ${suspended})`;
    case 'on_time':
      return `(${due} AND NOT ${past} AND NOT ${soon} AND NOT ${suspended})`;
  }
}
