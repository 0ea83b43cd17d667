import { GROUP_VISIT_MIN_PEOPLE, type ReceptionLead } from '@tiep-dan/contracts';
import {
  firstMatter,
  isEligible,
  isOutsideCompetence,
  isProcessed,
  isWithinCompetence,
  type MatterFact,
  type MatterType,
  type PetitionFact,
  type ReportFacts,
  type VisitFact,
} from '../report-facts';
import { matterItem, petitionItem, sessionItem, UNAVAILABLE, visitItem, visitMatterItem } from '../report-items';
import { col, group, na, ones, sumOf, type Counter, type FormSpec } from '../report-spec';

/**
 * The reception forms of Thông tư 02/2021/TT-TTCP: 01/TCD counts visits (lượt), people and matters (vụ việc) of the
 * officers' regular reception apart from the leaders' periodic and ad-hoc sessions, the head's own apart from an
 * authorised deputy's; 02/TCD classes the petitions brought at reception and how they were handled.
 *
 * A visit refused under Luật Tiếp công dân Art. 9 was not received: it counts in none of the figures, and the
 * "Ghi chú" column states how many there were.
 */

type Reception = 'regular' | 'head' | 'delegate';

const receptionOf = (v: VisitFact): Reception => (v.sessionKind === 'regular' ? 'regular' : v.ledBy === 'delegate' ? 'delegate' : 'head');

/** Đoàn đông người: five or more citizens together (Luật Tiếp công dân 2013 Art. 30; Nghị định 64/2014 Art. 4). */
const isGroupVisit = (v: VisitFact) => v.people >= GROUP_VISIT_MIN_PEOPLE;

const received = (f: ReportFacts, kind: Reception) => f.visits.filter((v) => !v.refusal && receptionOf(v) === kind);

/** The counts of one kind of reception: visits, people, matters first seen or repeated, and the group visits'. */
function reception(kind: Reception) {
  const visits = (only: (v: VisitFact) => boolean) => (f: ReportFacts) => received(f, kind).filter(only);
  const all = () => true;
  const count =
    (only: (v: VisitFact) => boolean): Counter =>
    (f) =>
      ones(visits(only)(f), visitItem);
  const people =
    (only: (v: VisitFact) => boolean): Counter =>
    (f) =>
      visits(only)(f).map((v) => ({ item: visitItem(v), weight: v.people }));
  const matters =
    (only: (v: VisitFact) => boolean, repeat: boolean): Counter =>
    (f) =>
      visits(only)(f).flatMap((v) =>
        ones(
          v.matters.filter((m) => m.repeat === repeat),
          (m) => visitMatterItem(m, v),
        ),
      );
  return {
    visits: count(all),
    people: people(all),
    first: matters(all, false),
    repeat: matters(all, true),
    groups: count(isGroupVisit),
    groupPeople: people(isGroupVisit),
    groupFirst: matters(isGroupVisit, false),
    groupRepeat: matters(isGroupVisit, true),
  };
}

/** Leaders' sessions held (kỳ tiếp), by who received. */
const sessionsLedBy =
  (lead: ReceptionLead): Counter =>
  (f) =>
    ones(
      f.sessions.filter((s) => s.ledBy === lead),
      sessionItem,
    );

const regular = reception('regular');
const head = reception('head');
const delegate = reception('delegate');

const MATTERS = ['Số vụ việc', 'Matters'] as const;
const GROUPS = ['Trong đó đoàn đông người', 'Of which group visits'] as const;

function receptionColumns(r: ReturnType<typeof reception>, first: number) {
  return [
    col(first, 'Số lượt tiếp', 'Visits', r.visits),
    col(first + 1, 'Số người được tiếp', 'People received', r.people),
    group(...MATTERS, [col(first + 2, 'Tiếp lần đầu', 'First time', r.first), col(first + 3, 'Tiếp nhiều lần', 'Again', r.repeat)]),
    group(...GROUPS, [
      col(first + 4, 'Số đoàn được tiếp', 'Groups received', r.groups),
      col(first + 5, 'Số người được tiếp', 'People', r.groupPeople),
      col(first + 6, 'Tiếp lần đầu', 'Matters first time', r.groupFirst),
      col(first + 7, 'Tiếp nhiều lần', 'Matters again', r.groupRepeat),
    ]),
  ];
}

export const FORM_01_TCD: FormSpec = {
  form: '01/TCD',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT',
    en: 'Citizen reception: regular, periodic and ad hoc',
  },
  headings: [
    col(1, 'Tổng số lượt tiếp', 'Visits in all', sumOf(regular.visits, head.visits, delegate.visits), '1=4+13+22'),
    col(2, 'Tổng số người được tiếp', 'People received in all', sumOf(regular.people, head.people, delegate.people), '2=5+14+23'),
    col(
      3,
      'Tổng số vụ việc tiếp',
      'Matters in all',
      sumOf(regular.first, regular.repeat, head.first, head.repeat, delegate.first, delegate.repeat),
      '3=6+7+15+16+24+25',
    ),
    group('Tiếp thường xuyên', 'Regular reception', receptionColumns(regular, 4)),
    group('Tiếp định kỳ và đột xuất của Thủ trưởng', 'Periodic and ad-hoc reception by the head', [
      group('Thủ trưởng tiếp', 'The head in person', [
        col(12, 'Số kỳ tiếp', 'Sessions', sessionsLedBy('head')),
        ...receptionColumns(head, 13),
      ]),
      group('Ủy quyền tiếp', 'An authorised deputy', [
        col(21, 'Số kỳ tiếp', 'Sessions', sessionsLedBy('delegate')),
        ...receptionColumns(delegate, 22),
      ]),
    ]),
  ],
  notes: [
    {
      key: 'refused',
      label: { vi: 'Từ chối tiếp', en: 'Refused (Art. 9)' },
      unit: { vi: 'lượt', en: 'visits' },
      count: (f) => f.visits.filter((v) => v.refusal).map((v) => ({ item: visitItem(v), weight: 1 })),
    },
  ],
};

// ---- 02/TCD ---------------------------------------------------------------------------------------------------------

/** Petitions brought at reception in the period: one per visit, its matters the visit's. */
const atReception = (f: ReportFacts) => f.petitions.filter((p) => p.source === 'visit' && p.receivedAt >= f.from);

const petitions =
  (only: (p: PetitionFact) => boolean): Counter =>
  (f) =>
    ones(atReception(f).filter(only), petitionItem);

const matters =
  (only: (m: MatterFact) => boolean): Counter =>
  (f) =>
    atReception(f).flatMap((p) => ones(p.matters.filter(only), (m) => matterItem(m, p)));

const ofType =
  (...types: MatterType[]) =>
  (m: MatterFact) =>
    types.includes(m.type);
const classedAs =
  (...types: MatterType[]) =>
  (p: PetitionFact) =>
    types.includes(firstMatter(p).type);
const handled = (outcome: (o: MatterFact['outcome']) => boolean) => (p: PetitionFact) => isProcessed(p) && outcome(firstMatter(p).outcome);

const PETITION_COUNT = ['Số đơn', 'Petitions'] as const;
const MATTER_COUNT = ['Số vụ việc', 'Matters'] as const;

export const FORM_02_TCD: FormSpec = {
  form: '02/TCD',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ PHÂN LOẠI, XỬ LÝ ĐƠN QUA TIẾP CÔNG DÂN',
    en: 'Petitions received at reception: classification and handling',
  },
  headings: [
    col(
      1,
      'Tổng số đơn nhận được qua tiếp công dân',
      'Petitions received at reception',
      petitions(() => true),
      '1=3+5+7=9+11',
    ),
    col(
      2,
      'Tổng số vụ việc được tiếp',
      'Matters received',
      matters(() => true),
      '2=4+6+8=10+12',
    ),
    group('Phân loại theo nội dung', 'By content', [
      group('Khiếu nại', 'Complaints', [
        col(3, ...PETITION_COUNT, petitions(classedAs('complaint'))),
        col(4, ...MATTER_COUNT, matters(ofType('complaint'))),
      ]),
      group('Tố cáo', 'Denunciations', [
        col(5, ...PETITION_COUNT, petitions(classedAs('denunciation'))),
        col(6, ...MATTER_COUNT, matters(ofType('denunciation'))),
      ]),
      group('Phản ánh, kiến nghị', 'Reflections, proposals', [
        col(7, ...PETITION_COUNT, petitions(classedAs('proposal', 'reflection'))),
        col(8, ...MATTER_COUNT, matters(ofType('proposal', 'reflection'))),
      ]),
    ]),
    group('Phân loại theo thẩm quyền', 'By competence', [
      group('Thuộc thẩm quyền', 'Within competence', [
        col(9, ...PETITION_COUNT, petitions(handled(isWithinCompetence))),
        col(
          10,
          ...MATTER_COUNT,
          matters((m) => isWithinCompetence(m.outcome)),
        ),
      ]),
      group('Không thuộc thẩm quyền', 'Outside competence', [
        col(11, ...PETITION_COUNT, petitions(handled(isOutsideCompetence))),
        group(...MATTER_COUNT, [
          col(
            12,
            'Tổng',
            'Total',
            matters((m) => isOutsideCompetence(m.outcome)),
            '12=13+14+15',
          ),
          col(
            13,
            'Hướng dẫn',
            'Guided',
            matters((m) => m.outcome === 'guided'),
          ),
          col(
            14,
            'Chuyển đơn',
            'Forwarded',
            matters((m) => m.outcome === 'forwarded'),
          ),
          na(15, 'Đôn đốc giải quyết', 'Urged', UNAVAILABLE.urge),
        ]),
      ]),
    ]),
    na(16, 'Số văn bản phúc đáp nhận được do chuyển đơn', 'Replies received to forwarded petitions', UNAVAILABLE.replies),
  ],
  notes: [
    {
      key: 'pending',
      label: { vi: 'Chưa có kết quả xử lý', en: 'Not handled yet' },
      unit: { vi: 'đơn', en: 'petitions' },
      count: petitions((p) => !isProcessed(p)),
    },
    {
      key: 'notEligible',
      label: { vi: 'Không đủ điều kiện xử lý', en: 'Not eligible' },
      unit: { vi: 'đơn', en: 'petitions' },
      count: petitions((p) => isProcessed(p) && !isEligible(firstMatter(p).outcome)),
    },
  ],
};
