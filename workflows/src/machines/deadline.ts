import type { CaseType, DeadlineClock, DeadlineRuleId, DeadlineRuleRef } from '@tiep-dan/contracts';
import type { StateValue } from 'xstate';
import type { CaseStateMeta } from './common';
import { getMachine } from './registry';
import { nodesAlong } from './state-path';

export interface StateDeadlineRule {
  ruleId: DeadlineRuleId;
  clock: DeadlineClock;
}

/** What a transition does to the deadline clock: the backend's cue to compute, keep, pause, resume or clear the due date. */
export interface DeadlineClockChange {
  ruleId: DeadlineRuleId;
  action: 'start' | 'keep' | 'pause' | 'resume' | 'stop';
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
  for (const node of nodesAlong(getMachine(machineId, version), state)) {
    const meta = node.meta as CaseStateMeta | undefined;
    if (meta?.deadlineRule !== undefined) rule = meta.deadlineRule;
    if (meta?.clock !== undefined) clock = meta.clock;
  }
  const ruleId = resolveRule(rule, facts);
  if (ruleId === undefined || clock === undefined || clock === 'stop') return undefined;
  return { ruleId, clock };
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
  if (before && before.ruleId !== after.ruleId) {
    // One rule ends and another begins; the backend clears the old due date when it sets the new one.
    return { ruleId: after.ruleId, action: after.clock === 'pause' ? 'pause' : 'start' };
  }
  if (!before) return { ruleId: after.ruleId, action: after.clock === 'pause' ? 'pause' : 'start' };
  if (after.clock === 'pause') return { ruleId: after.ruleId, action: before.clock === 'pause' ? 'keep' : 'pause' };
  if (before.clock === 'pause') return { ruleId: after.ruleId, action: 'resume' };
  return { ruleId: after.ruleId, action: 'keep' };
}
