import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { AppError } from '../platform/errors/app-error';
import { Clock } from '../platform/clock/clock';
import { JobRunner } from '../platform/jobs/job-runner';
import {
  CASE_ROW_COLUMNS,
  CaseEngine,
  type CaseRow,
  type DeadlineEventType,
  type DeadlineFactPayload,
  type EventSender,
  type PlannedEvent,
} from './case-engine';

const SWEEP_INTERVAL_MS = 2_000;
const SYSTEM: EventSender = { userId: null, name: 'Hệ thống', role: 'system' };

/**
 * Turns passed due-soon and due times into DEADLINE_WARNING / DEADLINE_PASSED events. Each batch is claimed with
 * FOR UPDATE SKIP LOCKED and planned by the same engine as a person's event, written in one transaction with the clock's
 * "fired" mark: any number of instances share the work, and a killed instance's batch rolls back and is claimed again,
 * so every deadline fires exactly once.
 */
@Injectable()
export class DeadlineSweeper implements OnModuleInit {
  private readonly logger = new Logger('DeadlineSweeper');

  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'deadline-sweep',
      everyMs: SWEEP_INTERVAL_MS,
      failure: 'Deadline sweep failed; the batch rolled back and will be retried',
      // Until nothing is due: a short batch does not mean the end, since rows another instance fired between the index
      // scan and the lock are dropped from it (PostgreSQL re-checks FOR UPDATE rows).
      run: async (signal) => {
        while (!signal.aborted && (await this.sweepOnce()) > 0);
      },
    });
  }

  /**
   * Runs `work` with the periodic sweep held off: the demo loader replays past events case by case, and a sweep at
   * today's time must not slip in between two of them. This instance only; the caller sweeps itself afterwards.
   */
  holdWhile<T>(work: () => Promise<T>): Promise<T> {
    return this.jobs.hold('deadline-sweep', work);
  }

  /** One batch in one transaction. Returns how many cases it claimed. */
  async sweepOnce(limit = this.config.jobs.sweepBatchSize): Promise<number> {
    const now = this.clock.now();
    return this.engine.db.transaction(async (tx) => {
      const rows: (CaseRow & { due_at: Date | null })[] = await tx.query(
        `SELECT ${CASE_ROW_COLUMNS}, c.due_at FROM cases c WHERE c.next_deadline_at <= $1
         ORDER BY c.next_deadline_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      // Commune by commune: each commune's weekly counter is bumped at commit in this order (a deferred trigger), so two
      // instances committing batches of the same communes lock the counters in the same order and never deadlock.
      rows.sort((a, b) => (a.commune_id < b.commune_id ? -1 : a.commune_id > b.commune_id ? 1 : 0));
      // Each case's event is planned (the same checks and transition as a person's event); the accepted ones are written
      // together in three statements, which is what lets a few instances drain a province's deadlines in seconds.
      const planned: PlannedEvent[] = [];
      const refused: { row: CaseRow; type: DeadlineEventType; payload: DeadlineFactPayload; code: string }[] = [];
      for (const row of rows) {
        const columns = this.engine.columns(row.deadline_clock, row.remote_area);
        const passed = !!row.due_at && new Date(row.due_at).getTime() <= now.getTime();
        const type = passed ? 'DEADLINE_PASSED' : 'DEADLINE_WARNING';
        const payload: DeadlineFactPayload = {
          ...(columns.deadlineRuleId ? { ruleId: columns.deadlineRuleId } : {}),
          ...(columns.explanation?.dueDate ? { dueDate: columns.explanation.dueDate } : {}),
        };
        try {
          planned.push(this.engine.plan(row, SYSTEM, { type, payload: { ...payload }, note: null, at: now }));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refused.push({ row, type, payload, code: error.code });
        }
      }
      await this.engine.writeMany(tx, planned);
      for (const { row, type, payload, code } of refused) {
        // The state takes no deadline event (nothing was planned for it): the deadline still passed, so record the fact
        // beside the unchanged state (and mark the clock, so it is not claimed again).
        const recorded = await this.engine.recordDeadlineFact(tx, row, SYSTEM, type, payload, now);
        this.logger.warn(
          `${row.code}: ${type} not accepted in state ${row.state} (${code}); ${recorded ? 'recorded as a fact' : "citizen's limit, marked on the clock only"}`,
        );
      }
      return rows.length;
    });
  }
}
