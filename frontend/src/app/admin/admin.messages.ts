import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `admin.`. */
export const ADMIN_MESSAGES = {
  'admin.tabs': { vi: 'Các mục quản trị', en: 'Administration sections' },
  'admin.tab.agencies': { vi: 'Cơ quan', en: 'Agencies' },
  'admin.tab.neighbourhoods': {
    vi: 'Tổ dân phố, thôn',
    en: 'Neighbourhoods',
  },
  'admin.tab.users': { vi: 'Người dùng', en: 'Users' },
  'admin.tab.audit': { vi: 'Nhật ký an ninh', en: 'Security log' },
  'admin.tab.open311': { vi: 'Ứng dụng Open311', en: 'Open311 apps' },
  'admin.open311.about': {
    vi: 'Ứng dụng phản ánh hiện trường gửi yêu cầu qua Open311 GeoReport v2 tại /open311/v2 bằng khóa API cấp ở đây; mã địa bàn (jurisdiction_id) là mã xã, phường.',
    en: 'Field-report apps file requests through Open311 GeoReport v2 at /open311/v2 with a key issued here; the jurisdiction_id is the commune code.',
  },
  'admin.open311.name': { vi: 'Tên ứng dụng', en: 'App name' },
  'admin.open311.key': { vi: 'Khóa', en: 'Key' },
  'admin.open311.created': { vi: 'Ngày cấp', en: 'Issued' },
  'admin.open311.lastUsed': { vi: 'Dùng lần cuối', en: 'Last used' },
  'admin.open311.revoked': { vi: 'Đã thu hồi', en: 'Revoked' },
  'admin.open311.revoke': { vi: 'Thu hồi khóa', en: 'Revoke the key' },
  'admin.open311.revokeConfirm': {
    vi: 'Thu hồi khóa của "{name}"? Ứng dụng sẽ không gửi được yêu cầu nữa.',
    en: 'Revoke the key of "{name}"? The app will no longer be able to file requests.',
  },
  'admin.open311.new': {
    vi: 'Cấp khóa cho ứng dụng',
    en: 'Issue a key to an app',
  },
  'admin.open311.create': { vi: 'Cấp khóa', en: 'Issue the key' },
  'admin.open311.issued': {
    vi: 'Khóa của "{name}" (chỉ hiển thị một lần, hãy sao chép và giao cho ứng dụng):',
    en: 'The key of "{name}" (shown once: copy it and give it to the app):',
  },

  'admin.save': { vi: 'Lưu', en: 'Save' },
  'admin.cancel': { vi: 'Hủy', en: 'Cancel' },
  'admin.edit': { vi: 'Sửa', en: 'Edit' },
  'admin.active': { vi: 'Đang sử dụng', en: 'In use' },
  'admin.inactive': { vi: 'Ngừng sử dụng', en: 'Not in use' },
  'admin.status': { vi: 'Trạng thái', en: 'Status' },
  'admin.saved': { vi: 'Đã lưu', en: 'Saved' },
  'admin.loadFailed': {
    vi: 'Không tải được dữ liệu. Vui lòng thử lại.',
    en: 'Could not load the data. Please try again.',
  },
  'admin.retry': { vi: 'Thử lại', en: 'Retry' },
  'admin.required': { vi: 'Bắt buộc nhập', en: 'Required' },
  'admin.none': { vi: '(không có)', en: '(none)' },
  'admin.empty': { vi: 'Chưa có dữ liệu.', en: 'Nothing here yet.' },

  'admin.kind.province': { vi: 'Tỉnh/thành phố', en: 'Province' },
  'admin.kind.department': { vi: 'Sở, ban, ngành', en: 'Department' },
  'admin.kind.commune': { vi: 'Xã/phường/đặc khu', en: 'Commune/ward' },
  'admin.kind.unit': { vi: 'Bộ phận, đơn vị cấp xã', en: 'Commune unit' },

  'admin.agencies.tree': { vi: 'Cây cơ quan', en: 'Agency tree' },
  'admin.agencies.new': { vi: 'Thêm cơ quan', en: 'Add agency' },
  'admin.agencies.addChild': {
    vi: 'Thêm cơ quan trực thuộc',
    en: 'Add an agency below',
  },
  'admin.agencies.addChildShort': { vi: '+ Thêm', en: '+ Add' },
  'admin.agencies.createTitle': { vi: 'Thêm cơ quan', en: 'New agency' },
  'admin.agencies.editTitle': { vi: 'Sửa cơ quan', en: 'Edit agency' },
  'admin.agencies.name': { vi: 'Tên cơ quan', en: 'Name' },
  'admin.agencies.code': { vi: 'Mã cơ quan', en: 'Code' },
  'admin.agencies.codeHint': {
    vi: 'Chữ in hoa, số, dấu gạch; ví dụ AP-DC',
    en: 'Capitals, digits, dashes; e.g. AP-DC',
  },
  'admin.agencies.kind': { vi: 'Cấp', en: 'Level' },
  'admin.agencies.parent': { vi: 'Cơ quan cấp trên', en: 'Parent agency' },
  'admin.agencies.remote': {
    vi: 'Vùng sâu, vùng xa, đặc biệt khó khăn',
    en: 'Remote or especially difficult area',
  },
  'admin.agencies.remoteShort': { vi: 'Vùng khó khăn', en: 'Remote area' },
  'admin.agencies.remoteHint': {
    vi: 'Thời hạn giải quyết khiếu nại dài hơn (Luật Khiếu nại Điều 28, 37)',
    en: 'Longer complaint time limits (Complaints Law Art. 28, 37)',
  },
  'admin.agencies.fixedAfterCreate': {
    vi: 'Cấp và cơ quan cấp trên không đổi sau khi tạo.',
    en: 'The level and parent cannot change after creation.',
  },
  'admin.agencies.expand': {
    vi: 'Mở/đóng {name}',
    en: 'Expand/collapse {name}',
  },
  'admin.agencies.pick': {
    vi: 'Chọn một cơ quan trong cây để sửa, hoặc thêm cơ quan mới.',
    en: 'Pick an agency in the tree to edit it, or add a new one.',
  },

  'admin.nb.commune': { vi: 'Xã/phường', en: 'Commune/ward' },
  'admin.nb.name': { vi: 'Tên', en: 'Name' },
  'admin.nb.kind': { vi: 'Loại', en: 'Kind' },
  'admin.nb.new': { vi: 'Thêm tổ dân phố/thôn', en: 'Add neighbourhood' },
  'admin.nb.createTitle': {
    vi: 'Thêm tổ dân phố/thôn',
    en: 'New neighbourhood',
  },
  'admin.nb.editTitle': { vi: 'Sửa tổ dân phố/thôn', en: 'Edit neighbourhood' },
  'admin.nb.pickCommune': {
    vi: 'Chọn xã/phường để xem các tổ dân phố, thôn.',
    en: 'Choose a commune to see its neighbourhoods.',
  },
  'admin.nbKind.to_dan_pho': { vi: 'Tổ dân phố', en: 'Residential group' },
  'admin.nbKind.khu_pho': { vi: 'Khu phố', en: 'Quarter' },
  'admin.nbKind.thon': { vi: 'Thôn', en: 'Village' },
  'admin.nbKind.ap': { vi: 'Ấp', en: 'Hamlet (ấp)' },
  'admin.nbKind.ban': { vi: 'Bản', en: 'Hamlet (bản)' },

  'admin.users.search': {
    vi: 'Tìm người dùng',
    en: 'Search users',
  },
  'admin.users.allRoles': { vi: 'Mọi vai trò', en: 'All roles' },
  'admin.users.allAgencies': { vi: 'Mọi cơ quan', en: 'All agencies' },
  'admin.users.allStatuses': { vi: 'Mọi trạng thái', en: 'All statuses' },
  'admin.users.new': { vi: 'Thêm người dùng', en: 'Add user' },
  'admin.users.createTitle': { vi: 'Thêm người dùng', en: 'New user' },
  'admin.users.editTitle': { vi: 'Sửa người dùng', en: 'Edit user' },
  'admin.users.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'admin.users.usernameHint': {
    vi: 'Chữ không dấu, số, dấu chấm; ví dụ tiepdan.anphu',
    en: 'Letters, digits, dots; e.g. tiepdan.anphu',
  },
  'admin.users.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'admin.users.password': { vi: 'Mật khẩu ban đầu', en: 'Initial password' },
  'admin.users.passwordHint': {
    vi: 'Ít nhất 10 ký tự, gồm chữ và số',
    en: 'At least 10 characters with letters and digits',
  },
  'admin.users.role': { vi: 'Vai trò', en: 'Role' },
  'admin.users.agency': { vi: 'Cơ quan, xã/phường', en: 'Agency or commune' },
  'admin.users.neighbourhood': {
    vi: 'Tổ dân phố/thôn (tổ dân vận)',
    en: 'Neighbourhood (mobilization team)',
  },
  'admin.users.locked': { vi: 'Đang bị khóa', en: 'Locked' },
  'admin.users.unlock': { vi: 'Mở khóa', en: 'Unlock' },
  'admin.users.unlocked': {
    vi: 'Đã mở khóa tài khoản',
    en: 'Account unlocked',
  },
  'admin.users.deactivate': { vi: 'Ngừng sử dụng', en: 'Deactivate' },
  'admin.users.activate': { vi: 'Cho sử dụng lại', en: 'Reactivate' },
  'admin.users.resetTitle': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'admin.users.newPassword': { vi: 'Mật khẩu mới', en: 'New password' },
  'admin.users.reset': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'admin.users.resetDone': {
    vi: 'Đã đặt lại mật khẩu; các phiên đăng nhập của người dùng đã kết thúc.',
    en: 'Password reset; the user’s sessions have ended.',
  },
  'admin.users.rightsNote': {
    vi: 'Đổi vai trò, cơ quan hoặc ngừng sử dụng sẽ đăng xuất người dùng ngay.',
    en: 'Changing the role or agency, or deactivating, signs the user out at once.',
  },
  'admin.users.count': { vi: '{n} người dùng', en: '{n} user(s)' },

  'admin.audit.action': { vi: 'Sự kiện', en: 'Event' },
  'admin.audit.allActions': { vi: 'Mọi sự kiện', en: 'All events' },
  'admin.audit.target': {
    vi: 'Mã đối tượng',
    en: 'Target id',
  },
  'admin.audit.at': { vi: 'Thời điểm', en: 'When' },
  'admin.audit.actor': { vi: 'Người thực hiện', en: 'Who' },
  'admin.audit.targetCol': { vi: 'Đối tượng', en: 'Target' },
  'admin.audit.ip': { vi: 'Địa chỉ IP', en: 'IP address' },
  'admin.audit.details': { vi: 'Chi tiết', en: 'Details' },
  'admin.audit.filter': { vi: 'Lọc', en: 'Filter' },
  'admin.audit.previous': { vi: 'Trang trước', en: 'Previous page' },
  'admin.audit.next': { vi: 'Trang sau', en: 'Next page' },
  'admin.audit.page': { vi: 'Trang {n}', en: 'Page {n}' },
  'admin.auditAction.login.success': {
    vi: 'Đăng nhập thành công',
    en: 'Signed in',
  },
  'admin.auditAction.login.failure': {
    vi: 'Đăng nhập không thành công',
    en: 'Failed sign-in',
  },
  'admin.auditAction.login.locked': {
    vi: 'Khóa tài khoản do đăng nhập sai',
    en: 'Account locked',
  },
  'admin.auditAction.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'admin.auditAction.token.refresh_reuse': {
    vi: 'Dùng lại mã làm mới (nghi bị đánh cắp)',
    en: 'Refresh token reused (suspected theft)',
  },
  'admin.auditAction.password.change': {
    vi: 'Đổi mật khẩu',
    en: 'Password changed',
  },
  'admin.auditAction.password.reset': {
    vi: 'Quản trị đặt lại mật khẩu',
    en: 'Password reset by admin',
  },
  'admin.auditAction.user.create': { vi: 'Tạo người dùng', en: 'User created' },
  'admin.auditAction.user.update': {
    vi: 'Sửa người dùng',
    en: 'User updated',
  },
  'admin.auditAction.role.change': { vi: 'Đổi vai trò', en: 'Role changed' },
  'admin.auditAction.identity.reveal': {
    vi: 'Xem danh tính người tố cáo',
    en: 'Denouncer identity viewed',
  },
  'admin.auditAction.identity.reveal_refused': {
    vi: 'Bị từ chối xem danh tính người tố cáo',
    en: 'Denouncer identity refused',
  },
  'admin.auditAction.api_key.issue': {
    vi: 'Cấp khóa API Open311',
    en: 'Open311 API key issued',
  },
  'admin.auditAction.api_key.revoke': {
    vi: 'Thu hồi khóa API Open311',
    en: 'Open311 API key revoked',
  },
  'admin.auditAction.history.detach': {
    vi: 'Tách tháng lịch sử để lưu trữ',
    en: 'History month detached for archiving',
  },
} as const satisfies Record<string, BilingualText>;
