import type { CaseEventAnswerDto, CaseSummaryDto } from '@tiep-dan/contracts';

/** A row of the list as the reassignment left its case: the new agency, version, state and deadline. */
export function asReassigned(row: CaseSummaryDto, updated: CaseEventAnswerDto): CaseSummaryDto {
  return {
    ...row,
    state: updated.state,
    stateLabel: updated.stateLabel,
    version: updated.version,
    leadAgencyId: updated.leadAgencyId,
    leadAgencyName: updated.leadAgencyName,
    dueAt: updated.dueAt,
    overdueSince: updated.overdueSince,
    deadlineStatus: updated.deadlineStatus,
    pendingParty: updated.pendingParty,
    reassignable: updated.reassignable,
  };
}
