import type { ReportColumn, ReportForm } from '@tiep-dan/contracts';

/**
 * The columns of the periodic report forms of Thông tư 02/2021/TT-TTCP (DOMAIN.md "Reports"): 01/TCD for citizen
 * reception, 01/XLD for letters. Each key names one SQL count in reports.service.ts; the heading is the form's wording.
 */
export const RECEPTION_COLUMNS: readonly ReportColumn[] = [
  {
    key: 'carriedOver',
    label: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  },
  {
    key: 'received',
    label: { vi: 'Lượt tiếp trong kỳ', en: 'Visits received' },
  },
  { key: 'people', label: { vi: 'Số người được tiếp', en: 'People received' } },
  {
    key: 'groupVisits',
    label: { vi: 'Số đoàn đông người', en: 'Group visits' },
  },
  { key: 'eligible', label: { vi: 'Đủ điều kiện xử lý', en: 'Eligible' } },
  { key: 'catLand', label: { vi: 'Lĩnh vực đất đai', en: 'Land' } },
  {
    key: 'catSiteClearance',
    label: { vi: 'Giải phóng mặt bằng', en: 'Site clearance' },
  },
  { key: 'catResettlement', label: { vi: 'Tái định cư', en: 'Resettlement' } },
  { key: 'catConstruction', label: { vi: 'Xây dựng', en: 'Construction' } },
  {
    key: 'catSocialPolicy',
    label: { vi: 'Chính sách xã hội', en: 'Social policy' },
  },
  { key: 'catEnvironment', label: { vi: 'Môi trường', en: 'Environment' } },
  { key: 'catOther', label: { vi: 'Lĩnh vực khác', en: 'Other' } },
  {
    key: 'inCompetence',
    label: { vi: 'Thuộc thẩm quyền', en: 'Within competence' },
  },
  {
    key: 'outOfCompetence',
    label: { vi: 'Không thuộc thẩm quyền', en: 'Outside competence' },
  },
  { key: 'guided', label: { vi: 'Hướng dẫn', en: 'Guided' } },
  { key: 'transferred', label: { vi: 'Chuyển đơn', en: 'Transferred' } },
  { key: 'resolved', label: { vi: 'Đã giải quyết', en: 'Resolved' } },
  { key: 'inProgress', label: { vi: 'Đang giải quyết', en: 'In progress' } },
  { key: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' } },
];

export const LETTER_COLUMNS: readonly ReportColumn[] = [
  {
    key: 'carriedOver',
    label: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  },
  { key: 'received', label: { vi: 'Tiếp nhận trong kỳ', en: 'Received' } },
  { key: 'total', label: { vi: 'Tổng số đơn', en: 'Total letters' } },
  { key: 'eligible', label: { vi: 'Đơn đủ điều kiện xử lý', en: 'Eligible' } },
  { key: 'complaint', label: { vi: 'Khiếu nại', en: 'Complaints' } },
  { key: 'denunciation', label: { vi: 'Tố cáo', en: 'Denunciations' } },
  {
    key: 'proposalReflection',
    label: { vi: 'Kiến nghị, phản ánh', en: 'Proposals, reflections' },
  },
  {
    key: 'singleSignatory',
    label: { vi: 'Đơn một người đứng tên', en: 'Single signatory' },
  },
  {
    key: 'multipleSignatories',
    label: { vi: 'Đơn nhiều người đứng tên', en: 'Several signatories' },
  },
  {
    key: 'inCompetence',
    label: { vi: 'Thuộc thẩm quyền', en: 'Within competence' },
  },
  {
    key: 'outOfCompetence',
    label: { vi: 'Không thuộc thẩm quyền', en: 'Outside competence' },
  },
  { key: 'guided', label: { vi: 'Hướng dẫn', en: 'Guided' } },
  { key: 'transferred', label: { vi: 'Chuyển đơn', en: 'Transferred' } },
  { key: 'resolved', label: { vi: 'Đã giải quyết', en: 'Resolved' } },
  { key: 'inProgress', label: { vi: 'Đang giải quyết', en: 'In progress' } },
  { key: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' } },
];

export const FORM_TITLES: Record<ReportForm, { vi: string; en: string }> = {
  '01/TCD': {
    vi: 'Mẫu số 01/TCD – Tổng hợp kết quả tiếp công dân',
    en: 'Form 01/TCD – citizen reception',
  },
  '01/XLD': {
    vi: 'Mẫu số 01/XLD – Tổng hợp kết quả xử lý đơn',
    en: 'Form 01/XLD – handling of letters',
  },
};

/** Events that end a case as not eligible: reception refused, letter archived. */
export const NOT_ELIGIBLE_EVENTS = ['REFUSE', 'TRIAGE_ARCHIVE', 'ARCHIVE'];
export const GUIDE_EVENTS = ['GUIDE', 'TRIAGE_GUIDE'];
export const TRANSFER_EVENTS = ['FORWARD', 'TRANSFER', 'ESCALATE'];
/** Letters in form 01/XLD (a visit is in 01/TCD, a commitment in neither). */
export const LETTER_TYPES = [
  'complaint',
  'denunciation',
  'proposal',
  'reflection',
];
/** Đoàn đông người: five or more citizens coming together (Nghị định 64/2014/NĐ-CP Art. 4, Luật Tiếp công dân Art. 30). */
export const GROUP_VISIT_MIN_PEOPLE = 5;
