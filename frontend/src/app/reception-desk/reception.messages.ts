import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `reception.`. */
export const RECEPTION_MESSAGES = {
  'reception.title': { vi: 'Bàn tiếp công dân', en: 'Reception desk' },
  'reception.loading': {
    vi: 'Đang tải buổi tiếp…',
    en: 'Loading the session…',
  },
  'reception.today': { vi: 'Hôm nay {date}', en: 'Today {date}' },
  'reception.isReceptionDay': {
    vi: 'Hôm nay là ngày tiếp công dân định kỳ.',
    en: 'Today is the scheduled reception day.',
  },
  'reception.notReceptionDay': {
    vi: 'Hôm nay không phải ngày tiếp định kỳ.',
    en: 'Today is not a scheduled reception day.',
  },
  'reception.direction.confirm': {
    vi: 'Ghi ý kiến chỉ đạo? {summary}. Đã ghi thì không sửa được.',
    en: 'Record this direction? {summary}. Once recorded it cannot be changed.',
  },
  'reception.direction.confirmYes': {
    vi: 'Xác nhận ghi',
    en: 'Confirm',
  },
  'reception.direction.confirmNo': {
    vi: 'Sửa lại (Esc)',
    en: 'Edit (Esc)',
  },
  'reception.case.repeat': {
    vi: 'Đến nhiều lần · lặp lại {code}',
    en: 'Repeat visit · repeats {code}',
  },
  'reception.refusalNotice.print': {
    vi: 'In thông báo từ chối',
    en: 'Print the refusal notice',
  },
  'reception.case.print': { vi: 'In phiếu', en: 'Print receipt' },
  'reception.nextDay': {
    vi: 'Buổi tiếp định kỳ tới: {date}.',
    en: 'Next scheduled reception: {date}.',
  },
  'reception.stale.title': {
    vi: 'Buổi tiếp ngày {date} chưa kết thúc',
    en: 'The session of {date} was never closed',
  },
  'reception.stale.about': {
    vi: 'Buổi tiếp ngày {date} ({n} lượt tiếp) vẫn đang mở. Lượt tiếp ngày {today} không được ghi vào buổi của ngày khác: hãy kết thúc buổi đó — các vụ việc chưa giải quyết sẽ chuyển sang buổi tiếp tới — rồi mở buổi tiếp hôm nay.',
    en: 'The session of {date} ({n} visits) is still open. Visits of {today} cannot go into another day’s session: close it — its unresolved cases carry over to the next session — then open today’s.',
  },
  'reception.stale.close': {
    vi: 'Kết thúc buổi ngày {date}',
    en: 'Close the session of {date}',
  },
  'reception.nextDays': { vi: 'Các buổi tiếp tới', en: 'Next reception days' },
  'reception.movedFrom': {
    vi: '(dời từ {date}: {reason})',
    en: '(moved from {date}: {reason})',
  },
  'reception.schedule': {
    vi: 'Lịch tiếp: {weekday}, {start}–{end}, {place}',
    en: 'Schedule: {weekday}, {start}–{end}, {place}',
  },
  'reception.leaders': { vi: 'Lãnh đạo tiếp', en: 'Leaders on duty' },
  'reception.open': { vi: 'Mở buổi tiếp hôm nay', en: "Open today's session" },
  'reception.openAdHoc': {
    vi: 'Mở buổi tiếp đột xuất',
    en: 'Open an ad-hoc session',
  },
  'reception.adHocReason': {
    vi: 'Lý do tiếp đột xuất',
    en: 'Reason for an ad-hoc session',
  },
  'reception.session': { vi: 'Buổi tiếp {date}', en: 'Session of {date}' },
  'reception.session.adHoc': {
    vi: 'Buổi tiếp đột xuất {date}',
    en: 'Ad-hoc session {date}',
  },
  'reception.session.regular': {
    vi: 'Tiếp thường xuyên {date}',
    en: 'Regular reception {date}',
  },
  'reception.openRegular': {
    vi: 'Mở tiếp thường xuyên',
    en: 'Open the regular reception',
  },
  'reception.openRegular.about': {
    vi: 'Cán bộ tiếp công dân tiếp thường xuyên tại nơi tiếp công dân vào bất kỳ ngày làm việc nào (Điều 12 Luật Tiếp công dân); báo cáo 01/TCD tính riêng với buổi tiếp của lãnh đạo.',
    en: 'The reception officers receive citizens on any working day (Law on Citizen Reception Art. 12); report 01/TCD counts this apart from the leaders’ sessions.',
  },
  'reception.ledBy': {
    vi: 'Lãnh đạo chủ trì',
    en: 'Leader in charge',
  },
  'reception.ledBy.head': {
    vi: 'Thủ trưởng trực tiếp tiếp',
    en: 'The head in person',
  },
  'reception.ledBy.delegate': {
    vi: 'Người được ủy quyền tiếp',
    en: 'A deputy authorised by the head',
  },
  'reception.close': { vi: 'Kết thúc buổi tiếp', en: 'Close the session' },
  'reception.closeConfirm': {
    vi: 'Kết thúc buổi tiếp? Các vụ việc chưa giải quyết sẽ chuyển sang buổi tiếp sau.',
    en: 'Close the session? Unresolved matters move to the next session.',
  },
  'reception.closed': {
    vi: 'Đã kết thúc buổi tiếp {date}',
    en: 'Session of {date} closed',
  },
  'reception.carryOver': {
    vi: 'Chuyển sang buổi tiếp {date}',
    en: 'Carried over to the session of {date}',
  },
  'reception.carryOver.none': {
    vi: 'Không có vụ việc tồn đọng.',
    en: 'Nothing left unresolved.',
  },
  'reception.agenda': {
    vi: 'Vụ việc kỳ trước chuyển sang',
    en: 'Carried over from earlier sessions',
  },
  'reception.agenda.from': { vi: 'từ buổi {date}', en: 'from {date}' },
  'reception.visits': {
    vi: 'Lượt tiếp trong buổi ({n})',
    en: 'Visits in this session ({n})',
  },
  'reception.visits.none': {
    vi: 'Chưa có lượt tiếp nào.',
    en: 'No visits yet.',
  },
  'reception.scheduleForm.edit': {
    vi: 'Đổi lịch tiếp định kỳ',
    en: 'Change the regular reception day',
  },
  'reception.scheduleForm.weekday': {
    vi: 'Ngày trong tuần',
    en: 'Day of the week',
  },
  'reception.scheduleForm.start': { vi: 'Từ giờ', en: 'From' },
  'reception.scheduleForm.end': { vi: 'Đến giờ', en: 'To' },
  'reception.scheduleForm.place': { vi: 'Địa điểm tiếp', en: 'Place' },
  'reception.scheduleForm.leaders': {
    vi: 'Lãnh đạo trực tiếp',
    en: 'Leaders on duty',
  },
  'reception.scheduleForm.leadersHint': {
    vi: 'Mỗi dòng một người: Họ tên — Chức vụ',
    en: 'One per line: Full name — Title',
  },
  'reception.scheduleForm.save': {
    vi: 'Lưu lịch tiếp',
    en: 'Save the schedule',
  },
  'reception.scheduleForm.cancel': { vi: 'Hủy', en: 'Cancel' },
  'reception.registerPeriod': {
    vi: 'Sổ tiếp công dân theo thời gian',
    en: 'Reception register for a period',
  },
  'reception.registerPeriod.about': {
    vi: 'Mẫu 03/TCD: mọi lượt tiếp của xã/phường từ ngày đến ngày (tính cả hai ngày).',
    en: 'Form 03/TCD: every visit of the commune between the two dates (both included).',
  },
  'reception.registerFrom': { vi: 'Từ ngày', en: 'From' },
  'reception.registerTo': { vi: 'Đến ngày', en: 'To' },
  'reception.register': {
    vi: 'Xuất sổ tiếp công dân (Excel)',
    en: 'Export the register (Excel)',
  },

  'reception.form.title': { vi: 'Ghi nhận lượt tiếp', en: 'Log a visit' },
  'reception.form.keys': {
    vi: 'Tab: ô tiếp theo · Ctrl+Enter: lưu · Alt+N: thêm nội dung · Alt+R: từ chối tiếp · Alt+P: in phiếu',
    en: 'Tab: next field · Ctrl+Enter: save · Alt+N: add a matter · Alt+R: refuse · Alt+P: print',
  },
  'reception.form.name': { vi: 'Họ và tên', en: 'Full name' },
  'reception.form.idNumber': { vi: 'Số CCCD', en: 'ID number' },
  'reception.form.phone': { vi: 'Điện thoại', en: 'Phone' },
  'reception.form.address': { vi: 'Địa chỉ', en: 'Address' },
  'reception.form.neighbourhood': {
    vi: 'Tổ dân phố/thôn',
    en: 'Neighbourhood',
  },
  'reception.form.previouslyHandledBy': {
    vi: 'Cơ quan đã giải quyết',
    en: 'Agency that already handled it',
  },
  'reception.form.contentType': { vi: 'Loại nội dung', en: 'Content type' },
  'reception.form.category': { vi: 'Lĩnh vực', en: 'Category' },
  'reception.form.summary': { vi: 'Tóm tắt nội dung', en: 'Summary' },
  'reception.form.content': { vi: 'Nội dung chi tiết', en: 'Details' },
  'reception.form.matter': { vi: 'Nội dung {n}', en: 'Matter {n}' },
  'reception.form.addMatter': {
    vi: 'Thêm nội dung (tách hồ sơ)',
    en: 'Add a matter (split)',
  },
  'reception.form.removeMatter': {
    vi: 'Bỏ nội dung này',
    en: 'Remove this matter',
  },
  'reception.form.groupSize': { vi: 'Số người', en: 'Number of people' },
  'reception.form.group': {
    vi: 'Đoàn đông người: người đại diện (1–5)',
    en: 'Group visit: representatives (1–5)',
  },
  'reception.form.addRepresentative': {
    vi: 'Thêm người đại diện',
    en: 'Add a representative',
  },
  'reception.form.representative': {
    vi: 'Người đại diện {n}',
    en: 'Representative {n}',
  },
  'reception.form.removeRepresentative': {
    vi: 'Bỏ người đại diện {n}',
    en: 'Remove representative {n}',
  },
  'reception.form.refuse': {
    vi: 'Từ chối tiếp (có lý do theo luật)',
    en: 'Refuse reception (lawful reason)',
  },
  'reception.form.refusalReason': {
    vi: 'Lý do từ chối',
    en: 'Reason for refusal',
  },
  'reception.form.refusalNote': { vi: 'Ghi chú', en: 'Note' },
  'reception.form.attachments': { vi: 'Tài liệu kèm theo', en: 'Attachments' },
  'reception.form.save': {
    vi: 'Lưu lượt tiếp (Ctrl+Enter)',
    en: 'Save the visit (Ctrl+Enter)',
  },
  'reception.form.saving': { vi: 'Đang lưu…', en: 'Saving…' },
  'reception.form.saved': {
    vi: 'Đã ghi lượt tiếp số {n}',
    en: 'Visit no. {n} logged',
  },
  'reception.form.savedRefusal': {
    vi: 'Đã ghi việc từ chối tiếp (lượt {n})',
    en: 'Refusal recorded (visit {n})',
  },
  'reception.form.uploadFailed': {
    vi: 'Không tải được tài liệu kèm theo: {error}',
    en: 'Attachment upload failed: {error}',
  },
  'reception.form.more': { vi: 'Thông tin thêm', en: 'More details' },

  'reception.dup.title': {
    vi: 'Có thể trùng vụ việc đã tiếp trong 12 tháng',
    en: 'Possible repeat within 12 months',
  },
  'reception.dup.byId': { vi: 'Cùng số CCCD', en: 'Same ID number' },
  'reception.dup.bySummary': {
    vi: 'Nội dung tương tự cùng địa bàn ({p}%)',
    en: 'Similar summary, same neighbourhood ({p}%)',
  },
  'reception.dup.resolved': {
    vi: 'Đã giải quyết, trả lời: có thể từ chối tiếp (vụ việc đã giải quyết đúng pháp luật)',
    en: 'Resolved and answered: the repeat may be refused',
  },
  'reception.dup.markRepeat': {
    vi: 'Ghi là vụ việc lặp lại',
    en: 'Mark as a repeat',
  },
  'reception.dup.refuse': {
    vi: 'Từ chối: đã giải quyết',
    en: 'Refuse: already resolved',
  },
  'reception.dup.marked': {
    vi: 'Đã liên kết với {code}',
    en: 'Linked to {code}',
  },

  'reception.statutory': {
    vi: '→ {type} {code}: {state}',
    en: '→ {type} {code}: {state}',
  },
  'reception.statutory.due.accept': {
    vi: ', hạn thụ lý {date}',
    en: ', accept by {date}',
  },
  'reception.statutory.due.triage': {
    vi: ', hạn xử lý đơn {date}',
    en: ', triage by {date}',
  },
  'reception.statutory.due.resolve': {
    vi: ', hạn giải quyết {date}',
    en: ', resolve by {date}',
  },
  'reception.statutory.due': { vi: ', hạn {date}', en: ', due {date}' },
  'reception.case.receipt': {
    vi: 'Phiếu tiếp nhận (PDF)',
    en: 'Receipt (PDF)',
  },
  'reception.case.open': { vi: 'Mở hồ sơ', en: 'Open the case' },
  'reception.case.due': { vi: 'Hạn trả lời {date}', en: 'Reply due {date}' },
  'reception.case.direction': { vi: 'Ý kiến chỉ đạo', en: 'Direction' },
  'reception.group': { vi: 'Đoàn {n} người', en: 'Group of {n}' },
  'reception.refused': {
    vi: 'Từ chối tiếp: {reason}',
    en: 'Refused: {reason}',
  },

  'reception.direction.title': {
    vi: 'Ý kiến chỉ đạo của lãnh đạo',
    en: "Leader's direction",
  },
  'reception.direction.kind': { vi: 'Hình thức', en: 'Direction' },
  'reception.direction.answer_on_spot': {
    vi: 'Trả lời trực tiếp',
    en: 'Answer on the spot',
  },
  'reception.direction.guide': {
    vi: 'Hướng dẫn đến cơ quan có thẩm quyền',
    en: 'Guide to the competent body',
  },
  'reception.direction.assign': {
    vi: 'Giao cơ quan xử lý',
    en: 'Assign to an agency',
  },
  'reception.direction.refuse': { vi: 'Từ chối tiếp', en: 'Refuse' },
  'reception.direction.answer': { vi: 'Nội dung trả lời', en: 'Answer' },
  'reception.direction.body': {
    vi: 'Cơ quan có thẩm quyền',
    en: 'Competent body',
  },
  'reception.direction.agency': { vi: 'Cơ quan được giao', en: 'Agency' },
  'reception.direction.dueDate': { vi: 'Hạn báo cáo', en: 'Report due' },
  'reception.direction.note': { vi: 'Ghi chú', en: 'Note' },
  'reception.direction.save': {
    vi: 'Ghi ý kiến chỉ đạo',
    en: 'Record the direction',
  },
  'reception.direction.given': {
    vi: 'Chỉ đạo: {text}',
    en: 'Direction: {text}',
  },
  'reception.direction.assigned': {
    vi: 'Giao {agency}',
    en: 'Assigned to {agency}',
  },
  'reception.direction.until': { vi: ', hạn {date}', en: ', due {date}' },

  'reception.weekday.1': { vi: 'Thứ Hai', en: 'Monday' },
  'reception.weekday.2': { vi: 'Thứ Ba', en: 'Tuesday' },
  'reception.weekday.3': { vi: 'Thứ Tư', en: 'Wednesday' },
  'reception.weekday.4': { vi: 'Thứ Năm', en: 'Thursday' },
  'reception.weekday.5': { vi: 'Thứ Sáu', en: 'Friday' },
  'reception.error': {
    vi: 'Không thực hiện được: {message}',
    en: 'Could not do it: {message}',
  },
} as const satisfies Record<string, BilingualText>;
