import type { ReportFacts, ResolutionFact } from '../report-facts';
import { petitionsOfResolutions, resolutionItem, UNAVAILABLE } from '../report-items';
import { col, group, na, ones, type Counter, type FormSpec, type NoteSpec } from '../report-spec';

/**
 * The forms of results of resolution within the unit's competence (Thông tư 02/2021/TT-TTCP): 01/KQGQ for complaints,
 * 03/KQGQ for denunciations. A case counts once it was accepted (thụ lý) and until its resolution ended: carried over
 * when accepted before the period and still open when it began. It is resolved in the period by a decision approved
 * (a complaint), a conclusion (a denunciation) or a withdrawal that ended the case; on time unless the resolution
 * deadline passed before. Complaint decisions are read from the history: the outcome proposed before the approval.
 */

type Only = (r: ResolutionFact, f: ReportFacts) => boolean;

function counters(type: ResolutionFact['type']) {
  const cases = (f: ReportFacts) => f.resolutions.filter((r) => r.type === type);
  const count =
    (only: Only): Counter =>
    (f) =>
      ones(
        cases(f).filter((r) => only(r, f)),
        resolutionItem,
      );
  const petitions =
    (only: Only): Counter =>
    (f) =>
      petitionsOfResolutions(cases(f).filter((r) => only(r, f)));
  return { count, petitions };
}

const carried: Only = (r, f) => r.acceptedAt < f.from;
const acceptedInPeriod: Only = (r, f) => r.acceptedAt >= f.from;
const finishedBy =
  (...ways: ResolutionFact['finish'][]): Only =>
  (r) =>
    r.finishedAt !== null && ways.includes(r.finish);
const all: Only = () => true;

/** Money, land, people restored, disciplined or prosecuted: no workflow records them. */
const amounts = (no: number) => [
  na(no, 'Tiền (Trđ)', 'Money (million VND)', UNAVAILABLE.amounts),
  na(no + 1, 'Đất (m2)', 'Land (m²)', UNAVAILABLE.amounts),
];

const notes = (c: ReturnType<typeof counters>): NoteSpec[] => [
  {
    key: 'suspended',
    label: { vi: 'Tạm đình chỉ', en: 'Suspended' },
    unit: { vi: 'vụ việc', en: 'matters' },
    count: c.count((r) => r.suspendedInPeriod),
  },
  {
    key: 'unresolved',
    label: { vi: 'Chưa giải quyết xong', en: 'Not resolved yet' },
    unit: { vi: 'vụ việc', en: 'matters' },
    count: c.count((r) => r.finishedAt === null),
  },
];

// ---- 01/KQGQ: complaints --------------------------------------------------------------------------------------------

const complaints = counters('complaint');
const decided: Only = finishedBy('decision');
const resolved: Only = finishedBy('decision', 'withdrawal');
const decidedAs =
  (second: boolean, ...outcomes: ResolutionFact['outcome'][]): Only =>
  (r, f) =>
    decided(r, f) && r.secondLevel === second && outcomes.includes(r.outcome);

export const FORM_01_KQGQ: FormSpec = {
  form: '01/KQGQ',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN',
    en: 'Results of resolving complaints within competence',
  },
  headings: [
    group('Đơn khiếu nại thuộc thẩm quyền', 'Complaint petitions within competence', [
      col(1, 'Tổng số', 'Total', complaints.petitions(all), '1=2+3'),
      col(2, 'Đơn kỳ trước chuyển sang', 'Carried over', complaints.petitions(carried)),
      col(3, 'Đơn tiếp nhận trong kỳ', 'Received in the period', complaints.petitions(acceptedInPeriod)),
    ]),
    col(4, 'Tổng số vụ việc khiếu nại thuộc thẩm quyền', 'Complaint matters within competence', complaints.count(all)),
    group('Kết quả giải quyết', 'Results', [
      group('Đã giải quyết', 'Resolved', [
        col(5, 'Số vụ việc giải quyết bằng QĐ hành chính', 'By an administrative decision', complaints.count(decided), '5=20+...+24'),
        col(
          6,
          'Số vụ việc rút đơn thông qua giải thích, thuyết phục',
          'Withdrawn after explanation',
          complaints.count(finishedBy('withdrawal')),
        ),
      ]),
      group('Kiến nghị thu hồi cho Nhà nước', 'Recovery to the State proposed', amounts(7)),
      group('Trả lại cho tổ chức, cá nhân', 'Returned to organisations and people', [
        group('Tổ chức', 'Organisations', amounts(9)),
        group('Cá nhân', 'People', amounts(11)),
        na(13, 'Số tổ chức được trả lại quyền lợi', 'Organisations restored', UNAVAILABLE.persons),
        na(14, 'Số cá nhân được trả lại quyền lợi', 'People restored', UNAVAILABLE.persons),
      ]),
      group('Kiến nghị xử lý hành chính', 'Disciplinary action proposed', [
        na(15, 'Tổng số người bị kiến nghị xử lý', 'People', UNAVAILABLE.persons),
        na(16, 'Trong đó số cán bộ, công chức, viên chức', 'Of which officials', UNAVAILABLE.persons),
      ]),
      group('Chuyển cơ quan điều tra', 'Referred to the investigators', [
        na(17, 'Số vụ', 'Matters', UNAVAILABLE.persons),
        na(18, 'Tổng số người', 'People', UNAVAILABLE.persons),
        na(19, 'Trong đó số cán bộ, công chức, viên chức', 'Of which officials', UNAVAILABLE.persons),
      ]),
    ]),
    group('Phân tích kết quả giải quyết (vụ việc)', 'Analysis of the results (matters)', [
      group('Giải quyết lần đầu', 'First complaints', [
        col(20, 'Khiếu nại đúng', 'Upheld', complaints.count(decidedAs(false, 'upheld'))),
        col(21, 'Khiếu nại sai', 'Rejected', complaints.count(decidedAs(false, 'rejected'))),
        col(22, 'Khiếu nại đúng một phần', 'Partly upheld', complaints.count(decidedAs(false, 'partly_upheld'))),
      ]),
      group('Giải quyết lần 2', 'Second complaints', [
        col(23, 'Công nhận QĐ g/q lần đầu', 'First decision confirmed', complaints.count(decidedAs(true, 'rejected'))),
        col(
          24,
          'Hủy, sửa QĐ g/q lần đầu',
          'First decision annulled or amended',
          complaints.count(decidedAs(true, 'upheld', 'partly_upheld')),
        ),
      ]),
      group('Chấp hành thời hạn giải quyết', 'Time limits kept', [
        col(
          25,
          'Đúng quy định',
          'On time',
          complaints.count((r, f) => resolved(r, f) && !r.late),
        ),
        col(
          26,
          'Không đúng quy định',
          'Late',
          complaints.count((r, f) => resolved(r, f) && r.late),
        ),
      ]),
    ]),
  ],
  notes: notes(complaints),
};

// ---- 03/KQGQ: denunciations -----------------------------------------------------------------------------------------

const denunciations = counters('denunciation');
/** Tố cáo tiếp: denounced again after the first handling was overdue or concluded. */
const isRepeat = (r: ResolutionFact) => r.prior === 'overdue' || r.prior === 'resolved_once' || r.prior === 'resolved_twice';
const concluded: Only = finishedBy('conclusion');
const ended: Only = finishedBy('conclusion', 'withdrawal');

export const FORM_03_KQGQ: FormSpec = {
  form: '03/KQGQ',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN',
    en: 'Results of resolving denunciations within competence',
  },
  headings: [
    group('Đơn tố cáo thuộc thẩm quyền', 'Denunciation petitions within competence', [
      col(1, 'Tổng số', 'Total', denunciations.petitions(all), '1=2+3'),
      col(2, 'Kỳ trước chuyển sang', 'Carried over', denunciations.petitions(carried)),
      col(3, 'Tiếp nhận trong kỳ', 'Received in the period', denunciations.petitions(acceptedInPeriod)),
    ]),
    col(4, 'Tổng số vụ việc tố cáo thuộc thẩm quyền', 'Denunciation matters within competence', denunciations.count(all)),
    col(
      5,
      'Trong đó số vụ việc tố cáo tiếp',
      'Of which denounced again',
      denunciations.count((r) => isRepeat(r)),
    ),
    group('Kết quả giải quyết', 'Results', [
      group('Đã giải quyết', 'Resolved', [
        col(6, 'Tổng số', 'Total', denunciations.count(ended), '6=7+...+10=24+26+28=30+31'),
        col(
          7,
          'Số vụ việc lần đầu',
          'First denunciations',
          denunciations.count((r, f) => concluded(r, f) && !isRepeat(r)),
        ),
        col(
          8,
          'Số vụ việc tố cáo tiếp',
          'Denounced again',
          denunciations.count((r, f) => concluded(r, f) && isRepeat(r)),
          '8=25+27+29',
        ),
        col(9, 'Số vụ việc rút toàn bộ nội dung tố cáo', 'Withdrawn entirely', denunciations.count(finishedBy('withdrawal'))),
        na(10, 'Số vụ việc đình chỉ không do rút tố cáo', 'Terminated otherwise', UNAVAILABLE.termination),
      ]),
      group('Kiến nghị thu hồi cho Nhà nước', 'Recovery to the State proposed', amounts(11)),
      group('Trả lại cho tổ chức, cá nhân', 'Returned to organisations and people', [
        group('Tổ chức', 'Organisations', amounts(13)),
        group('Cá nhân', 'People', amounts(15)),
      ]),
      na(17, 'Số tổ chức được trả lại quyền lợi', 'Organisations restored', UNAVAILABLE.persons),
      na(18, 'Số cá nhân được trả lại quyền lợi', 'People restored', UNAVAILABLE.persons),
      group('Kiến nghị xử lý hành chính', 'Disciplinary action proposed', [
        na(19, 'Số người bị kiến nghị xử lý', 'People', UNAVAILABLE.persons),
        na(20, 'Trong đó số cán bộ, công chức, viên chức', 'Of which officials', UNAVAILABLE.persons),
      ]),
      group('Chuyển cơ quan điều tra', 'Referred to the investigators', [
        na(21, 'Số vụ', 'Matters', UNAVAILABLE.persons),
        na(22, 'Số đối tượng', 'People', UNAVAILABLE.persons),
        na(23, 'Trong đó số cán bộ, công chức, viên chức', 'Of which officials', UNAVAILABLE.persons),
      ]),
    ]),
    group('Phân tích kết quả giải quyết (vụ việc)', 'Analysis of the results (matters)', [
      na(24, 'Tố cáo đúng', 'True', UNAVAILABLE.finding),
      na(25, 'Trong đó tố cáo tiếp đúng', 'Of which denounced again', UNAVAILABLE.finding),
      na(26, 'Tố cáo sai', 'False', UNAVAILABLE.finding),
      na(27, 'Trong đó tố cáo tiếp sai', 'Of which denounced again', UNAVAILABLE.finding),
      na(28, 'Tố cáo có đúng, có sai', 'Partly true', UNAVAILABLE.finding),
      na(29, 'Trong đó tố cáo tiếp có đúng, có sai', 'Of which denounced again', UNAVAILABLE.finding),
    ]),
    group('Chấp hành thời hạn giải quyết', 'Time limits kept', [
      col(
        30,
        'Đúng quy định',
        'On time',
        denunciations.count((r, f) => ended(r, f) && !r.late),
      ),
      col(
        31,
        'Không đúng quy định',
        'Late',
        denunciations.count((r, f) => ended(r, f) && r.late),
      ),
    ]),
  ],
  notes: [
    ...notes(denunciations),
    {
      key: 'escalated',
      label: {
        vi: 'Chuyển cấp trên giải quyết',
        en: 'Escalated to the next level',
      },
      unit: { vi: 'vụ việc', en: 'matters' },
      count: denunciations.count(finishedBy('escalation')),
    },
  ],
};
