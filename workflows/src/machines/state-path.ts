import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';

/** A state value as the dotted path stored in a case's `state` column: `{ accepted: 'verification' }` → 'accepted.verification'. */
export function toStatePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key] = Object.keys(value);
  if (key === undefined) return '';
  const child = value[key];
  return child === undefined || (typeof child === 'object' && Object.keys(child).length === 0) ? key : `${key}.${toStatePath(child)}`;
}

/** The path of a state node (root excluded), dotted. */
export function pathOf(node: AnyStateNode): string {
  return node.path.join('.');
}

/** The state nodes from the root's child down to the node at `path` (a dotted path or a state value). */
export function nodesAlong(machine: AnyStateMachine, path: string | StateValue): AnyStateNode[] {
  const segments = (typeof path === 'string' ? path : toStatePath(path)).split('.').filter(Boolean);
  const nodes: AnyStateNode[] = [];
  let node: AnyStateNode = machine.root;
  for (const segment of segments) {
    const child: AnyStateNode | undefined = node.states[segment];
    if (!child) throw new UnknownStateError(machine.id, segments.join('.'));
    nodes.push(child);
    node = child;
  }
  return nodes;
}

/** Every state node below the root, depth first in document order, history pseudo-states excluded. */
export function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => (child.type === 'history' ? [] : [child, ...allStateNodes(child)]));
}

export class UnknownStateError extends Error {
  readonly code = 'UNKNOWN_STATE';
  constructor(
    readonly machineId: string,
    readonly state: string,
  ) {
    super(`Machine '${machineId}' has no state '${state}'`);
    this.name = 'UnknownStateError';
  }
}
