import {
  DEADLINE_EVENT_TYPES,
  REASSIGN_AGENCY_EVENT,
  type AgencyDto,
  type CaseDetailDto,
  type MachineEventDescription,
  type Role,
} from '@tiep-dan/contracts';
import { agencyTargets } from '../shared/agency-targets';
import type { CASE_DETAIL_MESSAGES } from './case-detail.messages';

/** What the case page shows of a case, derived from its detail: pure, for tests. */

const SYSTEM_EVENTS: ReadonlySet<string> = new Set(DEADLINE_EVENT_TYPES);
/** Events that send the case to another agency: the current one is not a choice. */
const TO_ANOTHER_AGENCY: ReadonlySet<string> = new Set(['FORWARD', 'ESCALATE']);
/** Roles that may add files to a case (inspectors only read). */
const UPLOADERS: readonly Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head', 'mobilization_lead'];

/** The actions the caller may take now, as the machine describes them (deadline events are the system's own). */
export function caseActions(c: CaseDetailDto): MachineEventDescription[] {
  return c.allowedEvents
    .filter((a) => !SYSTEM_EVENTS.has(a.type))
    .map(
      (a) =>
        c.lifecycle.events.find((e) => e.type === a.type) ?? {
          type: a.type,
          label: a.label,
          roles: [],
          payload: [],
        },
    );
}

/** The states the case has been through, from its history. */
export function visitedStates(c: CaseDetailDto): string[] {
  return [...new Set(c.history.flatMap((h) => [h.fromState, h.toState]).filter((s): s is string => !!s))];
}

/**
 * The day a complaint's dialogue is set for, dd/MM/yyyy, while the minutes form is open before that day (`today`,
 * YYYY-MM-DD in Vietnam): the server refuses minutes of a dialogue not yet held, and the form says so up front.
 */
export function dialogueDayAhead(c: CaseDetailDto | null, activeEvent: string | null, today: string): string | null {
  if (c?.type !== 'complaint' || activeEvent !== 'RECORD_DIALOGUE_MINUTES') return null;
  const date = c.context.dialogue?.date;
  if (typeof date !== 'string') return null;
  const day = date.slice(0, 10);
  return day > today ? day.split('-').reverse().join('/') : null;
}

/** The agencies an action's form offers: all, but the lead one for an action that sends the case elsewhere. */
export function agenciesFor(
  event: string | null,
  c: Pick<CaseDetailDto, 'leadAgencyId' | 'communeId'> | null,
  agencies: AgencyDto[],
): AgencyDto[] {
  const lead = c?.leadAgencyId ?? null;
  // A leader gives the case to a unit of its commune or a department of its province, never the one leading it.
  if (event === REASSIGN_AGENCY_EVENT && c) return agencyTargets(agencies, c.communeId, lead);
  return event && TO_ANOTHER_AGENCY.has(event) ? agencies.filter((a) => a.id !== lead) : agencies;
}

/** Cases this one came from or repeats, not already listed with their relation by the links panel. */
export function relatedLinks(c: CaseDetailDto): { key: keyof typeof CASE_DETAIL_MESSAGES; id: string }[] {
  const links: { key: keyof typeof CASE_DETAIL_MESSAGES; id: string }[] = [];
  if (c.related.duplicateOf) links.push({ key: 'case.related.duplicateOf', id: c.related.duplicateOf });
  if (c.related.secondComplaintOf)
    links.push({
      key: 'case.related.secondComplaintOf',
      id: c.related.secondComplaintOf,
    });
  const linked = c.context.linkedCaseId;
  if (typeof linked === 'string' && linked !== c.related.secondComplaintOf) links.push({ key: 'case.related.linkedCase', id: linked });
  // A handoff (second complaint, forward…) is already listed with its relation by the links panel.
  const shown = new Set(c.links.map((l) => l.caseId));
  return links.filter((l) => !shown.has(l.id));
}

/** Whether a user of this role may add files: the uploading roles, while the case is open. */
export function mayUpload(role: Role | undefined, c: CaseDetailDto | null) {
  return !!role && UPLOADERS.includes(role) && !c?.closedAt;
}
