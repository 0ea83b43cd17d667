import type { CaseType } from '@tiep-dan/contracts';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { deadlineChange } from '../deadline';
import { getMachine, LATEST_MACHINE_VERSION } from '../registry';
import { applyEvent, restoreCase, startCase, type CaseCommand, type StartCaseInput } from '../runtime';
import { allStateNodes, pathOf, toStatePath } from '../state-path';

/**
 * Model-based testing support (used by the `*.model.spec.ts` files; no test framework here). A case model is the
 * machine plus sample events (with payloads, including ones a guard must refuse), an abstraction of the context that
 * keeps the state space finite, and the invariants every reachable snapshot must satisfy.
 */
export interface CaseModel {
  type: CaseType;
  input: StartCaseInput;
  /** Sample events without `at`/`actor`; the walker adds them. */
  events: Array<{ type: string } & Record<string, unknown>>;
  /** The facts of the context that matter to guards and invariants (counters that only grow are left out). */
  facts: (context: Record<string, unknown>) => unknown;
  /** Returns the broken invariants' names (empty when all hold). */
  invariants: (state: string, context: Record<string, unknown>, status: string) => string[];
}

export const MODEL_AT = '2026-03-02T02:00:00.000Z';
const ACTOR = { id: 'model', role: 'system' as const };

export function command(event: { type: string } & Record<string, unknown>, at = MODEL_AT): CaseCommand {
  return { ...event, at, actor: ACTOR };
}

export interface ModelPath {
  state: string;
  status: string;
  steps: Array<{ type: string } & Record<string, unknown>>;
}

/**
 * Shortest path (by `xstate/graph`) to every distinct (state, facts) pair of the model. Only the events are kept: the
 * graph stores one snapshot per abstract state, so its contexts are re-derived by replaying the events.
 */
export function shortestModelPaths(model: CaseModel): ModelPath[] {
  const machine = getMachine(model.type, LATEST_MACHINE_VERSION[model.type]);
  const paths = getShortestPaths(machine, {
    input: model.input,
    events: model.events.map((e) => command(e)) as never,
    serializeState: (snapshot: AnyMachineSnapshot) =>
      JSON.stringify([toStatePath(snapshot.value), model.facts(snapshot.context as Record<string, unknown>)]),
    // A final case takes no event (applyEvent answers FINAL); the raw machine would still run root transitions.
    stopWhen: (snapshot: AnyMachineSnapshot) => snapshot.status !== 'active',
  });
  return paths.map((path) => ({
    state: toStatePath(path.state.value),
    status: path.state.status,
    steps: path.steps.slice(1).map((step) => step.event as { type: string } & Record<string, unknown>),
  }));
}

/** Every snapshot along the events, in memory, with xstate's pure `initialTransition`/`transition`. */
export function pureTrail(model: CaseModel, events: Array<{ type: string } & Record<string, unknown>>) {
  const machine = getMachine(model.type, LATEST_MACHINE_VERSION[model.type]);
  let [snapshot] = initialTransition(machine, model.input);
  const trail = [snapshot];
  for (const event of events) {
    [snapshot] = transition(machine, snapshot, command(event));
    trail.push(snapshot);
  }
  return trail.map((s) => ({ state: toStatePath(s.value), context: s.context as Record<string, unknown>, status: s.status }));
}

/** The atomic states of the machine (the states a case can rest in), as dotted paths. */
export function atomicStates(type: CaseType): string[] {
  const machine = getMachine(type, LATEST_MACHINE_VERSION[type]);
  return allStateNodes(machine.root)
    .filter((node) => node.type === 'atomic' || node.type === 'final')
    .map(pathOf);
}

/** Replays events through `applyEvent`, persisting to JSON and restoring after every step, as the backend does. */
export function replay(model: CaseModel, events: Array<{ type: string } & Record<string, unknown>>) {
  const version = LATEST_MACHINE_VERSION[model.type];
  const started = startCase(model.type, model.input, version);
  let stored = JSON.stringify(started.snapshot);
  let state = started.state;
  let context = started.context;
  for (const event of events) {
    const result = applyEvent(model.type, version, JSON.parse(stored), command(event));
    if (!result.ok) throw new Error(`${event.type} refused in ${state}: ${result.reason}`);
    stored = JSON.stringify(result.snapshot);
    state = result.state;
    context = result.context;
  }
  return { stored, state, context };
}

/** JSON with sorted keys and without undefined members: equal for equal data whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A small deterministic PRNG so random walks are reproducible. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface ModelReport {
  paths: ModelPath[];
  /** Atomic states reached by some shortest path. */
  reached: string[];
  /** "state: invariant ← events" for every broken invariant on any step of any path or random walk. */
  violations: string[];
  /** Non-final states from which no model event leads to another state. */
  deadEnds: string[];
  /** Paths whose replay through persisted JSON ended elsewhere than the pure traversal. */
  roundTripMismatches: string[];
  /** Final states that accepted an event. */
  finalLeaks: string[];
}

export function analyseModel(model: CaseModel, walks = { count: 200, length: 40, seed: 7 }): ModelReport {
  const version = LATEST_MACHINE_VERSION[model.type];
  const paths = shortestModelPaths(model);
  const violations: string[] = [];
  const deadEnds = new Set<string>();
  const roundTripMismatches: string[] = [];
  const finalLeaks: string[] = [];
  const check = (state: string, context: Record<string, unknown>, status: string, events: string[]) => {
    for (const broken of model.invariants(state, context, status)) {
      violations.push(`${state}: ${broken} ← ${events.join(' → ')}`);
    }
  };

  for (const path of paths) {
    const trail = pureTrail(model, path.steps);
    trail.forEach((step, i) =>
      check(
        step.state,
        step.context,
        step.status,
        path.steps.slice(0, i).map((e) => e.type),
      ),
    );
    const end = trail[trail.length - 1];
    const replayed = replay(model, path.steps);
    if (!end || end.state !== path.state || replayed.state !== end.state || canonical(replayed.context) !== canonical(end.context)) {
      roundTripMismatches.push(`${path.state} ← ${path.steps.map((e) => e.type).join(' → ')}`);
    }
    const outcomes = model.events.map((event) => applyEvent(model.type, version, JSON.parse(replayed.stored), command(event)));
    if (path.status === 'done') {
      outcomes.forEach((outcome, i) => {
        if (outcome.ok || outcome.reason !== 'FINAL') finalLeaks.push(`${path.state} accepted ${model.events[i]?.type}`);
      });
    } else if (!outcomes.some((outcome) => outcome.ok && outcome.state !== path.state)) {
      deadEnds.add(path.state);
    }
  }

  const random = seededRandom(walks.seed);
  for (let walk = 0; walk < walks.count; walk++) {
    const started = startCase(model.type, model.input, version);
    let stored = started.snapshot;
    const taken: string[] = [];
    for (let step = 0; step < walks.length; step++) {
      const event = model.events[Math.floor(random() * model.events.length)];
      if (!event) break;
      const result = applyEvent(model.type, version, stored, command(event));
      if (!result.ok) continue;
      taken.push(event.type);
      check(result.state, result.context, restoreCase(model.type, version, result.snapshot).status, taken);
      stored = JSON.parse(JSON.stringify(result.snapshot));
    }
  }

  const reached = [...new Set(paths.map((p) => p.state))];
  return { paths, reached, violations, deadEnds: [...deadEnds], roundTripMismatches, finalLeaks };
}

/** The agency the reassignment probe gives every case to: one no model event names, so it always differs. */
export const REASSIGNED_TO = 'agency-reassigned';

export interface ReassignmentReport {
  /** States (at the end of some shortest path) that took a reassignment to another agency. */
  takenIn: string[];
  /** States that refused it, with the reason. */
  refusedIn: string[];
  /** "state → state" where the reassignment moved the case (it must stay where it was). */
  moved: string[];
  /** States where the deadline clock did something other than keep running (or stay stopped). */
  clockChanged: string[];
  /** States where the new agency is not the one the context names afterwards. */
  agencyNotRecorded: string[];
  /** States where a reassignment to the agency already leading the case was taken. */
  sameAgencyTaken: string[];
}

/**
 * Sends a reassignment of the lead agency at the end of every shortest path of a model (replayed through persisted
 * JSON, as the backend does), then one to the agency the case names afterwards: where it is taken, that it stays in
 * its state with its clock untouched, and that a case is never given to the agency leading it already.
 */
export function reassignments(model: CaseModel, paths: readonly ModelPath[]): ReassignmentReport {
  const version = LATEST_MACHINE_VERSION[model.type];
  const report: ReassignmentReport = {
    takenIn: [],
    refusedIn: [],
    moved: [],
    clockChanged: [],
    agencyNotRecorded: [],
    sameAgencyTaken: [],
  };
  const level = model.input.level;
  for (const path of paths) {
    const replayed = replay(model, path.steps);
    const event = { type: 'REASSIGN_AGENCY', toAgencyId: REASSIGNED_TO, reason: 'the land office is short of staff' };
    const result = applyEvent(model.type, version, JSON.parse(replayed.stored), command(event));
    if (!result.ok) {
      report.refusedIn.push(`${path.state}: ${result.reason}`);
      continue;
    }
    report.takenIn.push(path.state);
    if (result.state !== path.state) report.moved.push(`${path.state} → ${result.state}`);
    const change = deadlineChange(model.type, version, path.state, result.state, level ? { level } : {});
    if (change && change.action !== 'keep') report.clockChanged.push(`${path.state}: ${change.action}`);
    if (result.context['agencyId'] !== REASSIGNED_TO) report.agencyNotRecorded.push(path.state);
    const again = applyEvent(model.type, version, result.snapshot, command({ ...event, reason: 'again' }));
    if (again.ok) report.sameAgencyTaken.push(path.state);
  }
  report.takenIn = [...new Set(report.takenIn)].sort();
  return report;
}
