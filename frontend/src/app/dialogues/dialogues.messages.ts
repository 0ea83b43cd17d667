import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `dialogues.`. */
export const DIALOGUES_MESSAGES = {
  'dialogues.title': {
    vi: 'Đối thoại, tiếp xúc cử tri',
    en: 'Dialogues and voter contacts',
  },
  'dialogues.subtitle': {
    vi: 'Buổi đối thoại, tọa đàm, tiếp xúc cử tri; biên bản, ý kiến của Nhân dân và các cam kết được theo dõi đến khi hoàn thành',
    en: 'Dialogues, seminars and voter contacts; minutes, citizens’ opinions and commitments tracked until done',
  },
  'dialogues.new': { vi: 'Thêm buổi đối thoại', en: 'New dialogue' },
  'dialogues.create': { vi: 'Lưu buổi đối thoại', en: 'Save dialogue' },
  'dialogues.cancel': { vi: 'Hủy', en: 'Cancel' },
  'dialogues.empty': {
    vi: 'Chưa có buổi đối thoại nào.',
    en: 'No dialogues yet.',
  },
  'dialogues.kind': { vi: 'Hình thức', en: 'Kind' },
  'dialogues.kind.dialogue': { vi: 'Đối thoại', en: 'Dialogue' },
  'dialogues.kind.seminar': { vi: 'Tọa đàm', en: 'Seminar' },
  'dialogues.kind.voter_contact': {
    vi: 'Tiếp xúc cử tri',
    en: 'Voter contact',
  },
  'dialogues.kind.thematic_meeting': {
    vi: 'Hội nghị chuyên đề',
    en: 'Thematic meeting',
  },
  'dialogues.field.title': { vi: 'Tiêu đề', en: 'Title' },
  'dialogues.field.date': { vi: 'Ngày', en: 'Date' },
  'dialogues.field.place': { vi: 'Địa điểm', en: 'Place' },
  'dialogues.field.chairs': {
    vi: 'Lãnh đạo chủ trì (mỗi dòng một người)',
    en: 'Chairing leaders (one per line)',
  },
  'dialogues.field.invited': { vi: 'Cơ quan được mời', en: 'Invited agencies' },
  'dialogues.field.participants': {
    vi: 'Số người tham dự',
    en: 'Participants',
  },
  'dialogues.field.representatives': {
    vi: 'Đại diện Nhân dân (mỗi dòng một người)',
    en: 'Citizen representatives (one per line)',
  },
  'dialogues.field.topics': {
    vi: 'Nội dung, chủ đề (mỗi dòng một chủ đề)',
    en: 'Topics (one per line)',
  },
  'dialogues.col.date': { vi: 'Ngày', en: 'Date' },
  'dialogues.col.title': { vi: 'Buổi đối thoại', en: 'Dialogue' },
  'dialogues.col.commune': { vi: 'Xã/phường', en: 'Commune' },
  'dialogues.col.status': { vi: 'Trạng thái', en: 'Status' },
  'dialogues.col.opinions': { vi: 'Ý kiến', en: 'Opinions' },
  'dialogues.col.commitments': { vi: 'Cam kết', en: 'Commitments' },
  'dialogues.status.scheduled': { vi: 'Đã lên lịch', en: 'Scheduled' },
  'dialogues.status.held': { vi: 'Đã tổ chức', en: 'Held' },
  'dialogues.overdueCount': { vi: '{n} quá hạn', en: '{n} overdue' },
  'dialogues.back': { vi: '← Danh sách đối thoại', en: '← All dialogues' },
  'dialogues.chairs': { vi: 'Chủ trì', en: 'Chaired by' },
  'dialogues.forCase': {
    vi: 'Đối thoại giải quyết đơn khiếu nại: người khiếu nại phải được báo trước ít nhất 5 ngày.',
    en: 'The dialogue of a complaint: the complainant must be given at least 5 days’ notice.',
  },
  'dialogues.linkedCase': {
    vi: 'Đối thoại giải quyết khiếu nại',
    en: 'Complaint dialogue',
  },
  'dialogues.minutes': { vi: 'Biên bản', en: 'Minutes' },
  'dialogues.minutes.summary': {
    vi: 'Tóm tắt diễn biến, kết luận',
    en: 'Summary and conclusions',
  },
  'dialogues.minutes.save': { vi: 'Lưu biên bản', en: 'Save minutes' },
  'dialogues.minutes.saved': { vi: 'Đã lưu biên bản.', en: 'Minutes saved.' },
  'dialogues.opinion': { vi: 'Ý kiến {n}', en: 'Opinion {n}' },
  'dialogues.opinion.add': { vi: 'Thêm ý kiến', en: 'Add an opinion' },
  'dialogues.opinion.remove': { vi: 'Xóa ý kiến', en: 'Remove opinion' },
  'dialogues.opinion.raisedBy': { vi: 'Người nêu', en: 'Raised by' },
  'dialogues.opinion.content': { vi: 'Nội dung ý kiến', en: 'Opinion' },
  'dialogues.opinion.answer': {
    vi: 'Trả lời tại buổi đối thoại',
    en: 'Answer given',
  },
  'dialogues.opinion.category': { vi: 'Lĩnh vực', en: 'Category' },
  'dialogues.opinion.raised': { vi: 'Đã thành hồ sơ', en: 'Now a case' },
  'dialogues.cases': {
    vi: 'Chuyển ý kiến thành hồ sơ',
    en: 'Turn opinions into cases',
  },
  'dialogues.cases.hint': {
    vi: 'Chọn ý kiến cần giải quyết, loại hồ sơ và cơ quan xử lý; các hồ sơ được tạo cùng lúc.',
    en: 'Pick the opinions to follow up, the case type and the handling agency; the cases are created together.',
  },
  'dialogues.cases.pick': { vi: 'Chọn ý kiến {n}', en: 'Select opinion {n}' },
  'dialogues.cases.type': { vi: 'Loại', en: 'Type' },
  'dialogues.cases.agency': { vi: 'Cơ quan xử lý', en: 'Handling agency' },
  'dialogues.cases.create': { vi: 'Tạo {n} hồ sơ', en: 'Create {n} cases' },
  'dialogues.cases.created': {
    vi: 'Đã tạo {n} hồ sơ.',
    en: '{n} cases created.',
  },
  'dialogues.cases.none': {
    vi: 'Chưa có ý kiến trong biên bản.',
    en: 'No opinions in the minutes yet.',
  },
  'dialogues.type.proposal': { vi: 'Kiến nghị', en: 'Proposal' },
  'dialogues.type.reflection': { vi: 'Phản ánh', en: 'Reflection' },
  'dialogues.type.complaint': { vi: 'Khiếu nại', en: 'Complaint' },
  'dialogues.type.denunciation': { vi: 'Tố cáo', en: 'Denunciation' },
  'dialogues.cases.sealed': {
    vi: 'Ý kiến tố cáo: danh tính người nêu ý kiến được bảo mật (Luật Tố cáo 2018, Điều 47), chỉ lưu trong kho mã hóa, không ghi vào hồ sơ.',
    en: 'A denunciation: the identity of whoever raised it is sealed (Law on Denunciations 2018, Art. 47), kept only in the encrypted vault, never in the case.',
  },
  'dialogues.commitments': { vi: 'Cam kết', en: 'Commitments' },
  'dialogues.commitments.none': {
    vi: 'Chưa có cam kết.',
    en: 'No commitments yet.',
  },
  'dialogues.commitment.content': { vi: 'Nội dung cam kết', en: 'Commitment' },
  'dialogues.commitment.owner': { vi: 'Cơ quan thực hiện', en: 'Owner agency' },
  'dialogues.commitment.due': { vi: 'Hạn hoàn thành', en: 'Due date' },
  'dialogues.commitment.state': { vi: 'Tình trạng', en: 'State' },
  'dialogues.commitment.add': {
    vi: 'Ghi nhận cam kết',
    en: 'Record commitment',
  },
  'dialogues.commitment.added': {
    vi: 'Đã ghi nhận cam kết, theo dõi như một hồ sơ.',
    en: 'Commitment recorded and tracked as a case.',
  },
  'dialogues.attachments': { vi: 'Tệp đính kèm', en: 'Attachments' },
  'dialogues.attachments.none': { vi: 'Chưa có tệp.', en: 'No files yet.' },
  'dialogues.attachments.upload': { vi: 'Tải tệp lên', en: 'Upload a file' },
  'dialogues.error': {
    vi: 'Không thực hiện được: {message}',
    en: 'Could not do that: {message}',
  },
  'dialogues.notFound.title': {
    vi: 'Không tìm thấy buổi đối thoại',
    en: 'Dialogue not found',
  },
  'dialogues.notFound': {
    vi: 'Không tìm thấy buổi đối thoại.',
    en: 'Dialogue not found.',
  },
} as const satisfies Record<string, BilingualText>;
