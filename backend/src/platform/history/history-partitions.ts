import {
  addMonths,
  archiveName,
  defaultPartitionName,
  monthKeySql,
  monthLabel,
  monthOfPartition,
  monthRange,
  monthStart,
  monthsBetween,
  parseMonthKey,
  partitionName,
  type HistoryMonth,
} from './history-months';

/** A TypeORM EntityManager or QueryRunner: anything that runs SQL in the caller's transaction. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * An append-only table partitioned by month on a timestamptz column (1765300000000-history-partitions). The platform
 * keeps the partitions of the tables the contexts register (`registerHistoryTable`) without naming them: the audit's
 * `security_audit` here, the cases context's `case_events` from `cases/case-events-history.ts`.
 */
export interface HistoryTable {
  table: string;
  column: 'at';
  /**
   * Retention keeps a month attached while this query (one boolean column `keep`; `$1` is the retention cutoff) finds a
   * row still needed there. A case's history stays whole while the case is open or was closed after the cutoff.
   */
  keepSql?: (partition: string) => string;
  /** Fixed advisory lock key: instances take it, inside their transaction, before changing this table's partitions. */
  lockKey: number;
}

/** The platform's own security audit trail. */
export const SECURITY_AUDIT_HISTORY: HistoryTable = { table: 'security_audit', column: 'at', lockKey: 7_364_302 };

const registered = new Map<string, HistoryTable>([[SECURITY_AUDIT_HISTORY.table, SECURITY_AUDIT_HISTORY]]);

/** A context declares one of its append-only tables as partitioned history (at init); registering again replaces it. */
export function registerHistoryTable(t: HistoryTable): void {
  registered.set(t.table, t);
}

/** The registered history tables, in the order of their lock keys (the order the job has always walked them in). */
export function historyTables(): readonly HistoryTable[] {
  return [...registered.values()].sort((a, b) => a.lockKey - b.lockKey);
}

export interface PartitionState {
  months: HistoryMonth[];
  hasDefault: boolean;
}

/** The months attached to the table (by partition name), and whether its default partition is attached. */
export async function attachedPartitions(sql: Sql, t: HistoryTable): Promise<PartitionState> {
  const rows = (await sql.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass`,
    [t.table],
  )) as { name: string }[];
  const months = rows
    .map((r) => monthOfPartition(t.table, r.name))
    .filter((m): m is HistoryMonth => m !== null)
    .sort((a, b) => monthsBetween(b, a));
  return { months, hasDefault: rows.some((r) => r.name === defaultPartitionName(t.table)) };
}

/** Months that have rows waiting in the default partition (none has a partition of its own yet), with their counts. */
export async function monthsInDefault(sql: Sql, t: HistoryTable): Promise<{ month: HistoryMonth; rows: number }[]> {
  const rows = (await sql.query(
    `SELECT ${monthKeySql(`"${t.column}"`)} AS key, count(*)::int AS n FROM "${defaultPartitionName(t.table)}" GROUP BY 1 ORDER BY 1`,
  )) as { key: string; n: number }[];
  return rows.map((r) => ({ month: parseMonthKey(r.key), rows: r.n }));
}

function bounds(m: HistoryMonth): string {
  const { from, to } = monthRange(m);
  return `FROM ('${from.toISOString()}') TO ('${to.toISOString()}')`;
}

/** Creates the month's partition (a no-op when it exists). The default partition must hold no row of that month. */
export async function createPartition(sql: Sql, t: HistoryTable, m: HistoryMonth): Promise<void> {
  await sql.query(`CREATE TABLE IF NOT EXISTS "${partitionName(t.table, m)}" PARTITION OF "${t.table}" FOR VALUES ${bounds(m)}`);
}

export async function createDefaultPartition(sql: Sql, t: HistoryTable): Promise<void> {
  await sql.query(`CREATE TABLE IF NOT EXISTS "${defaultPartitionName(t.table)}" PARTITION OF "${t.table}" DEFAULT`);
}

/**
 * Gives the months whose rows landed in the default partition a partition of their own and moves the rows there. A
 * partition cannot be created while the default holds rows of its range, so the default is detached for the move (the
 * parent is locked until commit: writers wait, none fails), each month is filled as a standalone table (no trigger
 * fires twice: the rows were inserted once already), attached, and the default attached again.
 */
export async function moveFromDefault(sql: Sql, t: HistoryTable, months: readonly HistoryMonth[]): Promise<void> {
  if (!months.length) return;
  const fallback = defaultPartitionName(t.table);
  await sql.query(`ALTER TABLE "${t.table}" DETACH PARTITION "${fallback}"`);
  for (const m of months) {
    const name = partitionName(t.table, m);
    const { from, to } = monthRange(m);
    const range = `"${t.column}" >= $1 AND "${t.column}" < $2`;
    await sql.query(`CREATE TABLE "${name}" (LIKE "${t.table}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
    await sql.query(`INSERT INTO "${name}" SELECT * FROM "${fallback}" WHERE ${range}`, [from, to]);
    await sql.query(`DELETE FROM "${fallback}" WHERE ${range}`, [from, to]);
    await sql.query(`ALTER TABLE "${t.table}" ATTACH PARTITION "${name}" FOR VALUES ${bounds(m)}`);
  }
  await sql.query(`ALTER TABLE "${t.table}" ATTACH PARTITION "${fallback}" DEFAULT`);
}

export interface Detachment {
  table: string;
  month: string;
  /** The standalone table the month's rows now live in. */
  archive: string;
}

/**
 * Retention: detaches every month before `cutoff` (an attached partition becomes a standalone table named
 * `<table>_archived_<yyyy>_<mm>`, ready to be dumped and dropped), except the months `keepSql` still needs.
 */
export async function detachBefore(sql: Sql, t: HistoryTable, cutoff: HistoryMonth): Promise<{ detached: Detachment[]; kept: string[] }> {
  const detached: Detachment[] = [];
  const kept: string[] = [];
  for (const m of (await attachedPartitions(sql, t)).months) {
    if (monthsBetween(m, cutoff) <= 0) break;
    const name = partitionName(t.table, m);
    if (t.keepSql) {
      const [row] = (await sql.query(t.keepSql(name), [monthStart(cutoff)])) as { keep: boolean }[];
      if (row?.keep) {
        kept.push(name);
        continue;
      }
    }
    await sql.query(`ALTER TABLE "${t.table}" DETACH PARTITION "${name}"`);
    const archive = await freeName(sql, archiveName(t.table, m));
    await sql.query(`ALTER TABLE "${name}" RENAME TO "${archive}"`);
    detached.push({ table: t.table, month: monthLabel(m), archive });
  }
  return { detached, kept };
}

/** The name itself, or with `_2`, `_3`… when a month was archived before (rows that came back later, archived again). */
async function freeName(sql: Sql, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}_${n}`;
    const [row] = (await sql.query(`SELECT to_regclass($1) IS NULL AS free`, [`"${candidate}"`])) as { free: boolean }[];
    if (row?.free) return candidate;
  }
}

/** The months from `current` to `ahead` months later. */
export function monthsAhead(current: HistoryMonth, ahead: number): HistoryMonth[] {
  return Array.from({ length: ahead + 1 }, (_, i) => addMonths(current, i));
}
