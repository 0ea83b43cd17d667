import type { CaseCategory } from '@tiep-dan/contracts';
import {
  eligibleMatters,
  firstMatter,
  isEligible,
  isEligiblePetition,
  isProcessed,
  type MatterFact,
  type MatterType,
  type PetitionFact,
  type PriorStatus,
  type ReportFacts,
} from '../report-facts';
import { matterItem, petitionItem, UNAVAILABLE } from '../report-items';
import { col, group, na, ones, type ColumnSpec, type Counter, type HeadingSpec, type NoteSpec } from '../report-spec';

/**
 * The forms of handling petitions (xử lý đơn) of Thông tư 02/2021/TT-TTCP: 01/XLD for every petition, 02/XLD for
 * complaints, 03/XLD for denunciations, 04/XLD for proposals and reflections. A petition (đơn) is a registered letter,
 * a case registered from a letter-channel without one, or what a visit brought (01/XLD counts petitions received at
 * reception too); it is classed by its first matter. Matters (vụ việc) are counted by their own type.
 *
 * Carried over (kỳ trước chuyển sang): received before the period and not handled when it began. Handled (đã xử lý):
 * every matter has its outcome by the end of the period. Eligible (đủ điều kiện xử lý): handled, and the first matter
 * was not archived, returned, refused or withdrawn.
 */

type Petitions = (f: ReportFacts) => PetitionFact[];

export const carried = (f: ReportFacts, p: PetitionFact) => p.receivedAt < f.from;
export const isMultiple = (p: PetitionFact) => p.signatories > 1;

/** The field groups of the forms, from the system's case categories. */
export const POLICY: CaseCategory[] = ['social_policy'];
export const LAND: CaseCategory[] = ['land', 'site_clearance', 'resettlement', 'construction'];
export const ADMINISTRATIVE_OTHER: CaseCategory[] = ['environment'];
export const OTHER: CaseCategory[] = ['other'];

export const inCategory =
  (...lists: CaseCategory[][]) =>
  (m: MatterFact) =>
    lists.some((l) => l.includes(m.category));
export const withPrior =
  (...statuses: PriorStatus[]) =>
  (m: MatterFact) =>
    statuses.includes(m.prior);
export const RESOLVED_BEFORE: PriorStatus[] = ['resolved_once', 'resolved_twice'];
export const IN_PROGRESS: PriorStatus[] = ['in_progress', 'overdue'];

/** The counters of one form: its petitions (by class) and the eligible matters of the given types. */
export function counters(classOf: (p: PetitionFact) => boolean, types: MatterType[]) {
  const petitions: Petitions = (f) => f.petitions.filter(classOf);
  const count =
    (only: (p: PetitionFact, f: ReportFacts) => boolean): Counter =>
    (f) =>
      ones(
        petitions(f).filter((p) => only(p, f)),
        petitionItem,
      );
  const matters =
    (only: (m: MatterFact) => boolean): Counter =>
    (f) =>
      f.petitions.flatMap((p) =>
        ones(
          eligibleMatters(p).filter((m) => types.includes(m.type) && only(m)),
          (m) => matterItem(m, p),
        ),
      );
  const eligible = (only: (m: MatterFact) => boolean) => count((p) => isEligiblePetition(p) && only(firstMatter(p)));
  return { count, matters, eligible };
}

export type Counters = ReturnType<typeof counters>;

/** Carried over and received in the period, each by signatories (and "đơn khác" where the form has it). */
export const received = (c: Counters, first: number, layout: { others: boolean; petitionWord: boolean }): HeadingSpec[] => {
  const width = layout.others ? 3 : 2;
  const cells = (inPeriod: boolean, no: number): ColumnSpec[] => [
    col(
      no,
      'Đơn có nhiều người đứng tên',
      'Signed by several',
      c.count((p, f) => carried(f, p) !== inPeriod && isMultiple(p)),
    ),
    col(
      no + 1,
      'Đơn một người đứng tên',
      'Signed by one',
      c.count((p, f) => carried(f, p) !== inPeriod && !isMultiple(p)),
    ),
    ...(layout.others ? [na(no + 2, 'Đơn khác', 'Other petitions', UNAVAILABLE.anonymous)] : []),
  ];
  return [
    group(layout.petitionWord ? 'Đơn kỳ trước chuyển sang' : 'Kỳ trước chuyển sang', 'Carried over', cells(false, first)),
    group(layout.petitionWord ? 'Đơn tiếp nhận trong kỳ' : 'Tiếp nhận trong kỳ', 'Received in the period', cells(true, first + width)),
  ];
};

export const handledColumns = (c: Counters, no: number, total = 'Tổng'): ColumnSpec[] => [
  col(
    no,
    total,
    'Total',
    c.count((p) => isProcessed(p)),
    `${no}=${no + 1}+${no + 2}`,
  ),
  col(
    no + 1,
    'Đơn kỳ trước chuyển sang',
    'Carried over',
    c.count((p, f) => isProcessed(p) && carried(f, p)),
  ),
  col(
    no + 2,
    'Đơn tiếp nhận trong kỳ',
    'Received in the period',
    c.count((p, f) => isProcessed(p) && !carried(f, p)),
  ),
];

export const REPLIES = (no: number) =>
  na(no, 'Số văn bản phúc đáp nhận được do chuyển đơn', 'Replies received to forwarded petitions', UNAVAILABLE.replies);

export const notEligibleNote = (c: Counters): NoteSpec => ({
  key: 'notEligible',
  label: { vi: 'Không đủ điều kiện xử lý', en: 'Not eligible' },
  unit: { vi: 'đơn', en: 'petitions' },
  count: c.count((p) => isProcessed(p) && !isEligible(firstMatter(p).outcome)),
});

export const is =
  (...o: MatterFact['outcome'][]) =>
  (m: MatterFact) =>
    o.includes(m.outcome);
export const all = () => true;
export const PETITION_COUNT = ['Số đơn', 'Petitions'] as const;
export const MATTER_COUNT = ['Số vụ việc', 'Matters'] as const;
