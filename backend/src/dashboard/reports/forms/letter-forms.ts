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
  withPrior,
  ADMINISTRATIVE_OTHER,
  LAND,
  OTHER,
  POLICY,
} from './letter-form-parts';
import { firstMatter, isProcessed, isWithinCompetence, type MatterFact, type MatterType } from '../report-facts';
import { UNAVAILABLE } from '../report-items';
import { col, group, na, type FormSpec } from '../report-spec';

/** 01/XLD (every petition) and 02/XLD (complaints); the rules of counting are in letter-form-parts.ts. */

// ---- 01/XLD ---------------------------------------------------------------------------------------------------------

const general = counters(() => true, ['complaint', 'denunciation', 'proposal', 'reflection']);
const typeIs =
  (...types: MatterType[]) =>
  (m: MatterFact) =>
    types.includes(m.type);

export const FORM_01_XLD: FormSpec = {
  form: '01/XLD',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
    en: 'Handling of petitions',
  },
  headings: [
    col(1, 'Tổng số đơn', 'Petitions in all', general.count(all), '1=2+3+...+7'),
    ...received(general, 2, { others: true, petitionWord: false }),
    col(8, 'Số đơn đã xử lý', 'Petitions handled', general.count(isProcessed)),
    group('Đủ điều kiện xử lý', 'Eligible', [
      col(9, ...PETITION_COUNT, general.eligible(all), '9=11+12+13=14+15+16+17=18+22'),
      col(10, ...MATTER_COUNT, general.matters(all)),
    ]),
    group('Phân loại đơn theo nội dung', 'By content', [
      col(11, 'Khiếu nại', 'Complaints', general.eligible(typeIs('complaint'))),
      col(12, 'Tố cáo', 'Denunciations', general.eligible(typeIs('denunciation'))),
      col(13, 'Kiến nghị, phản ánh', 'Proposals, reflections', general.eligible(typeIs('proposal', 'reflection'))),
    ]),
    group('Phân loại đơn theo tình trạng giải quyết', 'By where the matter stood', [
      group('Đã giải quyết', 'Resolved before', [
        col(14, 'Lần đầu', 'Once', general.eligible(withPrior('resolved_once'))),
        col(15, 'Nhiều lần', 'Several times', general.eligible(withPrior('resolved_twice'))),
      ]),
      col(16, 'Đang giải quyết', 'Being resolved', general.eligible(withPrior(...IN_PROGRESS))),
      col(17, 'Chưa giải quyết', 'Not resolved', general.eligible(withPrior('none'))),
    ]),
    group('Kết quả xử lý đơn', 'Handling outcome', [
      group('Đơn thuộc thẩm quyền', 'Within competence', [
        col(
          18,
          'Tổng số',
          'Total',
          general.eligible((m) => isWithinCompetence(m.outcome)),
          '18=19+20+21',
        ),
        col(
          19,
          'Khiếu nại',
          'Complaints',
          general.eligible((m) => isWithinCompetence(m.outcome) && m.type === 'complaint'),
        ),
        col(
          20,
          'Tố cáo',
          'Denunciations',
          general.eligible((m) => isWithinCompetence(m.outcome) && m.type === 'denunciation'),
        ),
        col(
          21,
          'Kiến nghị, phản ánh',
          'Proposals, reflections',
          general.eligible((m) => isWithinCompetence(m.outcome) && typeIs('proposal', 'reflection')(m)),
        ),
      ]),
      group('Đơn không thuộc thẩm quyền', 'Outside competence', [
        col(22, 'Tổng số', 'Total', general.eligible(is('guided', 'forwarded')), '22=23+24+25'),
        col(23, 'Hướng dẫn', 'Guided', general.eligible(is('guided'))),
        col(24, 'Chuyển đơn', 'Forwarded', general.eligible(is('forwarded'))),
        na(25, 'Đôn đốc giải quyết', 'Urged', UNAVAILABLE.urge),
      ]),
    ]),
    REPLIES(26),
  ],
  notes: [notEligibleNote(general)],
};

// ---- 02/XLD: complaints ---------------------------------------------------------------------------------------------

const complaints = counters((p) => firstMatter(p).type === 'complaint', ['complaint']);
const within = (m: MatterFact) => isWithinCompetence(m.outcome);

export const FORM_02_XLD: FormSpec = {
  form: '02/XLD',
  title: {
    vi: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI',
    en: 'Handling of complaints',
  },
  headings: [
    col(1, 'Tổng số đơn', 'Petitions in all', complaints.count(all), '1=2+...+5'),
    ...received(complaints, 2, { others: false, petitionWord: true }),
    group('Đơn đã xử lý', 'Handled', handledColumns(complaints, 6)),
    group('Đủ điều kiện xử lý', 'Eligible', [
      col(9, ...PETITION_COUNT, complaints.eligible(all)),
      col(10, ...MATTER_COUNT, complaints.matters(all), '10=11+15+16+17=18+...+22=23+26'),
    ]),
    group('Phân loại vụ việc theo nội dung', 'Matters by field', [
      group('Lĩnh vực hành chính', 'Administrative', [
        col(11, 'Tổng', 'Total', complaints.matters(inCategory(POLICY, LAND, ADMINISTRATIVE_OTHER)), '11=12+13+14'),
        col(12, 'Chế độ, chính sách', 'Policies, benefits', complaints.matters(inCategory(POLICY))),
        col(13, 'Đất đai, nhà cửa', 'Land, housing', complaints.matters(inCategory(LAND))),
        col(14, 'Khác', 'Other', complaints.matters(inCategory(ADMINISTRATIVE_OTHER))),
      ]),
      na(15, 'Lĩnh vực tư pháp', 'Judicial', UNAVAILABLE.field),
      na(16, 'Lĩnh vực Đảng, đoàn thể', 'Party, mass organisations', UNAVAILABLE.field),
      col(17, 'Lĩnh vực khác', 'Other fields', complaints.matters(inCategory(OTHER))),
    ]),
    group('Phân loại vụ việc theo tình trạng giải quyết', 'Matters by where they stood', [
      group('Đã giải quyết', 'Resolved before', [
        col(18, 'Lần đầu', 'Once', complaints.matters(withPrior('resolved_once'))),
        col(19, 'Lần 2', 'Twice', complaints.matters(withPrior('resolved_twice'))),
        na(20, 'Đã có bản án của tòa', 'Court judgment given', UNAVAILABLE.court),
      ]),
      col(21, 'Đang giải quyết', 'Being resolved', complaints.matters(withPrior(...IN_PROGRESS))),
      col(22, 'Chưa giải quyết', 'Not resolved', complaints.matters(withPrior('none'))),
    ]),
    group('Kết quả xử lý', 'Handling outcome', [
      group('Vụ việc thuộc thẩm quyền', 'Within competence', [
        col(23, 'Tổng', 'Total', complaints.matters(within), '23=24+25'),
        col(
          24,
          'Lần đầu',
          'First complaints',
          complaints.matters((m) => within(m) && !m.secondLevel),
        ),
        col(
          25,
          'Lần 2',
          'Second complaints',
          complaints.matters((m) => within(m) && m.secondLevel),
        ),
      ]),
      group('Vụ việc không thuộc thẩm quyền', 'Outside competence', [
        col(26, 'Tổng', 'Total', complaints.matters(is('guided', 'forwarded')), '26=27+28+29'),
        col(27, 'Hướng dẫn', 'Guided', complaints.matters(is('guided'))),
        col(28, 'Chuyển đơn', 'Forwarded', complaints.matters(is('forwarded'))),
        na(29, 'Đôn đốc giải quyết', 'Urged', UNAVAILABLE.urge),
      ]),
    ]),
    REPLIES(30),
  ],
  notes: [notEligibleNote(complaints)],
};
