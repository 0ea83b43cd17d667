import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of the letters screen (tiếp nhận đơn), Vietnamese first; keys start with `letters.`. */
export const LETTERS_MESSAGES = {
  'letters.title': { vi: 'Tiếp nhận đơn', en: 'Register a letter' },
  'letters.subtitle': {
    vi: 'Đơn gửi qua bưu chính, thư điện tử, cổng trực tuyến hoặc do cơ quan khác chuyển đến: vào sổ, tách theo nội dung, mỗi vụ việc một hồ sơ.',
    en: 'Letters by post, e-mail, the online portal or forwarded by another body: register them and split them by matter, one case each.',
  },
  'letters.loadFailed': {
    vi: 'Không tải được danh mục cơ quan, địa bàn: {message}',
    en: 'Could not load agencies and neighbourhoods: {message}',
  },
  'letters.channel.post': { vi: 'Bưu chính', en: 'Post' },
  'letters.channel.email': { vi: 'Thư điện tử', en: 'E-mail' },
  'letters.channel.online': { vi: 'Cổng trực tuyến', en: 'Online portal' },
  'letters.channel.forwarded': {
    vi: 'Cơ quan khác chuyển đến',
    en: 'Forwarded by another body',
  },
  'letters.type.complaint': { vi: 'Khiếu nại', en: 'Complaint' },
  'letters.type.denunciation': { vi: 'Tố cáo', en: 'Denunciation' },
  'letters.type.proposal': { vi: 'Kiến nghị', en: 'Proposal' },
  'letters.type.reflection': { vi: 'Phản ánh', en: 'Reflection' },

  'letters.form.title': { vi: 'Vào sổ đơn', en: 'Register a letter' },
  'letters.form.keys': {
    vi: 'Enter hoặc Ctrl+Enter: vào sổ · Alt+N: tách thêm vụ việc',
    en: 'Enter or Ctrl+Enter: register · Alt+N: split off another matter',
  },
  'letters.form.channel': { vi: 'Hình thức nhận đơn', en: 'Received through' },
  'letters.form.receivedAt': { vi: 'Ngày nhận đơn', en: 'Date received' },
  'letters.form.receivedAt.future': {
    vi: 'Ngày nhận không được sau hôm nay',
    en: 'The date cannot be after today',
  },
  'letters.form.forwardedBy': {
    vi: 'Cơ quan chuyển đơn đến',
    en: 'Forwarding body',
  },
  'letters.form.documentNo': {
    vi: 'Số văn bản chuyển đơn',
    en: 'Forwarding document number',
  },
  'letters.form.senders': { vi: 'Người gửi đơn', en: 'Senders' },
  'letters.form.sendersSealed': {
    vi: '(sẽ được bảo mật)',
    en: '(will be sealed)',
  },
  'letters.form.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'letters.form.idNumber': { vi: 'Số CCCD', en: 'ID number' },
  'letters.form.idNumber.invalid': {
    vi: 'CCCD gồm 9 hoặc 12 chữ số',
    en: 'An ID number has 9 or 12 digits',
  },
  'letters.form.address': { vi: 'Địa chỉ', en: 'Address' },
  'letters.form.phone': { vi: 'Điện thoại', en: 'Phone' },
  'letters.form.addSender': { vi: 'Thêm người gửi', en: 'Add a sender' },
  'letters.form.removeSender': {
    vi: 'Bỏ người gửi {n}',
    en: 'Remove sender {n}',
  },
  'letters.form.signatories': {
    vi: 'Số người ký đơn',
    en: 'Number of signatories',
  },
  'letters.form.signatories.hint': {
    vi: 'Đơn nhiều người ký: ghi tổng số người ký',
    en: 'A petition with many signatures: their total',
  },
  'letters.form.signatories.tooFew': {
    vi: 'Không ít hơn số người gửi đã ghi',
    en: 'At least the number of senders listed',
  },
  'letters.form.neighbourhood': {
    vi: 'Tổ dân phố / thôn',
    en: 'Neighbourhood',
  },
  'letters.form.summary': {
    vi: 'Tóm tắt nội dung',
    en: 'Summary',
  },
  'letters.form.matters': { vi: 'Vụ việc', en: 'Matters' },
  'letters.form.matters.hint': {
    vi: 'Đơn có nhiều nội dung: tách thành nhiều vụ việc, mỗi vụ việc là một hồ sơ riêng.',
    en: 'A letter about several things: split it into several matters, one case each.',
  },
  'letters.form.matter': { vi: 'Vụ việc {n}', en: 'Matter {n}' },
  'letters.form.matterType': { vi: 'Phân loại', en: 'Classification' },
  'letters.form.category': { vi: 'Lĩnh vực', en: 'Category' },
  'letters.form.matterSummary': {
    vi: 'Tóm tắt vụ việc',
    en: 'Matter in a line',
  },
  'letters.form.content': { vi: 'Nội dung chi tiết', en: 'Details' },
  'letters.form.agency': { vi: 'Đơn vị xử lý', en: 'Handling unit' },
  'letters.form.agencyLater': { vi: 'Chưa chọn', en: 'Not chosen yet' },
  'letters.form.learnedAt': {
    vi: 'Ngày biết quyết định',
    en: 'Date learned of it',
  },
  'letters.form.learnedAtHint': {
    vi: 'Thời hiệu khiếu nại 90 ngày (Điều 9 Luật Khiếu nại)',
    en: '90-day limitation (Art. 9)',
  },
  'letters.form.addMatter': {
    vi: 'Tách thêm vụ việc',
    en: 'Split off another matter',
  },
  'letters.form.removeMatter': {
    vi: 'Bỏ vụ việc {n}',
    en: 'Remove matter {n}',
  },
  'letters.form.sealed': {
    vi: 'Đơn có nội dung tố cáo: danh tính người gửi sẽ được bảo mật (bảo mật danh tính người tố cáo, Luật Tố cáo 2018 Điều 47). Họ tên, địa chỉ, CCCD, điện thoại chỉ lưu trong kho mã hóa của hồ sơ tố cáo; sổ đơn ghi "Đã bảo mật".',
    en: 'The letter contains a denunciation: the senders’ identity will be sealed (protection of the denouncer, Law on Denunciations 2018 Art. 47). Name, address, ID and phone are kept only in the encrypted vault of the denunciation case; the letter register shows "Sealed".',
  },
  'letters.form.scans': {
    vi: 'Bản quét của đơn (PDF, JPEG, PNG)',
    en: 'Scanned pages (PDF, JPEG, PNG)',
  },
  'letters.form.scans.hint': {
    vi: 'Sau khi vào sổ, các tệp được đính kèm vào từng hồ sơ được tạo.',
    en: 'Once registered, the files are attached to every case created.',
  },
  'letters.form.scans.refused': {
    vi: 'Không nhận {name}: chỉ PDF, JPEG, PNG đến {mb} MB',
    en: '{name} not accepted: PDF, JPEG or PNG up to {mb} MB only',
  },
  'letters.form.submit': { vi: 'Vào sổ đơn', en: 'Register the letter' },
  'letters.form.saving': { vi: 'Đang vào sổ…', en: 'Registering…' },
  'letters.form.fixFields': {
    vi: 'Đơn chưa được vào sổ: vui lòng sửa các ô được đánh dấu.',
    en: 'The letter is not registered yet: please correct the marked fields.',
  },
  'letters.form.failed': {
    vi: 'Đơn chưa được vào sổ: {message}',
    en: 'The letter is not registered: {message}',
  },
  'letters.field.required': { vi: 'Bắt buộc nhập', en: 'Required' },
  'letters.field.tooLong': { vi: 'Quá dài', en: 'Too long' },
  'letters.field.format': {
    vi: 'Không đúng định dạng',
    en: 'Not in the right format',
  },
  'letters.field.choose': {
    vi: 'Vui lòng chọn lại từ danh sách',
    en: 'Please choose again from the list',
  },
  'letters.field.date': { vi: 'Ngày không hợp lệ', en: 'Not a valid date' },
  'letters.field.number': {
    vi: 'Số không hợp lệ',
    en: 'Not a valid number',
  },

  'letters.result.title': {
    vi: 'Đã vào sổ đơn {code}: {n} hồ sơ',
    en: 'Letter {code} registered: {n} cases',
  },
  'letters.result.due': { vi: 'hạn {date}', en: 'due {date}' },
  'letters.result.sealed': {
    vi: 'Danh tính người gửi đã được đưa vào kho mã hóa.',
    en: 'The senders’ identity went to the encrypted vault.',
  },
  'letters.upload.title': { vi: 'Bản quét', en: 'Scanned pages' },
  'letters.upload.progress': {
    vi: '{name}: {percent}%',
    en: '{name}: {percent}%',
  },
  'letters.upload.done': {
    vi: '{name}: đã đính kèm vào {n} hồ sơ',
    en: '{name}: attached to {n} cases',
  },
  'letters.upload.failed': {
    vi: '{name}: không tải lên được ({message})',
    en: '{name}: upload failed ({message})',
  },

  'letters.list.title': { vi: 'Sổ đơn đã tiếp nhận', en: 'Registered letters' },
  'letters.list.pending': {
    vi: 'Chỉ đơn chưa xử lý xong',
    en: 'Only letters not yet triaged',
  },
  'letters.list.empty': {
    vi: 'Chưa có đơn nào.',
    en: 'No letters yet.',
  },
  'letters.list.loading': { vi: 'Đang tải sổ đơn…', en: 'Loading letters…' },
  'letters.list.failed': {
    vi: 'Chưa tải được sổ đơn: {message}',
    en: 'Could not load the letters: {message}',
  },
  'letters.list.sealed': { vi: 'Đã bảo mật', en: 'Sealed' },
  'letters.list.signatories': {
    vi: '{n} người ký',
    en: '{n} signatories',
  },
  'letters.list.forwarded': {
    vi: 'do {body} chuyển đến{doc}',
    en: 'forwarded by {body}{doc}',
  },
  'letters.list.triaged': { vi: 'Đã xử lý xong', en: 'Triaged' },
  'letters.list.awaiting': { vi: 'Đang xử lý đơn', en: 'Awaiting triage' },
} as const satisfies Record<string, BilingualText>;
