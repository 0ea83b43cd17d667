import type { DeadlineStatus } from '@tiep-dan/contracts';
import { hasOpenSuspension, type DeadlineClockState } from './legal-clock';
import { bindsCitizen, CITIZEN_RULE_IDS } from './rules';

/**
 * The deadline columns of a case row (`cases`), as the database returns them (`Instant`: Date from a query, an ISO
 * string from JSON): what its deadline status depends on. Snake case on purpose: the same names as
 * `deadlineStatusSql` reads, so a row from any query passes as it is.
 */
export interface DeadlineStatusRow<Instant extends Date | string = Date | string> {
  closed_at: Instant | null;
  deadline_rule_id: string | null;
  deadline_clock: Pick<DeadlineClockState, 'suspensions'> | null;
  due_at: Instant | null;
  due_soon_at: Instant | null;
  overdue_since: Instant | null;
}

/**
 * Where a case stands against its legal limit at `now`: no limit ('none': closed, no clock, or a limit that binds the
 * citizen), the clock stopped by a suspension, past the due instant (or marked so by the sweeper), inside the warning
 * window, or on time.
 */
export function deadlineStatus(row: DeadlineStatusRow, now: Date): DeadlineStatus {
  if (row.closed_at || (row.deadline_rule_id && bindsCitizen(row.deadline_rule_id))) return 'none';
  if (hasOpenSuspension(row.deadline_clock)) return 'suspended';
  if (!row.due_at) return 'none';
  if (row.overdue_since || new Date(row.due_at) < now) return 'overdue';
  if (row.due_soon_at && new Date(row.due_soon_at) <= now) return 'due_soon';
  return 'on_time';
}

/** A constant from code as an SQL string literal (quotes doubled). */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * `deadlineStatus` as an SQL condition over the columns of the case alias `alias`: true exactly for the rows whose
 * status is `status`, at the instant the placeholder `now` holds (a timestamptz). The cheap column tests come first and
 * the suspension (a look into the clock's JSON) last, so lists and counts over many cases stay fast.
 */
export function deadlineStatusSql(status: DeadlineStatus, alias: string, now: string): string {
  const col = (name: keyof DeadlineStatusRow) => `${alias}.${name}`;
  const citizen = `(${col('deadline_rule_id')} IS NOT NULL AND ${col('deadline_rule_id')} IN (${CITIZEN_RULE_IDS.map(literal).join(', ')}))`;
  const live = `${col('closed_at')} IS NULL AND NOT ${citizen}`;
  const suspended = `(${col('deadline_clock')} IS NOT NULL AND jsonb_path_exists(${col('deadline_clock')}, '$.suspensions[*] ? (!(exists(@.to)) || @.to == null || @.to == "")'))`;
  const past = `(${col('overdue_since')} IS NOT NULL OR ${col('due_at')} < ${now})`;
  const soon = `(${col('due_soon_at')} IS NOT NULL AND ${col('due_soon_at')} <= ${now})`;
  const due = `${live} AND ${col('due_at')} IS NOT NULL`;
  switch (status) {
    case 'none':
      return `(${col('closed_at')} IS NOT NULL OR ${citizen} OR (${col('due_at')} IS NULL AND NOT ${suspended}))`;
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
