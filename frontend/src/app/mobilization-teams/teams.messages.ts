import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `teams.`. */
export const TEAMS_MESSAGES = {
  'teams.title': { vi: 'Tổ dân vận', en: 'Mobilization teams' },
  'teams.subtitle': {
    vi: 'Sinh hoạt hằng tháng, nắm bắt tâm tư, nguyện vọng của Nhân dân và chấm điểm thi đua',
    en: 'Monthly meetings, what citizens think and want, and the monthly scorecard',
  },
  'teams.empty': { vi: 'Chưa có tổ dân vận.', en: 'No teams yet.' },
  'teams.lead': { vi: 'Tổ trưởng', en: 'Team lead' },
  'teams.members': { vi: 'Thành viên', en: 'Members' },
  'teams.memberCount': { vi: '{n} thành viên', en: '{n} members' },
  'teams.term': { vi: 'Nhiệm kỳ', en: 'Term' },
  'teams.new': { vi: 'Thành lập tổ dân vận', en: 'New team' },
  'teams.neighbourhood': { vi: 'Tổ dân phố/thôn', en: 'Neighbourhood' },
  'teams.name': { vi: 'Tên tổ', en: 'Team name' },
  'teams.termStart': { vi: 'Bắt đầu nhiệm kỳ', en: 'Term starts' },
  'teams.termEnd': { vi: 'Kết thúc nhiệm kỳ', en: 'Term ends' },
  'teams.save': { vi: 'Lưu', en: 'Save' },
  'teams.back': { vi: '← Danh sách tổ dân vận', en: '← All teams' },
  'teams.ranking': {
    vi: 'Xếp hạng tổ dân vận của xã/phường',
    en: 'Commune ranking',
  },
  'teams.month': { vi: 'Tháng', en: 'Month' },
  'teams.rank': { vi: 'Hạng', en: 'Rank' },
  'teams.team': { vi: 'Tổ', en: 'Team' },
  'teams.total': { vi: 'Tổng điểm', en: 'Total' },
  'teams.scorecard': { vi: 'Bảng chấm điểm tháng', en: 'Monthly scorecard' },
  'teams.criteria': {
    vi: 'Tiêu chí chấm điểm, trọng số và chỉ tiêu tháng',
    en: 'Scorecard criteria, weights and monthly targets',
  },
  'teams.criterion': { vi: 'Tiêu chí', en: 'Criterion' },
  'teams.value': { vi: 'Kết quả', en: 'Value' },
  'teams.target': { vi: 'Chỉ tiêu', en: 'Target' },
  'teams.weight': { vi: 'Trọng số', en: 'Weight' },
  'teams.points': { vi: 'Điểm', en: 'Points' },
  'teams.rankOf': {
    vi: 'Hạng {rank} trong xã/phường',
    en: 'Rank {rank} in the commune',
  },
  'teams.goodPractice': {
    vi: 'Sổ mô hình "Dân vận khéo"',
    en: '"Dân vận khéo" good-practice register',
  },
  'teams.goodPractice.none': {
    vi: 'Chưa có mô hình được ghi nhận năm nay.',
    en: 'No good practice recorded this year.',
  },
  'teams.goodPractice.year': { vi: 'Năm', en: 'Year' },
  'teams.goodPractice.title': { vi: 'Tên mô hình', en: 'Title' },
  'teams.goodPractice.description': {
    vi: 'Mô tả, kết quả',
    en: 'Description and results',
  },
  'teams.goodPractice.add': {
    vi: 'Ghi nhận mô hình',
    en: 'Record good practice',
  },
  'teams.role.team_lead': { vi: 'Tổ trưởng', en: 'Team lead' },
  'teams.role.party_cell_secretary': {
    vi: 'Bí thư chi bộ',
    en: 'Party cell secretary',
  },
  'teams.role.neighbourhood_head': {
    vi: 'Tổ trưởng tổ dân phố/Trưởng thôn',
    en: 'Neighbourhood head',
  },
  'teams.role.fatherland_front': {
    vi: 'Mặt trận Tổ quốc',
    en: 'Fatherland Front',
  },
  'teams.role.womens_union': {
    vi: 'Hội Liên hiệp Phụ nữ',
    en: 'Women’s Union',
  },
  'teams.role.farmers_union': { vi: 'Hội Nông dân', en: 'Farmers’ Union' },
  'teams.role.veterans_union': {
    vi: 'Hội Cựu chiến binh',
    en: 'Veterans’ Union',
  },
  'teams.role.youth_union': { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  'teams.role.respected_elder': {
    vi: 'Người cao tuổi có uy tín',
    en: 'Respected elder',
  },
  'teams.role.ethnic_respected_person': {
    vi: 'Người có uy tín trong đồng bào dân tộc thiểu số',
    en: 'Respected person of an ethnic minority',
  },
  'teams.member.name': { vi: 'Họ và tên', en: 'Full name' },
  'teams.member.role': { vi: 'Vai trò', en: 'Role' },
  'teams.member.phone': { vi: 'Điện thoại', en: 'Phone' },
  'teams.member.add': { vi: 'Thêm thành viên', en: 'Add member' },
  'teams.member.endTerm': {
    vi: 'Kiện toàn: kết thúc nhiệm kỳ',
    en: 'End of term',
  },
  'teams.member.end': { vi: 'Kết thúc', en: 'End' },
  'teams.scorecard.members': {
    vi: '{n} thành viên trong tháng',
    en: '{n} {n:member|members} that month',
  },
  'teams.meeting.new': {
    vi: 'Ghi nhận buổi sinh hoạt tháng',
    en: 'Record the monthly meeting',
  },
  'teams.meeting.date': { vi: 'Ngày sinh hoạt', en: 'Meeting date' },
  'teams.meeting.attendance': { vi: 'Số thành viên dự', en: 'Attendance' },
  'teams.meeting.topics': {
    vi: 'Nội dung sinh hoạt (mỗi dòng một nội dung)',
    en: 'Topics (one per line)',
  },
  'teams.meeting.notes': { vi: 'Ghi chú', en: 'Notes' },
  'teams.meeting.propaganda': {
    vi: 'Buổi tuyên truyền, vận động',
    en: 'Propaganda sessions',
  },
  'teams.meeting.reached': {
    vi: 'Lượt người dân được tuyên truyền',
    en: 'People reached',
  },
  'teams.meeting.opinions': {
    vi: 'Ý kiến, nguyện vọng của Nhân dân',
    en: 'Opinions collected',
  },
  'teams.meeting.opinion': { vi: 'Ý kiến {n}', en: 'Opinion {n}' },
  'teams.meeting.tasks': { vi: 'Phân công thành viên', en: 'Tasks assigned' },
  'teams.meeting.task': { vi: 'Nhiệm vụ', en: 'Task' },
  'teams.meeting.taskDue': { vi: 'Hạn', en: 'Due' },
  'teams.meeting.addTask': { vi: 'Thêm phân công', en: 'Add a task' },
  'teams.meeting.save': { vi: 'Lưu buổi sinh hoạt', en: 'Save meeting' },
  'teams.meeting.saved': { vi: 'Đã lưu buổi sinh hoạt.', en: 'Meeting saved.' },
  'teams.meetings': { vi: 'Các buổi sinh hoạt', en: 'Meetings' },
  'teams.meetings.none': {
    vi: 'Chưa có buổi sinh hoạt.',
    en: 'No meetings yet.',
  },
  'teams.meeting.summary': {
    vi: '{date} · {n} thành viên dự',
    en: '{date} · {n} attending',
  },
  'teams.task.done': { vi: 'Đã xong', en: 'Done' },
  'teams.task.markDone': { vi: 'Đánh dấu đã xong', en: 'Mark done' },
  'teams.cases.created': {
    vi: 'Đã tạo {n} hồ sơ, chuyển đến cơ quan xử lý.',
    en: '{n} cases created and sent to the agencies.',
  },
  'teams.error': {
    vi: 'Không thực hiện được: {message}',
    en: 'Could not do that: {message}',
  },
  'teams.notFound.title': {
    vi: 'Không tìm thấy tổ dân vận',
    en: 'Team not found',
  },
  'teams.notFound': { vi: 'Không tìm thấy tổ dân vận.', en: 'Team not found.' },
} as const satisfies Record<string, BilingualText>;
