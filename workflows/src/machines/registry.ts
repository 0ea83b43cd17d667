import { CASE_TYPES, type CaseType } from '@tiep-dan/contracts';
import type { AnyStateMachine } from 'xstate';
import { commitmentMachine } from './commitment/commitment.machine';
import { complaintMachine, complaintMachineV1, complaintMachineV2 } from './complaint/complaint.machine';
import { denunciationMachine, denunciationMachineV1, denunciationMachineV2 } from './denunciation/denunciation.machine';
import { proposalMachine, reflectionMachine } from './petition/petition.machine';
import { receptionMachine } from './reception/reception.machine';

/** Machine ids are the case types: one lifecycle per type. */
export const MACHINE_IDS: readonly CaseType[] = CASE_TYPES;

/**
 * Every published version of every machine. A case keeps the version it started with, so a version, once released,
 * is never edited: a change of lifecycle is a new entry here (and the old one stays until no open case uses it).
 * One addition was made to every version at once, on purpose: the leader's reassignment of the lead agency
 * (REASSIGN_AGENCY, common.ts). It adds no state, changes no existing transition or guard and moves no clock (it stays
 * in the state it was sent in), so every stored snapshot restores and behaves as before for every other event; as a
 * new version it would have reached no case already open, and the overdue ones are the cases it exists for.
 */
const MACHINES: Record<CaseType, Readonly<Record<number, AnyStateMachine>>> = {
  reception: { 1: receptionMachine },
  complaint: { 1: complaintMachineV1, 2: complaintMachineV2, 3: complaintMachine },
  denunciation: { 1: denunciationMachineV1, 2: denunciationMachineV2, 3: denunciationMachine },
  proposal: { 1: proposalMachine },
  reflection: { 1: reflectionMachine },
  commitment: { 1: commitmentMachine },
};

export const LATEST_MACHINE_VERSION: Record<CaseType, number> = {
  reception: 1,
  complaint: 3,
  denunciation: 3,
  proposal: 1,
  reflection: 1,
  commitment: 1,
};

export class UnknownMachineError extends Error {
  readonly code = 'UNKNOWN_MACHINE';
  constructor(
    readonly machineId: string,
    readonly version: number,
  ) {
    super(`No machine '${machineId}' version ${version}`);
    this.name = 'UnknownMachineError';
  }
}

export function getMachine(id: CaseType, version: number): AnyStateMachine {
  const machine = Object.prototype.hasOwnProperty.call(MACHINES, id) ? MACHINES[id][version] : undefined;
  if (!machine) throw new UnknownMachineError(id, version);
  return machine;
}
