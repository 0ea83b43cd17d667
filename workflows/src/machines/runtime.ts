import type { ActorRole, AllowedEvent, CaseEventEnvelope, CaseEventType, CaseType } from '@tiep-dan/contracts';
import {
  createActor,
  getNextTransitions,
  initialTransition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type Snapshot,
  type StateValue,
} from 'xstate';
import type { CaseInputBase } from './common';
import type { ComplaintLevel } from './complaint/complaint.machine';
import type { EarlierConclusion } from './denunciation/denunciation.machine';
import { EVENT_LABELS } from './labels';
import { canSend } from './permissions';
import { getMachine, LATEST_MACHINE_VERSION } from './registry';
import { toStatePath } from './state-path';

/** What `startCase` needs; fields beyond the base matter only to the case types that read them. */
export interface StartCaseInput extends CaseInputBase {
  /** complaint: first or second complaint (default first). */
  level?: ComplaintLevel;
  /** complaint: the first complaint a second one follows. */
  linkedCaseId?: string;
  /** denunciation: the agency that forwarded it here (it cannot be forwarded again). */
  forwardedFrom?: string;
  /** denunciation (v3): the earlier case's conclusion a re-denunciation disputes. */
  earlierConclusion?: EarlierConclusion;
  /** complaint (v3): when the complainant learned of the decision (limitation, Art. 9), and an obstacle if any. */
  learnedAt?: string;
  limitationObstacle?: string;
  /** reception: the session the visit was logged at. */
  sessionId?: string;
  /** commitment: the owner agency (required) and the promised date. */
  ownerAgencyId?: string;
  dueDate?: string;
  dialogueId?: string;
}

/** An event as the backend sends it: `{ type, ...payload, at, actor }`. */
export type CaseCommand = { type: string } & CaseEventEnvelope & Record<string, unknown>;

export interface CaseState {
  machineId: CaseType;
  version: number;
  /** The persisted snapshot (plain JSON) to store beside the case. */
  snapshot: unknown;
  /** Dotted state path, e.g. 'accepted.verification'. */
  state: string;
  context: Record<string, unknown>;
}

export type ApplyEventResult =
  | { ok: true; snapshot: unknown; state: string; context: Record<string, unknown>; changed: boolean }
  | { ok: false; reason: 'NOT_ALLOWED' | 'GUARD_FAILED' | 'FINAL'; allowed: CaseEventType[] };

export class InvalidCaseInputError extends Error {
  readonly code = 'INVALID_CASE_INPUT';
  constructor(
    readonly machineId: CaseType,
    readonly field: string,
  ) {
    super(`A ${machineId} case needs '${field}'`);
    this.name = 'InvalidCaseInputError';
  }
}

export class InvalidSnapshotError extends Error {
  readonly code = 'INVALID_SNAPSHOT';
  constructor(
    readonly machineId: CaseType,
    readonly version: number,
    cause: unknown,
  ) {
    super(`The stored snapshot does not restore on ${machineId} v${version}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'InvalidSnapshotError';
  }
}

type InertScope = Parameters<AnyStateMachine['transition']>[2];
const noop = () => undefined;
const scopes = new WeakMap<AnyStateMachine, InertScope>();

/**
 * The inert actor scope xstate's `transition()` builds on every call (its `createInertActorScope`), built once per
 * machine instead: `transition()` constructs a throwaway actor per event, which computes a whole initial snapshot each
 * time and made the benchmark three times slower. The scope runs nothing: every action of a case machine is an
 * `assign`, resolved inside the transition; there are no child actors, delays or effects.
 */
function inertScope(machine: AnyStateMachine): InertScope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: { caseId: '', receivedAt: '', ownerAgencyId: '' } });
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      defer: noop,
      logger: noop,
      stopChild: noop,
      emit: noop,
      actionExecutor: noop,
    } as unknown as InertScope;
    scopes.set(machine, scope);
  }
  return scope;
}

/** xstate's pure transition (`transition(machine, snapshot, event)`) with the cached inert scope. */
function pureTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: CaseCommand): AnyMachineSnapshot {
  return machine.transition(snapshot, event, inertScope(machine)) as AnyMachineSnapshot;
}

/** A persisted snapshot as `getPersistedSnapshot` writes it (and the database gives it back). */
interface PersistedCase {
  status: AnyMachineSnapshot['status'];
  value: StateValue;
  context: Record<string, unknown>;
  historyValue?: Record<string, { id: string }[]>;
  children?: Record<string, unknown>;
  output?: unknown;
  error?: unknown;
}

/** What every snapshot of one state shares: its state nodes, value, tags and the event types it has transitions for. */
interface StateTemplate {
  snapshot: AnyMachineSnapshot;
  path: string;
  eventTypes: CaseEventType[];
}

const templates = new WeakMap<AnyStateMachine, Map<string, StateTemplate>>();

/** A state value as a string, exactly (parallel regions included): 'a', 'a.b', '{a.b,c}'. */
function stateKey(value: StateValue): string {
  if (typeof value === 'string') return value;
  const keys = Object.keys(value);
  const part = (key: string): string => {
    const child = value[key];
    return child === undefined ? key : `${key}.${stateKey(child)}`;
  };
  return keys.length === 1 ? part(keys[0] as string) : `{${keys.map(part).join(',')}}`;
}

/**
 * The state's template, resolved once per machine and state: xstate's `restoreSnapshot` walks the state tree for the
 * active nodes, recomputes the value and the tags on every call, which was a fifth of the cost of an event.
 */
function templateOf(machine: AnyStateMachine, value: StateValue): StateTemplate {
  let byState = templates.get(machine);
  if (!byState) templates.set(machine, (byState = new Map()));
  const key = stateKey(value);
  let template = byState.get(key);
  if (!template) {
    const snapshot = machine.restoreSnapshot(
      { status: 'active', output: undefined, error: undefined, value, context: {}, children: {}, historyValue: {} } as Snapshot<unknown>,
      inertScope(machine),
    ) as AnyMachineSnapshot;
    template = { snapshot, path: toStatePath(snapshot.value), eventTypes: eventsInState(snapshot) };
    byState.set(key, template);
  }
  return template;
}

/** Restores a persisted snapshot: the cached state template with this case's status, context and history. */
function restore(machine: AnyStateMachine, persisted: PersistedCase): { snapshot: AnyMachineSnapshot; template: StateTemplate } {
  // Case machines spawn no actors; a snapshot with children (none exist) takes xstate's own path.
  if (persisted.children && Object.keys(persisted.children).length > 0) {
    const snapshot = machine.restoreSnapshot(persisted as Snapshot<unknown>, inertScope(machine)) as AnyMachineSnapshot;
    return { snapshot, template: templateOf(machine, snapshot.value) };
  }
  const template = templateOf(machine, persisted.value);
  const snapshot = {
    ...template.snapshot,
    status: persisted.status,
    output: persisted.output,
    error: persisted.error,
    context: persisted.context,
    children: {},
    historyValue: reviveHistory(machine, persisted.historyValue),
  } as AnyMachineSnapshot;
  return { snapshot, template };
}

/** The history states' remembered nodes, from their ids (as xstate's `restoreSnapshot` revives them). */
function reviveHistory(machine: AnyStateMachine, stored: PersistedCase['historyValue']): AnyMachineSnapshot['historyValue'] {
  const revived: Record<string, AnyStateNode[]> = {};
  if (!stored || typeof stored !== 'object') return revived;
  for (const key in stored) {
    for (const item of stored[key] ?? []) {
      let node: AnyStateNode | undefined;
      try {
        node = machine.getStateNodeById(item.id);
      } catch {
        continue;
      }
      (revived[key] ??= []).push(node);
    }
  }
  return revived as AnyMachineSnapshot['historyValue'];
}

export function restoreCase(type: CaseType, version: number, persisted: unknown): AnyMachineSnapshot {
  return restoreChecked(type, version, persisted).snapshot;
}

function restoreChecked(
  type: CaseType,
  version: number,
  persisted: unknown,
): { machine: AnyStateMachine; snapshot: AnyMachineSnapshot; template: StateTemplate } {
  const machine = getMachine(type, version);
  try {
    return { machine, ...restore(machine, persisted as PersistedCase) };
  } catch (error) {
    throw new InvalidSnapshotError(type, version, error);
  }
}

/**
 * The snapshot as plain JSON, the same object xstate's `getPersistedSnapshot` returns (same keys, same order) without
 * its deep walk of the context looking for actor references, which case machines never hold.
 */
function persist(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): unknown {
  if (Object.keys(snapshot.children).length > 0) return machine.getPersistedSnapshot(snapshot);
  const historyValue: Record<string, { id: string }[]> = {};
  for (const key in snapshot.historyValue) {
    const nodes = snapshot.historyValue[key];
    if (Array.isArray(nodes)) historyValue[key] = nodes.map((node) => ({ id: node.id }));
  }
  return {
    status: snapshot.status,
    output: snapshot.output,
    error: snapshot.error,
    value: snapshot.value,
    historyValue,
    context: snapshot.context,
    children: {},
  };
}

export function startCase(type: CaseType, input: StartCaseInput, version = LATEST_MACHINE_VERSION[type]): CaseState {
  if (type === 'commitment' && !input.ownerAgencyId) throw new InvalidCaseInputError(type, 'ownerAgencyId');
  const machine = getMachine(type, version);
  const [snapshot] = initialTransition(machine, input);
  return {
    machineId: type,
    version,
    snapshot: persist(machine, snapshot),
    state: toStatePath(snapshot.value),
    context: snapshot.context,
  };
}

type TransitionDefinition = ReturnType<AnyStateMachine['getTransitionData']>[number];
type Assigner = (args: Record<string, unknown>, params: undefined) => Record<string, unknown>;

/** What one transition from one state does, learned from xstate the first time it is taken (`planOf`). */
interface StepPlan {
  /** The state the case ends in. */
  target: StateTemplate;
  /** The transition's context updates, in order (every action of a plain case machine is an `assign`). */
  assigners: Assigner[];
  /** The history states the exit records (their remembered nodes depend on the source state only). */
  history: Record<string, AnyStateNode[]> | null;
  status: AnyMachineSnapshot['status'];
}

const plainMachines = new WeakMap<AnyStateMachine, boolean>();
const plans = new WeakMap<StateTemplate, Map<TransitionDefinition, StepPlan | null>>();

/** The `assign` behind a transition's action (a named action of the setup or an inline one), or null for anything else. */
function assignerOf(machine: AnyStateMachine, action: unknown): Assigner | null {
  const resolved = typeof action === 'string' ? (machine.implementations.actions as Record<string, unknown>)[action] : action;
  if (typeof resolved !== 'function') return null;
  const builtin = resolved as { type?: unknown; assignment?: unknown };
  return builtin.type === 'xstate.assign' && typeof builtin.assignment === 'function' ? (builtin.assignment as Assigner) : null;
}

/**
 * Whether xstate's microstep, for this machine, reduces to "select the transition, run its assigns in order, move to
 * the target": no entry, exit, initial or invoked actions, no eventless, delayed, wildcard or done-event transitions,
 * no machine or final-state output, and every transition action an `assign`. The case machines are all like that;
 * a machine that is not keeps xstate's own microstep for every event.
 */
function isPlain(machine: AnyStateMachine): boolean {
  let plain = plainMachines.get(machine);
  if (plain === undefined) {
    const visit = (node: AnyStateNode): boolean => {
      if (node.entry.length || node.exit.length || node.invoke.length || node.always?.length || node.after.length) return false;
      if (node.output !== undefined || (node.type === 'compound' && node.initial.actions.length)) return false;
      for (const [eventType, transitions] of node.transitions) {
        if (eventType.includes('*') || eventType.startsWith('xstate.')) return false;
        if (transitions.some((t) => t.actions.some((action) => !assignerOf(machine, action)))) return false;
      }
      return Object.values(node.states).every(visit);
    };
    plain = machine.root.output === undefined && visit(machine.root);
    plainMachines.set(machine, plain);
  }
  return plain;
}

/** The plain step: the transition's assigns on the context, the target state's cached template. */
function planned(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, plan: StepPlan, event: CaseCommand): AnyMachineSnapshot {
  let context = snapshot.context as Record<string, unknown>;
  const { self, system } = inertScope(machine) as unknown as { self: unknown; system: unknown };
  for (const assigner of plan.assigners)
    context = Object.assign({}, context, assigner({ context, event, spawn: noSpawn, self, system }, undefined));
  return {
    ...plan.target.snapshot,
    status: plan.status,
    output: undefined,
    error: undefined,
    context,
    children: {},
    historyValue: plan.history ? { ...snapshot.historyValue, ...plan.history } : snapshot.historyValue,
  } as AnyMachineSnapshot;
}

function noSpawn(): never {
  throw new Error('Case machines spawn no actors');
}

/** Two steps' outcomes agree: state, status, history and context (as JSON). */
function sameOutcome(a: AnyMachineSnapshot, b: AnyMachineSnapshot): boolean {
  const history = (s: AnyMachineSnapshot) =>
    JSON.stringify(Object.entries(s.historyValue ?? {}).map(([key, nodes]) => [key, (nodes as AnyStateNode[]).map((n) => n.id)]));
  return (
    stateKey(a.value) === stateKey(b.value) &&
    a.status === b.status &&
    a.output === b.output &&
    history(a) === history(b) &&
    JSON.stringify(a.context) === JSON.stringify(b.context)
  );
}

/**
 * One event's step. xstate's `transition` clones the whole snapshot (state value and tags recomputed from the nodes)
 * after every assign and again after the step, and computes the exit and entry sets each time: two thirds of the cost
 * of an event. For a plain machine (`isPlain`) that work depends only on the state and the transition taken, so it is
 * learned once from xstate itself: the first time a transition is taken from a state, xstate runs it, and the plan
 * (target, history, status) is kept only if replaying it gives exactly xstate's snapshot. A transition into a history
 * state (whose target depends on the case's history) and a step selecting several transitions always go to xstate.
 * Returns null when no transition is enabled (the guards refuse).
 */
function step(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  template: StateTemplate,
  event: CaseCommand,
): AnyMachineSnapshot | null {
  const transitions = machine.getTransitionData(snapshot, event);
  const [transition] = transitions;
  if (!transition) return null;
  if (transitions.length > 1 || !isPlain(machine)) return pureTransition(machine, snapshot, event);
  let byTransition = plans.get(template);
  if (!byTransition) plans.set(template, (byTransition = new Map()));
  const plan = byTransition.get(transition);
  if (plan) return planned(machine, snapshot, plan, event);
  const next = pureTransition(machine, snapshot, event);
  if (plan === undefined) byTransition.set(transition, learn(machine, snapshot, transition, event, next));
  return next;
}

/** The plan of a transition from xstate's own step, or null when it cannot be replayed (then xstate runs it each time). */
function learn(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  transition: TransitionDefinition,
  event: CaseCommand,
  next: AnyMachineSnapshot,
): StepPlan | null {
  if (transition.target?.some((node) => node.type === 'history')) return null;
  const assigners = transition.actions.map((action) => assignerOf(machine, action));
  if (assigners.some((a) => a === null)) return null;
  let history: Record<string, AnyStateNode[]> | null = null;
  for (const key in next.historyValue) {
    if (next.historyValue[key] !== snapshot.historyValue[key]) (history ??= {})[key] = next.historyValue[key] as AnyStateNode[];
  }
  const plan: StepPlan = { target: templateOf(machine, next.value), assigners: assigners as Assigner[], history, status: next.status };
  return sameOutcome(planned(machine, snapshot, plan, event), next) ? plan : null;
}

/** Event types the state has a transition for, guards not evaluated, in document order. */
export function eventsInState(snapshot: AnyMachineSnapshot): CaseEventType[] {
  const types = new Set<CaseEventType>();
  for (const t of getNextTransitions(snapshot)) {
    if (t.eventType && !t.eventType.startsWith('xstate.')) types.add(t.eventType as CaseEventType);
  }
  return [...types];
}

/**
 * A canonical payload for the guards that read the event, chosen so the guard passes whenever the case's own facts
 * allow the event: a far dialogue date, the most permissive extension complexity, an agency no case is led by.
 */
const PROBE_PAYLOAD: Partial<Record<CaseEventType, Record<string, unknown>>> = {
  SCHEDULE_DIALOGUE: { date: '9999-12-31', place: '', participants: [] },
  REQUEST_EXTENSION: { reason: '', complexity: 'especially_complex' },
  REASSIGN_AGENCY: { toAgencyId: '(probe: another agency)', reason: '' },
};

export function isEnabled(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, type: CaseEventType, role: ActorRole): boolean {
  const probe: CaseCommand = {
    type,
    ...PROBE_PAYLOAD[type],
    at: (snapshot.context as { updatedAt?: string }).updatedAt ?? '',
    actor: { id: 'probe', role },
  };
  return machine.getTransitionData(snapshot, probe).length > 0;
}

function enabledEvents(
  type: CaseType,
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  inState: readonly CaseEventType[],
  role?: ActorRole,
  decides = false,
): CaseEventType[] {
  if (snapshot.status !== 'active') return [];
  return inState.filter(
    (eventType) =>
      (role === undefined || canSend(type, eventType, role, decides)) && isEnabled(machine, snapshot, eventType, role ?? 'system'),
  );
}

/**
 * The events the role may send now: the state takes them, the role is permitted (or, for a decision, the caller holds
 * the deciding seat of this case: `decides`, from the competence table and the agency tree), and the case's facts pass
 * the guard.
 */
export function allowedEvents(type: CaseType, version: number, persisted: unknown, role?: ActorRole, decides = false): CaseEventType[] {
  const { machine, snapshot, template } = restoreChecked(type, version, persisted);
  return enabledEvents(type, machine, snapshot, template.eventTypes, role, decides);
}

/** The same, with labels, for a UI's action buttons. */
export function allowedEventsWithLabels(
  type: CaseType,
  version: number,
  persisted: unknown,
  role?: ActorRole,
  decides = false,
): AllowedEvent[] {
  return allowedEvents(type, version, persisted, role, decides).map((eventType) => ({ type: eventType, label: EVENT_LABELS[eventType] }));
}

/**
 * Applies one event with the pure `transition()`: restore → transition → persist. Judges the lifecycle only (the
 * backend checks `canSend` for the actor's role first): 'FINAL' when the case is over, 'NOT_ALLOWED' when the state
 * has no transition for the event, 'GUARD_FAILED' when it has one but the case's facts or the payload forbid it.
 */
export function applyEvent(type: CaseType, version: number, persisted: unknown, event: CaseCommand): ApplyEventResult {
  const { machine, snapshot, template } = restoreChecked(type, version, persisted);
  if (snapshot.status !== 'active') return { ok: false, reason: 'FINAL', allowed: [] };
  if (!template.eventTypes.includes(event.type as CaseEventType)) {
    return { ok: false, reason: 'NOT_ALLOWED', allowed: enabledEvents(type, machine, snapshot, template.eventTypes) };
  }
  const next = step(machine, snapshot, template, event);
  if (!next) return { ok: false, reason: 'GUARD_FAILED', allowed: enabledEvents(type, machine, snapshot, template.eventTypes) };
  const state = next._nodes === snapshot._nodes ? template.path : toStatePath(next.value);
  return {
    ok: true,
    snapshot: persist(machine, next),
    state,
    context: next.context,
    changed: next.context !== snapshot.context || state !== template.path,
  };
}
