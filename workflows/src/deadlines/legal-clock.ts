import type { DeadlineExplanation, DeadlineRuleId } from '@tiep-dan/contracts';
import { vnInstantOf } from '../calendar/vn-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { DeadlineClockChange } from '../machines/deadline';
import { computeDeadline } from './compute-deadline';
import { bindsCitizen, findRule, getRule } from './rules';

/**
 * The running legal clock of a case, kept beside the snapshot (`cases.deadline_clock`). The machine says which rule
 * applies in each state and whether a transition starts, keeps, pauses, resumes or stops it; this records when, and
 * the extensions and suspensions granted, so the due date can always be recomputed (also after a calendar change).
 */
export interface DeadlineClockState {
  ruleId: DeadlineRuleId;
  ruleVersion: number;
  startedAt: string;
  complex: boolean;
  especiallyComplex: boolean;
  extensions: { days?: number; reason: string; at: string }[];
  suspensions: { from: string; to?: string }[];
  explicitDueDate?: string;
  /** The scheduler's facts for this clock: each fires once. */
  warnedAt?: string;
  passedAt?: string;
}

/** The queryable columns of a case's clock. */
export interface DeadlineColumns {
  deadlineRuleId: string | null;
  ruleSetVersion: string | null;
  clockStartedAt: Date | null;
  dueAt: Date | null;
  dueSoonAt: Date | null;
  nextDeadlineAt: Date | null;
  overdueSince: Date | null;
  explanation: DeadlineExplanation | null;
}

type Context = Record<string, unknown>;

/** Whether a suspension (tạm đình chỉ) stops the clock now: one has begun and not yet resumed. */
export function hasOpenSuspension(clock: Pick<DeadlineClockState, 'suspensions'> | null): boolean {
  return clock?.suspensions.some((s) => !s.to) ?? false;
}

function extensionsGranted(context: Context): number {
  return typeof context['extensionsGranted'] === 'number' ? context['extensionsGranted'] : 0;
}

function pendingExtension(context: Context): { reason?: string; complexity?: string } | undefined {
  const request = context['extensionRequest'];
  return request && typeof request === 'object' ? (request as { reason?: string; complexity?: string }) : undefined;
}

/** Moves the clock along one accepted transition. `before` is the context before the event (undefined on creation). */
export function advanceClock(
  clock: DeadlineClockState | null,
  change: DeadlineClockChange | undefined,
  at: string,
  before: Context | undefined,
  after: Context,
): DeadlineClockState | null {
  let next: DeadlineClockState | null = clock ? structuredClone(clock) : null;
  switch (change?.action) {
    case undefined:
      break;
    case 'stop':
      next = null;
      break;
    case 'start':
    case 'pause': {
      if (!next || next.ruleId !== change.ruleId) {
        const ruleId = change.ruleId;
        // A state may count its limit from an earlier fact of the case (receipt, acceptance), not from entering it.
        const anchor = change.clockFrom !== undefined ? after[change.clockFrom] : undefined;
        const startedAt = typeof anchor === 'string' && anchor <= at ? anchor : at;
        const rule = findRule(ruleId, new Date(startedAt));
        next = { ruleId, ruleVersion: rule.version, startedAt, complex: false, especiallyComplex: false, extensions: [], suspensions: [] };
        // A rule that takes an agreed date (a commitment made at a dialogue) counts to the date in the context.
        const dueDate = after['dueDate'];
        if (rule.explicitDueDate === 'optional' && typeof dueDate === 'string') next.explicitDueDate = dueDate;
      }
      if (change.action === 'pause' && !hasOpenSuspension(next)) next.suspensions.push({ from: at });
      break;
    }
    case 'resume': {
      const open = next?.suspensions.find((s) => s.to === undefined);
      if (open) open.to = at;
      break;
    }
    case 'keep':
      break;
  }
  if (next && before && extensionsGranted(after) > extensionsGranted(before)) {
    const request = pendingExtension(before);
    next.complex = true;
    if (request?.complexity === 'especially_complex') next.especiallyComplex = true;
    // A rule with an extension policy (denunciations: +30 days per extension) counts each one; for the others (complaints)
    // the complex-case length replaces the standard one.
    if (getRule(next.ruleId, next.ruleVersion).extensionPolicy) next.extensions.push({ reason: request?.reason ?? '', at });
    // A later due date may lift a warning or an overdue: the scheduler re-fires them if they still hold.
    delete next.warnedAt;
    delete next.passedAt;
  }
  // Initial handling of a denunciation extended to its longer limit (Luật Tố cáo 2018 Art. 24(1)).
  if (next && before && after['initialHandlingExtended'] !== undefined && before['initialHandlingExtended'] === undefined) {
    next.complex = true;
    delete next.warnedAt;
    delete next.passedAt;
  }
  if (next && change?.action === 'resume') {
    delete next.warnedAt;
    delete next.passedAt;
  }
  return next;
}

/** The queryable columns and "why this date" for a clock, on the given calendar. */
export function deadlineColumns(clock: DeadlineClockState | null, remote: boolean, calendar: WorkingCalendar): DeadlineColumns {
  if (!clock) {
    return {
      deadlineRuleId: null,
      ruleSetVersion: null,
      clockStartedAt: null,
      dueAt: null,
      dueSoonAt: null,
      nextDeadlineAt: null,
      overdueSince: null,
      explanation: null,
    };
  }
  const computed = computeDeadline(
    {
      ruleId: clock.ruleId,
      ruleVersion: clock.ruleVersion,
      startedAt: new Date(clock.startedAt),
      remote,
      complex: clock.complex,
      especiallyComplex: clock.especiallyComplex,
      extensions: clock.extensions.map((e) => ({
        ...(e.days !== undefined ? { days: e.days } : {}),
        reason: e.reason,
        at: new Date(e.at),
      })),
      suspensions: clock.suspensions.map((s) => ({ from: new Date(s.from), ...(s.to ? { to: new Date(s.to) } : {}) })),
      // Noon in Vietnam: the agreed day whatever the time of the instant.
      ...(clock.explicitDueDate ? { explicitDueDate: vnInstantOf(clock.explicitDueDate.slice(0, 10), '12:00') } : {}),
    },
    calendar,
  );
  const { dueAt, dueSoonAt } = computed;
  let nextDeadlineAt: Date | null = null;
  const agencyRule = !bindsCitizen(clock.ruleId);
  if (dueAt && agencyRule && !clock.passedAt) nextDeadlineAt = !clock.warnedAt && dueSoonAt && dueSoonAt < dueAt ? dueSoonAt : dueAt;
  return {
    deadlineRuleId: clock.ruleId,
    ruleSetVersion: `${clock.ruleId}@${computed.ruleVersion}`,
    clockStartedAt: new Date(clock.startedAt),
    dueAt,
    dueSoonAt,
    nextDeadlineAt,
    overdueSince: agencyRule && clock.passedAt && dueAt ? dueAt : null,
    explanation: computed.explanation,
  };
}
