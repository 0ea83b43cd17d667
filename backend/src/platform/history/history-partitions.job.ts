import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecurityAuditService } from '../audit/security-audit.service';
import { Clock } from '../clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRunner } from '../jobs/job-runner';
import { addMonths, monthLabel, monthOf, monthsBetween, partitionName, type HistoryMonth } from './history-months';
import {
  attachedPartitions,
  createDefaultPartition,
  createPartition,
  detachBefore,
  historyTables,
  monthsAhead,
  monthsInDefault,
  moveFromDefault,
  type Detachment,
  type HistoryTable,
} from './history-partitions';

/** Hourly: a month's partition is ready long before it is needed, and a restarted instance runs the job at once. */
const TICK_MS = 3_600_000;

export interface HistoryJobReport {
  /** Partitions created (`case_events_p2027_02`). */
  created: string[];
  /** Rows moved out of a default partition into their month's new partition, by partition. */
  moved: Record<string, number>;
  detached: Detachment[];
  /** Months past retention kept attached because a case whose history they hold is open or closed after the cutoff. */
  kept: string[];
}

/**
 * Keeps the monthly partitions of the append-only history tables (`case_events`, `security_audit`) ahead of time: the
 * current month and HISTORY_PARTITIONS_AHEAD more exist; rows that landed in a default partition move into a partition
 * of their month; with HISTORY_RETENTION_MONTHS, older months are detached for archiving, each detachment recorded in
 * the security log. Each table is handled in one transaction under a transaction-level advisory lock (no session
 * state: works behind pgbouncer in transaction mode), so any number of instances may run it at once.
 */
@Injectable()
export class HistoryPartitionsJob implements OnModuleInit {
  private readonly logger = new Logger('HistoryPartitions');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: SecurityAuditService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'history-partitions',
      everyMs: TICK_MS,
      runAtStart: true,
      failure: 'History partitions job failed; it rolled back and runs again next hour',
      run: () => this.runOnce(),
    });
  }

  /** One run over every history table, as of the app's clock (the instant events are stamped with). */
  async runOnce(): Promise<HistoryJobReport> {
    const report: HistoryJobReport = { created: [], moved: {}, detached: [], kept: [] };
    const current = monthOf(this.clock.now());
    const wanted = monthsAhead(current, this.config.history.monthsAhead);
    const retention = this.config.history.retentionMonths;
    const cutoff = retention === null ? null : addMonths(current, -retention);
    for (const t of historyTables()) {
      if (!(await this.needsWork(t, wanted, cutoff))) continue;
      await this.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [t.lockKey]);
        // Read again under the lock: another instance may have done the work meanwhile.
        const state = await attachedPartitions(tx, t);
        if (!state.hasDefault) await createDefaultPartition(tx, t);
        const waiting = state.hasDefault ? await monthsInDefault(tx, t) : [];
        await moveFromDefault(
          tx,
          t,
          waiting.map((w) => w.month),
        );
        for (const w of waiting) {
          const name = partitionName(t.table, w.month);
          report.moved[name] = w.rows;
          report.created.push(name);
        }
        const have = new Set([...state.months, ...waiting.map((w) => w.month)].map(monthLabel));
        for (const m of wanted.filter((m) => !have.has(monthLabel(m)))) {
          await createPartition(tx, t, m);
          report.created.push(partitionName(t.table, m));
        }
        if (cutoff) {
          const result = await detachBefore(tx, t, cutoff);
          report.kept.push(...result.kept);
          for (const d of result.detached) {
            report.detached.push(d);
            await this.audit.record(
              {
                action: 'history.detach',
                targetType: 'table',
                targetId: d.archive,
                details: { table: d.table, month: d.month, retentionMonths: retention },
              },
              tx,
            );
          }
        }
      });
    }
    for (const [name, rows] of Object.entries(report.moved))
      this.logger.warn(`${rows} history row(s) had landed in the default partition; moved into ${name}`);
    const fresh = report.created.filter((name) => !(name in report.moved));
    if (fresh.length) this.logger.log(`History partitions created: ${fresh.join(', ')}`);
    for (const d of report.detached) this.logger.log(`History month ${d.month} of ${d.table} detached for archiving as ${d.archive}`);
    if (report.kept.length)
      this.logger.log(`Past retention but kept (cases still open or closed since the cutoff): ${report.kept.join(', ')}`);
    return report;
  }

  /** Without taking any lock: a month missing, rows waiting in a default partition, or a month past retention. */
  private async needsWork(t: HistoryTable, wanted: HistoryMonth[], cutoff: HistoryMonth | null): Promise<boolean> {
    const state = await attachedPartitions(this.db, t);
    if (!state.hasDefault) return true;
    const have = new Set(state.months.map(monthLabel));
    if (wanted.some((m) => !have.has(monthLabel(m)))) return true;
    if (cutoff && state.months.some((m) => monthsBetween(m, cutoff) > 0)) return true;
    return (await monthsInDefault(this.db, t)).length > 0;
  }
}
