import type { BilingualText } from '@tiep-dan/contracts';
import { fieldProblem } from '../forms/field-problems';
import type { ApiFieldError, ApiProblem } from './cases.api';

/**
 * How the users name the fields the API names by property: the last non-numeric segment of a path
 * (`contents.0.summary` → summary). A screen with its own labels (the visit form) marks its fields itself; this is
 * what every other screen says instead of the API's wording ("Trường "citizen.fullName" không được để trống").
 */
const LABELS: Record<string, BilingualText> = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  name: { vi: 'Tên', en: 'Name' },
  idNumber: { vi: 'Số CCCD/CMND', en: 'ID number' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  summary: { vi: 'Tóm tắt nội dung', en: 'Summary' },
  content: { vi: 'Nội dung chi tiết', en: 'Details' },
  contentType: { vi: 'Loại đơn', en: 'Kind of petition' },
  category: { vi: 'Lĩnh vực', en: 'Field' },
  reason: { vi: 'Lý do', en: 'Reason' },
  note: { vi: 'Ghi chú', en: 'Note' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  comment: { vi: 'Ý kiến', en: 'Comment' },
  description: { vi: 'Mô tả', en: 'Description' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  code: { vi: 'Mã', en: 'Code' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  role: { vi: 'Vai trò', en: 'Role' },
  communeId: { vi: 'Xã/phường', en: 'Commune' },
  agencyId: { vi: 'Cơ quan', en: 'Agency' },
  handlerId: { vi: 'Người xử lý', en: 'Handler' },
  neighbourhoodId: { vi: 'Tổ dân phố/thôn', en: 'Neighbourhood' },
  groupSize: { vi: 'Số người', en: 'Number of people' },
  representatives: { vi: 'Người đại diện', en: 'Representatives' },
  previouslyHandledBy: {
    vi: 'Nơi đã giải quyết trước',
    en: 'Handled before by',
  },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  year: { vi: 'Năm', en: 'Year' },
  weekday: { vi: 'Ngày trong tuần', en: 'Weekday' },
  startTime: { vi: 'Giờ bắt đầu', en: 'Start time' },
  endTime: { vi: 'Giờ kết thúc', en: 'End time' },
  place: { vi: 'Địa điểm', en: 'Place' },
  leaders: { vi: 'Lãnh đạo tiếp', en: 'Leaders on duty' },
  learnedAt: {
    vi: 'Ngày biết được quyết định, hành vi',
    en: 'Date learned of the decision or act',
  },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  decisionRef: { vi: 'Số quyết định', en: 'Decision number' },
  stars: { vi: 'Số sao đánh giá', en: 'Rating' },
  participantCount: { vi: 'Số người tham dự', en: 'Participants' },
  senderAddress: { vi: 'Địa chỉ người gửi', en: 'Sender address' },
  channel: { vi: 'Nguồn tiếp nhận', en: 'Channel' },
  type: { vi: 'Loại', en: 'Type' },
  kind: { vi: 'Loại', en: 'Kind' },
  status: { vi: 'Trạng thái', en: 'Status' },
};

/** The user's label of an API field path, or null when the path names nothing the users would recognise. */
export function fieldLabel(path: string): BilingualText | null {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  return LABELS[segments[segments.length - 1] ?? ''] ?? null;
}

/**
 * A refusal said in the users' words: each field error named by its label with what is wrong with it ("Họ và tên:
 * chưa nhập."), and the headline listing the fields to check. Field errors with no known label keep the API's text.
 */
export function inUsersWords(problem: ApiProblem): ApiProblem {
  if (!problem.errors?.length) return problem;
  // Only the validator's generic wording names the API path ("Trường "citizen.fullName" …"); a service's own words
  // ("Mật khẩu quá yếu", "Mã cơ quan đã tồn tại") are already the users' and stay as they are.
  const errors: ApiFieldError[] = problem.errors.map((e) => {
    const label = fieldLabel(e.field);
    const generic = e.message.vi.includes(`"${e.field}"`);
    return label && generic ? { ...e, message: fieldProblem(e, label) } : e;
  });
  if (problem.code !== 'VALIDATION_FAILED') return { ...problem, errors };
  const lines = [...new Map(errors.map((e) => [e.message.vi, e.message])).values()];
  const join = (lang: 'vi' | 'en') => lines.map((l) => l[lang]).join(' ');
  return { ...problem, errors, message: { vi: join('vi'), en: join('en') } };
}
