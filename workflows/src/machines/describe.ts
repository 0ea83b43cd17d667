import type {
  CaseEventType,
  CaseType,
  MachineDescription,
  MachineEventDescription,
  MachineStateDescription,
  MachineTransitionDescription,
} from '@tiep-dan/contracts';
import type { AnyStateNode } from 'xstate';
import type { CaseStateMeta } from './common';
import { EVENT_LABELS, payloadFields } from './labels';
import { isDecidersEvent, rolesFor } from './permissions';
import { getMachine } from './registry';
import { allStateNodes, pathOf } from './state-path';

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
  return undefined;
}

function describeState(node: AnyStateNode): MachineStateDescription {
  const meta = node.meta as CaseStateMeta | undefined;
  const parent = node.parent && node.parent.parent ? pathOf(node.parent) : undefined;
  const initialTarget = node.parent?.initial?.target[0];
  const state: MachineStateDescription = {
    id: pathOf(node),
    label: meta?.label ?? { vi: node.key, en: node.key },
    final: node.type === 'final',
    initial: initialTarget === node,
  };
  if (parent !== undefined) state.parent = parent;
  if (meta?.deadlineRule !== undefined) state.deadlineRule = meta.deadlineRule;
  if (meta?.clock !== undefined) state.clock = meta.clock;
  return state;
}

function describeTransitions(node: AnyStateNode): MachineTransitionDescription[] {
  const from = pathOf(node);
  const transitions: MachineTransitionDescription[] = [];
  for (const [eventType, definitions] of node.transitions) {
    for (const definition of definitions) {
      const target: AnyStateNode | undefined = definition.target?.[0];
      const history = target?.type === 'history';
      const description: MachineTransitionDescription = {
        from,
        event: eventType as CaseEventType,
        // A history target means "back where it was": drawn as an edge to the stage it returns into.
        to: target ? pathOf(history && target.parent ? target.parent : target) : from,
      };
      if (history) description.history = true;
      const guard = guardName(definition.guard);
      if (guard !== undefined) description.guard = guard;
      transitions.push(description);
    }
  }
  return transitions;
}

/**
 * The lifecycle as data for the UI, read from the machine definition itself: states (with labels and deadline
 * rules), transitions (from, event, to, guard) and events (labels, roles, payload fields). Transitions declared on the
 * root (deadline facts) have `from: ''`: they apply in every open state.
 */
export function describeMachine(type: CaseType, version: number): MachineDescription {
  const machine = getMachine(type, version);
  const nodes = allStateNodes(machine.root);
  const transitions = [machine.root, ...nodes].flatMap(describeTransitions);
  const eventTypes = [...new Set(transitions.map((t) => t.event))];
  const events: MachineEventDescription[] = eventTypes.map((eventType) => ({
    type: eventType,
    label: EVENT_LABELS[eventType],
    roles: rolesFor(type, eventType),
    ...(isDecidersEvent(type, eventType) ? { decider: true } : {}),
    payload: payloadFields(type, eventType),
  }));
  const initial = machine.root.initial?.target[0];
  return {
    machineId: type,
    version,
    initial: initial ? pathOf(initial) : '',
    states: nodes.map(describeState),
    transitions,
    events,
  };
}
