import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of the public petition form, Vietnamese first; keys start with `petition.`. */
export const PETITION_MESSAGES = {
  'petition.title': { vi: 'Gửi đơn trực tuyến', en: 'Send a petition online' },
  'petition.intro': {
    vi: 'Phản ánh, kiến nghị, khiếu nại, tố cáo gửi đến UBND xã, phường. Không cần tài khoản; đơn được tiếp nhận, phân loại như đơn gửi qua bưu điện.',
    en: 'Reports, proposals, complaints and denunciations to the commune. No account needed; the petition is registered and triaged like a posted letter.',
  },
  'petition.lookupLink': {
    vi: 'Đã gửi đơn? Tra cứu hồ sơ',
    en: 'Already sent one? Look up your case',
  },
  'petition.type': { vi: 'Loại đơn', en: 'Kind of petition' },
  'petition.type.reflection': { vi: 'Phản ánh', en: 'Report a problem' },
  'petition.type.reflection.hint': {
    vi: 'Đèn đường hỏng, cống tắc, rác chưa thu gom, đường hư hỏng…',
    en: 'A broken street light, a blocked drain, uncollected rubbish, a damaged road…',
  },
  'petition.type.proposal': { vi: 'Kiến nghị', en: 'Proposal' },
  'petition.type.proposal.hint': {
    vi: 'Đề xuất với chính quyền về chính sách, hạ tầng, môi trường…',
    en: 'A suggestion to the authorities on policy, infrastructure, environment…',
  },
  'petition.type.complaint': { vi: 'Khiếu nại', en: 'Complaint' },
  'petition.type.complaint.hint': {
    vi: 'Đề nghị xem xét lại quyết định, hành vi hành chính ảnh hưởng đến quyền lợi của ông/bà.',
    en: 'Ask for an administrative decision or act that affects you to be reviewed.',
  },
  'petition.type.denunciation': { vi: 'Tố cáo', en: 'Denunciation' },
  'petition.type.denunciation.hint': {
    vi: 'Báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật. Cần ghi họ tên, địa chỉ; danh tính được giữ bí mật.',
    en: 'Tell the competent body of an unlawful act. Name and address are required and kept secret.',
  },
  'petition.where': { vi: 'Gửi đến', en: 'Sent to' },
  'petition.commune': { vi: 'Xã, phường', en: 'Commune or ward' },
  'petition.neighbourhood': {
    vi: 'Tổ dân phố, thôn (nếu biết)',
    en: 'Neighbourhood (if known)',
  },
  'petition.noNeighbourhood': { vi: '— Không chọn —', en: '— None —' },
  'petition.what': { vi: 'Nội dung', en: 'What it is about' },
  'petition.category': { vi: 'Lĩnh vực', en: 'Field' },
  'petition.summary': { vi: 'Tóm tắt (một câu)', en: 'Summary (one line)' },
  'petition.details': { vi: 'Nội dung chi tiết', en: 'Details' },
  'petition.place': { vi: 'Địa điểm', en: 'Place' },
  'petition.placeAddress': {
    vi: 'Địa chỉ, vị trí cụ thể',
    en: 'Address or landmark',
  },
  'petition.placeAddress.required': {
    vi: 'Cho biết nơi xảy ra sự việc',
    en: 'Say where it is',
  },
  'petition.locate': { vi: 'Dùng vị trí hiện tại', en: 'Use my location' },
  'petition.locating': { vi: 'Đang lấy vị trí…', en: 'Finding you…' },
  'petition.located': {
    vi: 'Tọa độ: {lat}, {lng}',
    en: 'Coordinates: {lat}, {lng}',
  },
  'petition.locateFailed': {
    vi: 'Không lấy được vị trí; hãy ghi địa chỉ',
    en: 'Could not get your location; please write the address',
  },
  'petition.clearLocation': { vi: 'Bỏ tọa độ', en: 'Remove coordinates' },
  'petition.files': {
    vi: 'Ảnh, tài liệu kèm theo',
    en: 'Photos and documents',
  },
  'petition.files.hint': {
    vi: 'Tối đa {count} tệp ảnh (JPEG, PNG, WebP) hoặc PDF, mỗi tệp không quá {mb} MB.',
    en: 'Up to {count} photos (JPEG, PNG, WebP) or PDFs, {mb} MB each at most.',
  },
  'petition.files.add': {
    vi: 'Chọn ảnh, tài liệu',
    en: 'Choose photos or files',
  },
  'petition.files.remove': { vi: 'Bỏ {name}', en: 'Remove {name}' },
  'petition.files.tooMany': {
    vi: 'Chỉ gửi được {count} tệp',
    en: 'Only {count} files can be sent',
  },
  'petition.files.tooLarge': {
    vi: '{name} lớn hơn {mb} MB',
    en: '{name} is larger than {mb} MB',
  },
  'petition.files.badType': {
    vi: '{name} không phải ảnh hoặc PDF',
    en: '{name} is not a photo or a PDF',
  },
  'petition.sender': { vi: 'Người gửi', en: 'Sender' },
  'petition.sender.optional': {
    vi: 'Có thể để trống họ tên; cần số điện thoại hoặc thư điện tử để nhận kết quả.',
    en: 'Your name may be left out; give a phone or an e-mail to hear back.',
  },
  'petition.sender.required': {
    vi: 'Đơn khiếu nại, tố cáo phải ghi rõ họ tên và địa chỉ người gửi.',
    en: 'A complaint or a denunciation must give the sender’s name and address.',
  },
  'petition.sender.sealed': {
    vi: 'Họ tên, địa chỉ, số điện thoại của người tố cáo được giữ bí mật, chỉ người có thẩm quyền giải quyết được xem (Luật Tố cáo 2018, Điều 47).',
    en: 'The denouncer’s name, address and phone are kept secret; only those who resolve it may see them (Law on Denunciation 2018, Art. 47).',
  },
  'petition.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'petition.idNumber': { vi: 'Số CCCD (nếu có)', en: 'ID number (optional)' },
  'petition.idNumber.invalid': {
    vi: 'CCCD gồm 12 chữ số (CMND cũ 9 số)',
    en: '12 digits (older IDs 9)',
  },
  'petition.senderAddress': { vi: 'Địa chỉ người gửi', en: 'Your address' },
  'petition.phone': { vi: 'Số điện thoại', en: 'Phone number' },
  'petition.phone.invalid': {
    vi: 'Số điện thoại chưa đúng',
    en: 'Not a phone number',
  },
  'petition.email': { vi: 'Thư điện tử', en: 'E-mail' },
  'petition.email.invalid': {
    vi: 'Địa chỉ thư chưa đúng',
    en: 'Not an e-mail address',
  },
  'petition.contact.required': {
    vi: 'Cần số điện thoại hoặc thư điện tử',
    en: 'Give a phone number or an e-mail address',
  },
  'petition.notify': {
    vi: 'Nhận thông báo tiến độ qua',
    en: 'Send me progress notices by',
  },
  'petition.notify.email': { vi: 'Thư điện tử', en: 'E-mail' },
  'petition.notify.sms': { vi: 'Tin nhắn SMS', en: 'SMS' },
  'petition.notify.zalo': { vi: 'Zalo', en: 'Zalo' },
  'petition.honeypot': {
    vi: 'Bỏ trống ô này',
    en: 'Leave this empty',
  },
  'petition.submit': { vi: 'Gửi đơn', en: 'Send' },
  'petition.solving': {
    vi: 'Đang xác nhận trình duyệt…',
    en: 'Checking this browser…',
  },
  'petition.sending': { vi: 'Đang gửi đơn…', en: 'Sending…' },
  'petition.failed': {
    vi: 'Chưa gửi được đơn: {message}',
    en: 'The petition was not sent: {message}',
  },
  'petition.loadFailed': {
    vi: 'Không tải được biểu mẫu. Vui lòng thử lại.',
    en: 'The form could not be loaded. Please try again.',
  },
  'petition.retry': { vi: 'Thử lại', en: 'Try again' },
  'petition.done.title': {
    vi: 'Đã nhận đơn của ông/bà',
    en: 'Your petition was received',
  },
  'petition.done.code': { vi: 'Mã hồ sơ', en: 'Case code' },
  'petition.done.letter': { vi: 'Số vào sổ đơn', en: 'Register number' },
  'petition.done.keep': {
    vi: 'Ghi lại mã hồ sơ để tra cứu tình trạng giải quyết.',
    en: 'Keep the case code to follow your case.',
  },
  'petition.done.pin': {
    vi: 'Mã tra cứu (thay cho 4 số cuối điện thoại): {pin}',
    en: 'Lookup code (instead of the phone’s last 4 digits): {pin}',
  },
  'petition.done.notify': {
    vi: 'Thông báo tiến độ sẽ gửi qua: {channels}',
    en: 'Progress notices will come by: {channels}',
  },
  'petition.done.sealed': {
    vi: 'Để bảo vệ người tố cáo, đơn tố cáo không tra cứu trên mạng; ông/bà sẽ nhận thông báo qua kênh đã chọn.',
    en: 'To protect the denouncer, denunciations are not looked up online; you will be notified by the channels chosen.',
  },
  'petition.done.lookup': { vi: 'Tra cứu hồ sơ', en: 'Look up the case' },
  'petition.done.another': { vi: 'Gửi đơn khác', en: 'Send another' },
} as const satisfies Record<string, BilingualText>;
