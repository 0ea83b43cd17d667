import type { BilingualText, CaseType, MachineDescription, PayloadFieldDescription } from '@tiep-dan/contracts';
import { describeMachine } from '@tiep-dan/workflows';

/** Machine descriptions are pure functions of (type, version): built once per process, read on every request. */
const cache = new Map<string, MachineDescription>();

export function lifecycleOf(type: CaseType, version: number): MachineDescription {
  const key = `${type}@${version}`;
  let description = cache.get(key);
  if (!description) {
    description = describeMachine(type, version);
    cache.set(key, description);
  }
  return description;
}

export function stateLabel(type: CaseType, version: number, state: string): BilingualText {
  return lifecycleOf(type, version).states.find((s) => s.id === state)?.label ?? { vi: state, en: state };
}

/** The payload an event declares; undefined when the machine has no such event. */
export function eventPayload(type: CaseType, version: number, event: string): PayloadFieldDescription[] | undefined {
  return lifecycleOf(type, version).events.find((e) => e.type === event)?.payload;
}

const taking = new Map<string, boolean>();

/** Whether a state of a machine version takes the event (a transition from it or from a state it is inside). */
export function takesEvent(type: CaseType, version: number, state: string, event: string): boolean {
  const key = `${type}@${version}:${state}:${event}`;
  let takes = taking.get(key);
  if (takes === undefined) {
    takes = lifecycleOf(type, version).transitions.some(
      (t) => t.event === event && t.from !== '' && (t.from === state || state.startsWith(`${t.from}.`)),
    );
    taking.set(key, takes);
  }
  return takes;
}
