import {
  GROUP_VISIT_MIN_PEOPLE,
  type CaseCategory,
  type CasePartyInput,
  type LogVisitRequest,
  type ReceptionContentType,
  type ReceptionRefusalReason,
} from '@tiep-dan/contracts';

/** One matter of the visit form, as typed. */
export interface MatterForm {
  contentType: ReceptionContentType;
  category: CaseCategory;
  summary: string;
  content: string;
}

/** The visit form as typed: what the officer heard, and whether the visit is refused. */
export interface VisitDraft {
  citizen: CasePartyInput;
  neighbourhoodId: string;
  previouslyHandledBy: string;
  groupSize: number;
  representatives: CasePartyInput[];
  matters: MatterForm[];
  refusing: boolean;
  refusalReason: ReceptionRefusalReason | '';
  refusalNote: string;
  /** The case this visit repeats, when the officer said so. */
  duplicateOf: string | null;
}

export const emptyMatter = (): MatterForm => ({
  contentType: 'complaint',
  category: 'land',
  summary: '',
  content: '',
});

export const emptyParty = (): CasePartyInput => ({
  fullName: '',
  idNumber: '',
  phone: '',
  address: '',
});

const ID_NUMBER = /^(\d{9}|\d{12})$/;

/** What the duplicate check asks the server about. */
export interface DuplicateQuery {
  idNumber?: string;
  summary?: string;
  neighbourhoodId?: string;
}

/** What identifies a repeat as typed so far: a full ID number, or a summary of 8+ characters in a known neighbourhood. */
export function duplicateQuery(idNumber: string, summary: string, neighbourhoodId: string): DuplicateQuery {
  return {
    ...(ID_NUMBER.test(idNumber) ? { idNumber } : {}),
    ...(summary.length >= 8 && neighbourhoodId ? { summary, neighbourhoodId } : {}),
  };
}

/** The representatives a group of this size keeps: at least one row from GROUP_VISIT_MIN_PEOPLE people, none below. */
export function representativesFor(groupSize: number, representatives: CasePartyInput[]): CasePartyInput[] {
  const wanted = groupSize >= GROUP_VISIT_MIN_PEOPLE ? Math.max(1, representatives.length) : 0;
  let out = representatives;
  while (out.length < wanted) out = [...out, emptyParty()];
  return wanted === 0 ? [] : out;
}

/** The request of a visit: texts trimmed, empty optional fields left out; a refused visit carries no matters. */
export function visitRequest(d: VisitDraft): LogVisitRequest {
  const party = (p: CasePartyInput): CasePartyInput => ({
    fullName: p.fullName.trim(),
    ...(p.idNumber?.trim() ? { idNumber: p.idNumber.trim() } : {}),
    ...(p.phone?.trim() ? { phone: p.phone.trim() } : {}),
    ...(p.address?.trim() ? { address: p.address.trim() } : {}),
  });
  return {
    citizen: party(d.citizen),
    groupSize: d.groupSize || 1,
    ...(d.representatives.length ? { representatives: d.representatives.map(party) } : {}),
    ...(d.neighbourhoodId ? { neighbourhoodId: d.neighbourhoodId } : {}),
    ...(d.previouslyHandledBy.trim() ? { previouslyHandledBy: d.previouslyHandledBy.trim() } : {}),
    contents: d.refusing
      ? []
      : d.matters.map((m) => ({
          contentType: m.contentType,
          category: m.category,
          summary: m.summary.trim(),
          ...(m.content.trim() ? { content: m.content.trim() } : {}),
        })),
    ...(d.refusing && d.refusalReason
      ? {
          refusal: {
            reason: d.refusalReason,
            ...(d.refusalNote.trim() ? { note: d.refusalNote.trim() } : {}),
          },
        }
      : d.refusing
        ? { refusal: { reason: '' as ReceptionRefusalReason } }
        : {}),
    ...(d.duplicateOf && !d.refusing ? { duplicateOf: d.duplicateOf } : {}),
  };
}
