import {
  all,
  counters,
  handledColumns,
  IN_PROGRESS,
  inCategory,
  is,
  MATTER_COUNT,
  notEligibleNote,
  PETITION_COUNT,
  received,
  REPLIES,
  RESOLVED_BEFORE,
  withPrior,
  ADMINISTRATIVE_OTHER,
  LAND,
  OTHER,
  POLICY,
} from './letter-form-parts';
import { firstMatter, isWithinCompetence, type MatterFact, type PriorStatus } from '../report-facts';
import { UNAVAILABLE } from '../report-items';
import { col, group, na, type FormSpec } from '../report-spec';

/** 03/XLD (denunciations) and 04/XLD (proposals and reflections); the rules of counting are in letter-form-parts.ts. */

const within = (m: MatterFact) => isWithinCompetence(m.outcome);

// ---- 03/XLD: denunciations ------------------------------------------------------------------------------------------

const denunciations = counters((p) => firstMatter(p).type === 'denunciation', ['denunciation']);
/** Tố cáo tiếp: a matter already denounced, whose handling was overdue or concluded when it came again. */
const REPEAT: PriorStatus[] = ['overdue', ...RESOLVED_BEFORE];

export const FORM_03_XLD: FormSpec = {
  form: '03/XLD',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN TỐ CÁO',
    en: 'Handling of denunciations',
  },
  headings: [
    col(1, 'Tổng số đơn', 'Petitions in all', denunciations.count(all), '1=2+...+7'),
    ...received(denunciations, 2, { others: true, petitionWord: true }),
    group('Đơn đã xử lý', 'Handled', handledColumns(denunciations, 8)),
    group('Đủ điều kiện xử lý', 'Eligible', [
      col(11, ...PETITION_COUNT, denunciations.eligible(all)),
      col(12, ...MATTER_COUNT, denunciations.matters(all), '12=13+18+...+21=22+...+25=26+29'),
    ]),
    group('Phân loại vụ việc theo nội dung', 'Matters by field', [
      group('Lĩnh vực hành chính', 'Administrative', [
        col(13, 'Tổng cộng', 'Total', denunciations.matters(inCategory(POLICY, LAND, ADMINISTRATIVE_OTHER)), '13=14+...+17'),
        col(14, 'Chế độ, chính sách', 'Policies, benefits', denunciations.matters(inCategory(POLICY))),
        col(15, 'Đất đai, nhà cửa', 'Land, housing', denunciations.matters(inCategory(LAND))),
        na(16, 'Công chức, công vụ', 'Civil servants, public duties', UNAVAILABLE.field),
        col(17, 'Khác', 'Other', denunciations.matters(inCategory(ADMINISTRATIVE_OTHER))),
      ]),
      na(18, 'Tham nhũng', 'Corruption', UNAVAILABLE.field),
      na(19, 'Lĩnh vực tư pháp', 'Judicial', UNAVAILABLE.field),
      na(20, 'Lĩnh vực Đảng, đoàn thể', 'Party, mass organisations', UNAVAILABLE.field),
      col(21, 'Lĩnh vực khác', 'Other fields', denunciations.matters(inCategory(OTHER))),
    ]),
    group('Phân loại vụ việc theo tình trạng giải quyết', 'Matters by where they stood', [
      col(22, 'Chưa giải quyết, trong hạn', 'Not resolved, in time', denunciations.matters(withPrior('none'))),
      col(23, 'Đang giải quyết', 'Being resolved', denunciations.matters(withPrior('in_progress'))),
      group('Tố cáo tiếp', 'Denounced again', [
        col(24, 'Quá thời hạn chưa giải quyết', 'Overdue, unresolved', denunciations.matters(withPrior('overdue'))),
        col(25, 'Đã có kết luận giải quyết', 'Already concluded', denunciations.matters(withPrior(...RESOLVED_BEFORE))),
      ]),
    ]),
    group('Kết quả xử lý', 'Handling outcome', [
      group('Vụ việc thuộc thẩm quyền', 'Within competence', [
        col(26, 'Tổng số', 'Total', denunciations.matters(within), '26=27+28'),
        col(
          27,
          'Tố cáo lần đầu',
          'First denunciations',
          denunciations.matters((m) => within(m) && !REPEAT.includes(m.prior)),
        ),
        col(
          28,
          'Tố cáo tiếp',
          'Denounced again',
          denunciations.matters((m) => within(m) && REPEAT.includes(m.prior)),
        ),
      ]),
      group('Vụ việc không thuộc thẩm quyền', 'Outside competence', [
        col(29, 'Tổng số', 'Total', denunciations.matters(is('guided', 'forwarded')), '29=30+31+32'),
        col(30, 'Hướng dẫn', 'Guided', denunciations.matters(is('guided'))),
        col(31, 'Chuyển đơn', 'Forwarded', denunciations.matters(is('forwarded'))),
        na(32, 'Đôn đốc giải quyết', 'Urged', UNAVAILABLE.urge),
      ]),
    ]),
    REPLIES(33),
  ],
  notes: [notEligibleNote(denunciations)],
};

// ---- 04/XLD: proposals and reflections ------------------------------------------------------------------------------

const petitionsKnpa = counters((p) => ['proposal', 'reflection'].includes(firstMatter(p).type), ['proposal', 'reflection']);

export const FORM_04_XLD: FormSpec = {
  form: '04/XLD',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH',
    en: 'Handling of proposals and reflections',
  },
  headings: [
    col(1, 'Tổng số đơn', 'Petitions in all', petitionsKnpa.count(all), '1=2+...+7'),
    ...received(petitionsKnpa, 2, { others: true, petitionWord: true }),
    group('Đã xử lý trong kỳ', 'Handled', handledColumns(petitionsKnpa, 8, 'Tổng số')),
    group('Đủ điều kiện xử lý', 'Eligible', [
      col(11, ...PETITION_COUNT, petitionsKnpa.eligible(all)),
      col(12, ...MATTER_COUNT, petitionsKnpa.matters(all), '12=13+...+16=17+...+19=20+21'),
    ]),
    group('Phân loại vụ việc theo nội dung', 'Matters by field', [
      col(13, 'Chế độ, chính sách', 'Policies, benefits', petitionsKnpa.matters(inCategory(POLICY))),
      col(14, 'Đất đai', 'Land', petitionsKnpa.matters(inCategory(LAND))),
      na(15, 'Tư pháp', 'Judicial', UNAVAILABLE.field),
      col(16, 'Khác', 'Other', petitionsKnpa.matters(inCategory(ADMINISTRATIVE_OTHER, OTHER))),
    ]),
    group('Phân loại vụ việc theo tình trạng giải quyết', 'Matters by where they stood', [
      col(17, 'Đã được giải quyết', 'Resolved before', petitionsKnpa.matters(withPrior(...RESOLVED_BEFORE))),
      col(18, 'Đang giải quyết', 'Being resolved', petitionsKnpa.matters(withPrior(...IN_PROGRESS))),
      col(19, 'Chưa được giải quyết', 'Not resolved', petitionsKnpa.matters(withPrior('none'))),
    ]),
    group('Kết quả xử lý', 'Handling outcome', [
      col(20, 'Vụ việc thuộc thẩm quyền', 'Within competence', petitionsKnpa.matters(within)),
      group('Vụ việc không thuộc thẩm quyền', 'Outside competence', [
        col(21, 'Tổng số', 'Total', petitionsKnpa.matters(is('forwarded')), '21=22+23'),
        col(22, 'Chuyển đơn', 'Forwarded', petitionsKnpa.matters(is('forwarded'))),
        na(23, 'Đôn đốc giải quyết', 'Urged', UNAVAILABLE.urge),
      ]),
    ]),
    REPLIES(24),
  ],
  notes: [
    notEligibleNote(petitionsKnpa),
    {
      // The form has no column for a proposal the leader guided elsewhere at the desk.
      key: 'guided',
      label: { vi: 'Hướng dẫn', en: 'Guided' },
      unit: { vi: 'vụ việc', en: 'matters' },
      count: petitionsKnpa.matters(is('guided')),
    },
  ],
};
