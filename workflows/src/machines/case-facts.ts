import type { CaseFactsDto, CaseType } from '@tiep-dan/contracts';
import type { CommitmentContext } from './commitment/commitment.machine';
import type { ComplaintContext } from './complaint/complaint.machine';
import type { DenunciationContext } from './denunciation/denunciation.machine';
import type { PetitionContext } from './petition/petition.machine';
import type { ReceptionContext } from './reception/reception.machine';

/**
 * Typed readers of a case's machine context, for the backend (which stores the snapshot as JSON) and the contract
 * (`CaseDetailDto.context`). Code outside `workflows` reads a fact of a machine through these, never by a string key,
 * so renaming a fact in a machine is a compile error here, not a silent `undefined` on a screen or in a notice.
 */

/** The machine context each case type carries. */
export interface CaseContextOf {
  complaint: ComplaintContext;
  denunciation: DenunciationContext;
  proposal: PetitionContext;
  reflection: PetitionContext;
  reception: ReceptionContext;
  commitment: CommitmentContext;
}

/** Compile-time: every machine's context is a `CaseFactsDto`, the public shape (a fact renamed in either breaks here). */
type Fits<T extends CaseFactsDto> = T;
export type CaseContextsFitTheContract = [
  Fits<ComplaintContext>,
  Fits<DenunciationContext>,
  Fits<PetitionContext>,
  Fits<ReceptionContext>,
  Fits<CommitmentContext>,
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The context of a stored snapshot (`snapshot.context` as read from the database) as its case type's context. The
 * snapshot was written by the machine, so its shape is the machine's; a missing or non-object context (a corrupt row)
 * reads as no facts beyond an empty base rather than throwing in a list.
 */
export function caseFactsOf<T extends CaseType>(type: T, context: unknown): Partial<CaseContextOf[T]> & Partial<CaseFactsDto> {
  void type;
  return isRecord(context) ? (context as Partial<CaseContextOf[T]>) : {};
}

/** The facts for the API (`CaseDetailDto.context`): the machine's context, typed. */
export function caseFactsDto(type: CaseType, context: unknown): CaseFactsDto {
  return caseFactsOf(type, context) as CaseFactsDto;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The agency the machine has given the case to (accepted, assigned, reassigned), or null. */
export function leadAgencyOf(facts: Partial<CaseFactsDto>): string | null {
  return stringOrNull(facts.agencyId);
}

/** A complaint's level: second only when the machine recorded it so. */
export function complaintLevelOf(facts: Partial<CaseFactsDto>): 'first' | 'second' {
  return facts.level === 'second' ? 'second' : 'first';
}

/** The agency a denunciation was decided to be forwarded to (FORWARD), or null. */
export function forwardedToOf(facts: Partial<CaseFactsDto>): string | null {
  return stringOrNull(facts.forwardedTo);
}

/** The desk's answer on the spot to a reception matter, or null. */
export function receptionAnswerOf(facts: Partial<CaseFactsDto>): string | null {
  return stringOrNull(facts.answer);
}

/** A proposal's or reflection's response text (the agency's answer), or null. */
export function petitionResponseOf(facts: Partial<CaseFactsDto>): string | null {
  return stringOrNull(facts.response?.text);
}

/**
 * A fact's key, checked against the contract, for the few statements that filter on a fact inside the stored snapshot
 * (`snapshot -> 'context' -> factKey('extensionRequest')`): a renamed fact is a compile error there too.
 */
export function factKey<K extends keyof CaseFactsDto>(key: K): K {
  return key;
}
