import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `inbox.`. */
export const INBOX_MESSAGES = {
  'inbox.tabs': { vi: 'Nhóm hồ sơ', en: 'Case groups' },
  'inbox.tab.new': { vi: 'Mới được giao', en: 'New assignments' },
  'inbox.tab.in_progress': { vi: 'Đang giải quyết', en: 'In progress' },
  'inbox.tab.due_soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'inbox.tab.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'inbox.tab.awaiting_approval': {
    vi: 'Chờ thủ trưởng duyệt',
    en: 'Awaiting approval',
  },
  'inbox.tab.closed': { vi: 'Đã kết thúc', en: 'Closed' },
  'inbox.filters': { vi: 'Lọc hồ sơ', en: 'Filters' },
  'inbox.filter.type': { vi: 'Loại đơn', en: 'Type' },
  'inbox.filter.category': { vi: 'Lĩnh vực', en: 'Category' },
  'inbox.filter.neighbourhood': {
    vi: 'Tổ dân phố, thôn',
    en: 'Neighbourhood',
  },
  'inbox.filter.all': { vi: 'Tất cả', en: 'All' },
  'inbox.filter.search': {
    vi: 'Tìm nội dung, công dân',
    en: 'Search summary, citizen',
  },
  'inbox.filter.searchButton': { vi: 'Tìm', en: 'Search' },
  'inbox.filter.mine': { vi: 'Chỉ hồ sơ tôi xử lý', en: 'Only my cases' },
  'inbox.filter.clear': { vi: 'Bỏ lọc', en: 'Clear filters' },
  'inbox.col.code': { vi: 'Mã hồ sơ', en: 'Code' },
  'inbox.col.summary': { vi: 'Nội dung', en: 'Summary' },
  'inbox.col.citizen': { vi: 'Công dân', en: 'Citizen' },
  'inbox.col.state': { vi: 'Bước', en: 'Step' },
  'inbox.col.assignee': { vi: 'Chuyên viên', en: 'Handler' },
  'inbox.col.due': { vi: 'Hạn', en: 'Due' },
  'inbox.col.closed': { vi: 'Ngày kết thúc', en: 'Closed on' },
  'inbox.confidential': { vi: 'Bảo mật', en: 'Confidential' },
  'inbox.unassigned': { vi: 'Chưa giao', en: 'Unassigned' },
  'inbox.empty': {
    vi: 'Không có hồ sơ nào trong mục này.',
    en: 'No cases here.',
  },
  'inbox.more': { vi: 'Xem thêm', en: 'Show more' },
  'inbox.count': {
    vi: 'Đang hiển thị {n} hồ sơ.',
    en: 'Showing {n} {n:case|cases}.',
  },
  'inbox.loadFailed': {
    vi: 'Không tải được hộp việc. Vui lòng thử lại.',
    en: 'Could not load the inbox. Please try again.',
  },
  'inbox.loads.title': {
    vi: 'Khối lượng việc của chuyên viên',
    en: 'Each handler’s load',
  },
  'inbox.loads.handler': { vi: 'Chuyên viên', en: 'Handler' },
  'inbox.loads.open': { vi: 'Đang xử lý', en: 'Open' },
  'inbox.loads.dueSoon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'inbox.loads.overdue': { vi: 'Quá hạn', en: 'Overdue' },
} as const satisfies Record<string, BilingualText>;
