import type { CaseType, DeadlineClock, DeadlineRuleId, DeadlineRuleRef } from '@tiep-dan/contracts';
import type { StateValue } from 'xstate';
import type { CaseStateMeta } from './common';
import { getMachine } from './registry';
import { nodesAlong } from './state-path';

/**
 * Rules that are no clock of a state but a condition checked when an event arrives: the complaint dialogue must be
 * announced at least 5 days ahead (the machine's `hasDialogueNotice` guard on SCHEDULE_DIALOGUE).
 */
export const RULES_APPLIED_BY_GUARDS: Readonly<Record<string, { machine: CaseType; event: string; guard: string }>> = {
  'complaint.dialogue-notice': { machine: 'complaint', event: 'SCHEDULE_DIALOGUE', guard: 'hasDialogueNotice' },
};

export interface StateDeadlineRule {
  ruleId: DeadlineRuleId;
  clock: DeadlineClock;
  /** The context key of the instant a clock started here counts from (`clockFrom` in the state's meta). */
  clockFrom?: string;
}

/** What a transition does to the deadline clock: the backend's cue to compute, keep, pause, resume or clear the due date. */
export interface DeadlineClockChange {
  ruleId: DeadlineRuleId;
  action: 'start' | 'keep' | 'pause' | 'resume' | 'stop';
  /** For a new clock: the context key holding the instant it counts from, instead of the event's `at`. */
  clockFrom?: string;
}

/** The case facts a rule reference may depend on: a complaint's level picks the first- or second-complaint rule. */
export interface DeadlineRuleFacts {
  level?: 'first' | 'second';
}

export function resolveRule(rule: DeadlineRuleRef | undefined, facts: DeadlineRuleFacts = {}): DeadlineRuleId | undefined {
  if (rule === undefined || typeof rule === 'string') return rule;
  return rule[facts.level ?? 'first'];
}

/**
 * The deadline rule that applies in a state and what the state does to its clock. A state inherits the rule of its
 * nearest ancestor that names one; its own `clock` (or the nearest ancestor's) says start/keep/pause/stop.
 * Undefined when no rule runs (closed, guided, a decided complaint…).
 */
export function deadlineOf(
  machineId: CaseType,
  version: number,
  state: string | StateValue,
  facts: DeadlineRuleFacts = {},
): StateDeadlineRule | undefined {
  let rule: DeadlineRuleRef | undefined;
  let clock: DeadlineClock | undefined;
  let clockFrom: string | undefined;
  for (const node of nodesAlong(getMachine(machineId, version), state)) {
    const meta = node.meta as CaseStateMeta | undefined;
    if (meta?.deadlineRule !== undefined) rule = meta.deadlineRule;
    if (meta?.clock !== undefined) clock = meta.clock;
    if (meta?.clockFrom !== undefined) clockFrom = meta.clockFrom;
  }
  const ruleId = resolveRule(rule, facts);
  if (ruleId === undefined || clock === undefined || clock === 'stop') return undefined;
  return clockFrom === undefined ? { ruleId, clock } : { ruleId, clock, clockFrom };
}

/**
 * What moving from `from` (undefined for a new case) to `to` does to the deadline clock:
 * - 'start': a rule begins (its clock starts at the event's `at`), e.g. received → accepted starts the resolution clock;
 * - 'keep': the same rule keeps running (moving between the steps of the same stage, or a 'start' state re-entered
 *   from a state of the same rule, e.g. a proposal returned for rework);
 * - 'pause' / 'resume': suspension; suspended days do not count (Luật Tố cáo Art. 34), the remaining time carries over;
 * - 'stop': the rule that ran is over.
 */
export function deadlineChange(
  machineId: CaseType,
  version: number,
  from: string | StateValue | undefined,
  to: string | StateValue,
  facts: DeadlineRuleFacts = {},
): DeadlineClockChange | undefined {
  const before = from === undefined ? undefined : deadlineOf(machineId, version, from, facts);
  const after = deadlineOf(machineId, version, to, facts);
  if (!after) return before ? { ruleId: before.ruleId, action: 'stop' } : undefined;
  const anchor = after.clockFrom === undefined ? {} : { clockFrom: after.clockFrom };
  if (before && before.ruleId !== after.ruleId) {
    // One rule ends and another begins; the backend clears the old due date when it sets the new one.
    return { ruleId: after.ruleId, action: after.clock === 'pause' ? 'pause' : 'start', ...anchor };
  }
  if (!before) return { ruleId: after.ruleId, action: after.clock === 'pause' ? 'pause' : 'start', ...anchor };
  if (after.clock === 'pause') return { ruleId: after.ruleId, action: before.clock === 'pause' ? 'keep' : 'pause' };
  if (before.clock === 'pause') return { ruleId: after.ruleId, action: 'resume' };
  return { ruleId: after.ruleId, action: 'keep' };
}
