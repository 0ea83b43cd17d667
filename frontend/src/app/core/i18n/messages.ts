import type { BilingualText } from '@tiep-dan/contracts';
import { ADMIN_MESSAGES } from '../../admin/admin.messages';
import { RECEPTION_MESSAGES } from '../../reception-desk/reception.messages';
import { LETTERS_MESSAGES } from '../../letters/letters.messages';
import { LOOKUP_MESSAGES } from '../../public-lookup/lookup.messages';
import { INBOX_MESSAGES } from '../../agency-inbox/inbox.messages';
import { CASE_DETAIL_MESSAGES } from '../../case-detail/case-detail.messages';
import { OVERVIEW_MESSAGES } from '../../overview/overview.messages';
import { DIALOGUES_MESSAGES } from '../../dialogues/dialogues.messages';
import { TEAMS_MESSAGES } from '../../mobilization-teams/teams.messages';
import { BLOC_MESSAGES } from '../../bloc/bloc.messages';
import { PETITION_MESSAGES } from '../../petition-form/petition.messages';

/**
 * Every text of the UI in Vietnamese (the default) and English. Keys are grouped by screen; a missing key is a
 * type error at the call site because `MessageKey` is derived from this object.
 */
export const MESSAGES = {
  'app.name': { vi: 'Tiếp Dân', en: 'Tiếp Dân' },
  'app.tagline': {
    vi: 'Tiếp công dân, xử lý đơn thư và đối thoại với Nhân dân',
    en: 'Citizen reception, petitions and dialogues with citizens',
  },
  'shell.menu': { vi: 'Mở/đóng danh mục', en: 'Toggle navigation' },
  'shell.skip': {
    vi: 'Bỏ qua, đến nội dung chính',
    en: 'Skip to main content',
  },
  'shell.language.current': {
    vi: '{code} · Ngôn ngữ: {name}',
    en: '{code} · Language: {name}',
  },
  'shell.lang.vi': { vi: 'Tiếng Việt', en: 'Vietnamese' },
  'shell.lang.en': { vi: 'Tiếng Anh', en: 'English' },
  'shell.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'nav.main': { vi: 'Danh mục chính', en: 'Main navigation' },
  'nav.home': { vi: 'Trang chủ', en: 'Home' },
  'nav.reception': { vi: 'Bàn tiếp công dân', en: 'Reception desk' },
  'nav.letters': { vi: 'Tiếp nhận đơn', en: 'Letters' },
  'nav.inbox': { vi: 'Hộp việc cơ quan', en: 'Agency inbox' },
  'nav.overview': { vi: 'Tổng quan lãnh đạo', en: 'Leader overview' },
  'nav.dialogues': { vi: 'Đối thoại', en: 'Dialogues' },
  'nav.teams': { vi: 'Tổ dân vận', en: 'Mobilization teams' },
  'nav.bloc': { vi: 'Khối dân vận', en: 'Mobilization bloc' },
  'nav.admin': { vi: 'Quản trị', en: 'Administration' },
  'nav.lookup': { vi: 'Tra cứu hồ sơ', en: 'Case lookup' },
  'shell.signOut': { vi: 'Đăng xuất', en: 'Sign out' },
  'shell.signIn': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.title': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.intro': {
    vi: 'Dùng tài khoản được quản trị viên cấp.',
    en: 'Use the account your administrator gave you.',
  },
  'login.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'login.password': { vi: 'Mật khẩu', en: 'Password' },
  'login.username.required': {
    vi: 'Nhập tên đăng nhập.',
    en: 'Enter your username.',
  },
  'login.password.required': {
    vi: 'Nhập mật khẩu.',
    en: 'Enter your password.',
  },
  'login.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.failed': {
    vi: 'Không đăng nhập được. Vui lòng thử lại.',
    en: 'Could not sign in. Please try again.',
  },
  'login.demo.title': {
    vi: 'Tài khoản dùng thử',
    en: 'Demo accounts',
  },
  'login.demo.intro': {
    vi: 'Bản dùng thử: chọn một tài khoản để điền sẵn tên đăng nhập và mật khẩu.',
    en: 'Demo mode: choose an account to fill in its username and password.',
  },
  'login.demo.password': {
    vi: 'Mật khẩu chung: {password}',
    en: 'Shared password: {password}',
  },
  'form.field.missing': { vi: '{label}: chưa nhập.', en: '{label}: missing.' },
  'form.field.format': {
    vi: '{label}: không đúng định dạng.',
    en: '{label}: not in the expected format.',
  },
  'form.field.tooLong': { vi: '{label}: quá dài.', en: '{label}: too long.' },
  'form.field.tooShort': {
    vi: '{label}: quá ngắn.',
    en: '{label}: too short.',
  },
  'form.field.tooSmall': { vi: '{label}: quá nhỏ.', en: '{label}: too small.' },
  'form.field.tooLarge': { vi: '{label}: quá lớn.', en: '{label}: too large.' },
  'form.field.choice': {
    vi: '{label}: hãy chọn một mục trong danh sách.',
    en: '{label}: choose one from the list.',
  },
  'form.field.invalid': {
    vi: '{label}: không hợp lệ.',
    en: '{label}: not valid.',
  },
  'form.checkFields': {
    vi: 'Vui lòng kiểm tra lại: {labels}.',
    en: 'Please check: {labels}.',
  },
  'health.up': { vi: 'Hệ thống hoạt động bình thường', en: 'System is up' },
  'health.down': {
    vi: 'Mất kết nối cơ sở dữ liệu',
    en: 'Database unavailable',
  },
  'health.unreachable': {
    vi: 'Không kết nối được máy chủ',
    en: 'Server unreachable',
  },
  'health.checking': {
    vi: 'Đang kiểm tra hệ thống…',
    en: 'Checking the system…',
  },
  'health.embedded': { vi: 'CSDL nhúng', en: 'embedded database' },
  'health.external': { vi: 'PostgreSQL', en: 'PostgreSQL' },
  'home.title': { vi: 'Tiếp Dân', en: 'Tiếp Dân' },
  'home.intro': {
    vi: 'Sổ tiếp công dân, đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh và theo dõi thời hạn giải quyết theo luật.',
    en: 'The citizen reception register, complaints, denunciations, proposals and reflections, tracked against their legal deadlines.',
  },
  'page.reception': { vi: 'Bàn tiếp công dân', en: 'Reception desk' },
  'page.reception.about': {
    vi: 'Ghi sổ từng lượt tiếp trong buổi tiếp công dân định kỳ, ý kiến chỉ đạo của lãnh đạo và phiếu hẹn.',
    en: 'Log every visit of the weekly reception session, the leader’s direction and the receipt.',
  },
  'page.letters': { vi: 'Tiếp nhận đơn', en: 'Register a letter' },
  'page.letters.about': {
    vi: 'Vào sổ đơn thư nhận qua bưu chính, thư điện tử, cổng trực tuyến hoặc do cơ quan khác chuyển đến; mỗi nội dung thành một vụ việc.',
    en: 'Register letters received by post, e-mail, the online portal or forwarded by another body; each matter becomes a case.',
  },
  'page.inbox': { vi: 'Hộp việc cơ quan', en: 'Agency inbox' },
  'page.inbox.about': {
    vi: 'Đơn thư được giao cho cơ quan: thụ lý, xác minh, đối thoại, đề xuất kết quả trong thời hạn luật định.',
    en: 'Petitions assigned to the agency: accept, verify, hold dialogues and propose results within the legal deadlines.',
  },
  'page.overview': { vi: 'Tổng quan lãnh đạo', en: 'Leader overview' },
  'page.overview.about': {
    vi: 'Đơn quá hạn, sắp đến hạn và điểm nóng theo cơ quan, địa bàn và lĩnh vực.',
    en: 'Overdue and due-soon grievances and hot spots by agency, area and category.',
  },
  'page.dialogues': { vi: 'Đối thoại', en: 'Dialogues' },
  'page.dialogues.about': {
    vi: 'Đối thoại, tọa đàm, tiếp xúc cử tri: biên bản, ý kiến và cam kết.',
    en: 'Dialogues, seminars and voter contacts: minutes, opinions and commitments.',
  },
  'page.teams': { vi: 'Tổ dân vận', en: 'Mobilization teams' },
  'page.teams.about': {
    vi: 'Thành viên, sinh hoạt hằng tháng, ý kiến thu thập và bảng chấm điểm.',
    en: 'Members, monthly meetings, opinions collected and the scorecard.',
  },
  'page.bloc.about': {
    vi: 'Kế hoạch năm, giao ban, tình hình nhân dân, kiểm tra tổ dân vận, Dân vận khéo, sơ kết, tổng kết.',
    en: 'The year’s plan, briefings, what people think, team inspections, good practices and reviews.',
  },
  'page.admin': { vi: 'Quản trị', en: 'Administration' },
  'page.admin.about': {
    vi: 'Cơ quan, địa bàn, người dùng và nhật ký an ninh.',
    en: 'Agencies, neighbourhoods, users and the security log.',
  },
  'page.lookup': { vi: 'Tra cứu hồ sơ', en: 'Case lookup' },
  'page.lookup.about': {
    vi: 'Công dân tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 số cuối điện thoại.',
    en: 'Citizens look up their case with its code and the last 4 digits of their phone.',
  },
  'page.case': { vi: 'Hồ sơ', en: 'Case' },
  'page.case.about': {
    vi: 'Diễn biến, thời hạn và các bên của hồ sơ.',
    en: 'The case’s history, deadlines and parties.',
  },
  'page.notBuilt': {
    vi: 'Chức năng này chưa được triển khai trong phiên bản hiện tại.',
    en: 'This function is not available in the current version yet.',
  },
  'page.notFound': { vi: 'Không tìm thấy trang', en: 'Page not found' },
  'page.notFound.back': { vi: 'Về trang chủ', en: 'Back to home' },
  // Each screen keeps its own texts beside it; they are merged here so `MessageKey` covers them all.
  ...ADMIN_MESSAGES,
  ...RECEPTION_MESSAGES,
  ...LETTERS_MESSAGES,
  ...LOOKUP_MESSAGES,
  ...INBOX_MESSAGES,
  ...CASE_DETAIL_MESSAGES,
  ...OVERVIEW_MESSAGES,
  ...DIALOGUES_MESSAGES,
  ...TEAMS_MESSAGES,
  ...BLOC_MESSAGES,
  ...PETITION_MESSAGES,
} as const satisfies Record<string, BilingualText>;

export type MessageKey = keyof typeof MESSAGES;
