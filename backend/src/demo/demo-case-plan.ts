import type { CaseCategory, CreateCaseRequest, IntakeChannel, LogVisitRequest, OpinionCaseType } from '@tiep-dan/contracts';

/**
 * The demo's case history as DATA: who did what, when (relative to the first start), through which event. The
 * interpreter in demo-cases.ts replays it through the real services and machines with the clock moved to each step, so
 * every case, its history and its deadlines are exactly what production would have recorded. Only events that the
 * current machines accept are used.
 * Names, addresses and numbers are fictitious.
 */

/** When a step happened. Times are Vietnam local (UTC+7). */
export type When =
  /** That many calendar days before today, moved back to the previous working day when it is not one. */
  | { daysAgo: number; time: string }
  /** Exactly that many calendar days before today, weekend or not (the demo dialogue's day). */
  | { calendarDaysAgo: number; time: string }
  /** That many working days before today. */
  | { workingDaysAgo: number; time: string }
  /** The n-th reception day of the scenario's commune before today (1 = the latest), plus working days. */
  | { session: number; time: string; plusWorkingDays?: number }
  | { minutesAgo: number };

/** Placeholders the interpreter resolves inside a request or an event payload. */
export type DemoValue =
  | string
  | number
  | boolean
  | string[]
  | { agency: string }
  | { daysFromToday: number }
  | { workingDaysAfterStep: number };

export type DemoPayload = Record<string, DemoValue>;

export interface DemoStep {
  at: When;
  /** The demo account that sends the event (demo-organisation.ts). */
  by: string;
  event: string;
  payload?: DemoPayload;
  note?: string;
}

/** A letter (post, online form, hotline…) entered through CasesService. Agencies by code, neighbourhoods by name. */
export interface DemoLetter {
  kind: 'letter';
  at: When;
  by: string;
  request: Omit<CreateCaseRequest, 'communeId' | 'neighbourhoodId' | 'leadAgencyId' | 'receivedAt' | 'secondComplaintOf'> & {
    leadAgency?: string;
    neighbourhood?: string;
    /** Key of the scenario whose decision this second complaint contests. */
    secondComplaintOf?: string;
  };
}

/** A visit logged at a weekly reception session through ReceptionVisitsService: one matter, or a lawful refusal. */
export interface DemoVisit {
  kind: 'visit';
  at: When & { session: number };
  by: string;
  visit: Omit<LogVisitRequest, 'neighbourhoodId'> & { neighbourhood?: string };
}

/** A commitment made at the demo dialogue (DialoguesService.addCommitment). */
export interface DemoCommitment {
  kind: 'commitment';
  at: When;
  by: string;
  content: string;
  ownerAgency: string;
  /** The promised day, in days from the day it was promised. */
  dueInDays: number;
  category: CaseCategory;
}

/** An opinion of the demo dialogue turned into a case (DialoguesService.raiseCases). */
export interface DemoOpinion {
  kind: 'opinion';
  at: When;
  by: string;
  opinionSeq: number;
  type: OpinionCaseType;
  leadAgency: string;
}

export interface DemoCaseScenario {
  key: string;
  commune: 'AP' | 'NK';
  intake: DemoLetter | DemoVisit | DemoCommitment | DemoOpinion;
  steps: DemoStep[];
}

/** How many past reception days of each commune are replayed (each opened and closed at its scheduled hours). */
export const DEMO_SESSION_WEEKS = 6;
/** The reception officer who opens and closes each commune's sessions. */
export const DEMO_DESK: Record<DemoCaseScenario['commune'], string> = { AP: 'tiepdan.anphu', NK: 'tiepdan.namkhoa' };
/** The demo dialogue the commitments and opinions belong to (seeded with the organisation). */
export const DEMO_DIALOGUE_TITLE = 'Đối thoại giữa Chủ tịch UBND phường với Nhân dân Tổ dân phố 3';
export const DEMO_DIALOGUE_DAYS_AGO = 14;

// ---- who -----------------------------------------------------------------------------------------------------------
const DESK_AP = 'tiepdan.anphu';
const LEADER_AP = 'lanhdao.anphu';
const LAND = 'chuyenvien.diachinh';
const LAND_HEAD = 'truong.diachinh';
const JUSTICE = 'chuyenvien.tuphap';
const POLICE = 'chuyenvien.congan';
const TEAM3 = 'totruong.to3';
const DESK_NK = 'tiepdan.namkhoa';
const LEADER_NK = 'lanhdao.namkhoa';
const LAND_NK = 'chuyenvien.namkhoa';
const PROVINCE = 'lanhdao.tinh';

// ---- shorthands ----------------------------------------------------------------------------------------------------
const ago = (daysAgo: number, time: string): When => ({ daysAgo, time });
/** The day a dialogue set `daysFromToday: -n` was held, exactly (minutes are recorded from that day on, weekend or not). */
const onDialogueDay = (calendarDaysAgo: number, time: string): When => ({ calendarDaysAgo, time });
const wdAgo = (workingDaysAgo: number, time: string): When => ({ workingDaysAgo, time });
const session = (n: number, time: string, plusWorkingDays?: number): When & { session: number } =>
  plusWorkingDays ? { session: n, time, plusWorkingDays } : { session: n, time };
const step = (at: When, by: string, event: string, payload?: DemoPayload, note?: string): DemoStep => ({
  at,
  by,
  event,
  ...(payload ? { payload } : {}),
  ...(note ? { note } : {}),
});
const agency = (code: string) => ({ agency: code });

function letter(
  at: When,
  by: string,
  type: CreateCaseRequest['type'],
  channel: IntakeChannel,
  category: CaseCategory,
  summary: string,
  rest: Partial<DemoLetter['request']> = {},
): DemoLetter {
  return { kind: 'letter', at, by, request: { type, channel, category, summary, ...rest } };
}

function visit(n: number, time: string, by: string, v: DemoVisit['visit']): DemoVisit {
  return { kind: 'visit', at: session(n, time), by, visit: v };
}

// ---- complaints (khiếu nại) ----------------------------------------------------------------------------------------
// A complaint awaiting acceptance runs the acceptance clock; triage ends with any lawful outcome.
const COMPLAINTS: DemoCaseScenario[] = [
  {
    key: 'ap-complaint-new',
    commune: 'AP',
    intake: letter(
      { minutesAgo: 90 },
      DESK_AP,
      'complaint',
      'post',
      'construction',
      'Khiếu nại việc UBND phường từ chối cấp giấy phép sửa chữa nhà ở',
      {
        content: 'Ông Khổng Văn Đức, số 14 ngõ 9, cho rằng hồ sơ đã đủ giấy tờ nhưng bị trả lại không nêu rõ lý do.',
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 1',
        petitioner: { fullName: 'Khổng Văn Đức', address: 'Số 14 ngõ 9, Tổ dân phố 1', phone: '0912345601' },
      },
    ),
    steps: [],
  },
  {
    key: 'ap-complaint-triage-overdue',
    commune: 'AP',
    intake: letter(
      ago(20, '09:10'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Khiếu nại việc xác định sai diện tích đất ở khi cấp đổi giấy chứng nhận',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 2',
        petitioner: { fullName: 'Đoàn Thị Nguyệt', address: 'Tổ dân phố 2', phone: '0912345602' },
      },
    ),
    // Not accepted in time: the acceptance limit (7 working days since 1 July 2026) passes.
    steps: [],
  },
  {
    key: 'ap-complaint-overdue',
    commune: 'AP',
    intake: letter(
      ago(45, '08:30'),
      DESK_AP,
      'complaint',
      'post',
      'site_clearance',
      'Khiếu nại Quyết định bồi thường, hỗ trợ khi thu hồi đất dự án mở rộng đường Vành đai 2',
      {
        content: 'Hộ ông Tạ Quang Vinh bị thu hồi 312 m² đất nông nghiệp; đề nghị áp giá bồi thường theo giá đất cụ thể năm nay.',
        leadAgency: 'AP-DC',
        neighbourhood: 'Khu phố Bến Đá',
        petitioner: { fullName: 'Tạ Quang Vinh', idNumber: '036081004512', address: 'Khu phố Bến Đá', phone: '0912345603' },
      },
    ),
    steps: [
      step(
        ago(40, '14:00'),
        LAND,
        'TRIAGE_ACCEPT',
        { agencyId: agency('AP-DC') },
        'Thuộc thẩm quyền giải quyết lần đầu của Chủ tịch UBND phường',
      ),
      step(ago(25, '15:30'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Đơn giá áp dụng đúng bảng giá đất; hộ chưa được xét hỗ trợ chuyển đổi nghề.',
        demandMatchesFindings: false,
      }),
    ],
  },
  {
    key: 'ap-complaint-due-soon',
    commune: 'AP',
    intake: letter(
      ago(32, '10:00'),
      DESK_AP,
      'complaint',
      'online',
      'resettlement',
      'Khiếu nại việc bố trí tái định cư không đúng vị trí đã thông báo',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 3',
        petitioner: { fullName: 'Phùng Thị Hạnh', address: 'Tổ dân phố 3', phone: '0912345604' },
      },
    ),
    steps: [step(ago(28, '09:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') })],
  },
  {
    key: 'ap-complaint-dialogue-scheduled',
    commune: 'AP',
    intake: letter(
      ago(26, '08:45'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Khiếu nại Quyết định cưỡng chế tháo dỡ công trình phụ trên đất vườn',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 1',
        petitioner: { fullName: 'Lưu Văn Thịnh', address: 'Tổ dân phố 1', phone: '0912345605' },
      },
    ),
    steps: [
      step(ago(22, '10:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(9, '15:00'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Công trình xây sau thời điểm công bố quy hoạch; người khiếu nại cho rằng xây trước.',
        demandMatchesFindings: false,
      }),
      step(ago(2, '09:30'), LAND, 'SCHEDULE_DIALOGUE', {
        date: { daysFromToday: 4 },
        place: 'Phòng họp UBND phường An Phú',
        participants: ['Ông Lưu Văn Thịnh', 'Công chức Địa chính – Xây dựng', 'Đại diện Tổ dân phố 1'],
      }),
    ],
  },
  {
    key: 'ap-complaint-awaiting-approval',
    commune: 'AP',
    intake: letter(
      ago(30, '14:20'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Khiếu nại việc không công nhận diện tích đất vườn liền kề khi cấp đổi giấy chứng nhận',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 2',
        petitioner: { fullName: 'Kiều Văn Sơn', address: 'Tổ dân phố 2', phone: '0912345606' },
      },
    ),
    steps: [
      step(ago(27, '08:30'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(15, '16:00'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Hồ sơ địa chính năm 1994 thể hiện đất vườn liền kề trong cùng thửa.',
        demandMatchesFindings: true,
      }),
      step(ago(1, '10:15'), LAND, 'PROPOSE_DECISION', { summary: 'Công nhận bổ sung 120 m² đất ở theo hạn mức', outcome: 'partly_upheld' }),
    ],
  },
  {
    key: 'ap-complaint-closed',
    commune: 'AP',
    intake: letter(
      ago(44, '09:00'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Khiếu nại Quyết định giải quyết tranh chấp ranh giới đất giữa hai hộ tại Tổ dân phố 1',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 1',
        petitioner: { fullName: 'Mạc Văn Thuận', address: 'Tổ dân phố 1', phone: '0912345607' },
      },
    ),
    steps: [
      step(ago(41, '10:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(30, '15:00'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Mốc giới hiện trạng khớp bản đồ địa chính chính quy.',
        demandMatchesFindings: false,
      }),
      step(ago(28, '09:00'), LAND, 'SCHEDULE_DIALOGUE', {
        date: { daysFromToday: -20 },
        place: 'Nhà văn hóa Tổ dân phố 1',
        participants: ['Ông Mạc Văn Thuận', 'Hộ liền kề', 'Công chức Địa chính – Xây dựng'],
      }),
      step(onDialogueDay(20, '14:30'), LAND, 'RECORD_DIALOGUE_MINUTES', {
        minutes: 'Hai bên thống nhất đo đạc lại; ông Thuận giữ nguyên yêu cầu.',
      }),
      step(ago(17, '10:00'), LAND, 'PROPOSE_DECISION', { summary: 'Giữ nguyên quyết định giải quyết tranh chấp', outcome: 'rejected' }),
      step(ago(15, '16:00'), LEADER_AP, 'APPROVE', { documentNo: '125/QĐ-UBND' }),
      step(ago(14, '09:00'), LAND, 'NOTIFY_PARTIES', {}, 'Gửi quyết định cho các bên và niêm yết tại trụ sở'),
      step(ago(3, '15:00'), LAND, 'CLOSE'),
    ],
  },
  {
    key: 'ma-second-complaint',
    commune: 'AP',
    intake: letter(
      ago(5, '10:30'),
      PROVINCE,
      'complaint',
      'post',
      'land',
      'Khiếu nại lần hai Quyết định giải quyết tranh chấp ranh giới đất (Tổ dân phố 1, phường An Phú)',
      {
        level: 'second',
        secondComplaintOf: 'ap-complaint-closed',
        leadAgency: 'MA-NNMT',
        neighbourhood: 'Tổ dân phố 1',
        petitioner: { fullName: 'Mạc Văn Thuận', address: 'Tổ dân phố 1, phường An Phú', phone: '0912345607' },
      },
    ),
    steps: [],
  },
  {
    key: 'ap-complaint-notified',
    commune: 'AP',
    intake: letter(
      ago(38, '08:15'),
      DESK_AP,
      'complaint',
      'post',
      'site_clearance',
      'Khiếu nại việc chậm chi trả tiền hỗ trợ chuyển đổi nghề khi thu hồi đất nông nghiệp',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Khu phố Bến Đá',
        petitioner: { fullName: 'Nghiêm Thị Loan', address: 'Khu phố Bến Đá', phone: '0912345608' },
      },
    ),
    steps: [
      step(ago(35, '09:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(22, '14:00'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Khoản hỗ trợ đã được phê duyệt nhưng chưa chi trả.',
        demandMatchesFindings: true,
      }),
      step(ago(12, '10:00'), LAND, 'PROPOSE_DECISION', { summary: 'Yêu cầu chi trả ngay khoản hỗ trợ chuyển đổi nghề', outcome: 'upheld' }),
      step(ago(10, '15:30'), LEADER_AP, 'APPROVE', { documentNo: '131/QĐ-UBND' }),
      step(ago(8, '09:00'), LAND, 'NOTIFY_PARTIES'),
    ],
  },
  {
    key: 'ap-complaint-suspended',
    commune: 'AP',
    intake: letter(
      ago(34, '10:40'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Khiếu nại việc thu hồi giấy chứng nhận đã cấp cho thửa đất đang có tranh chấp thừa kế',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 3',
        petitioner: { fullName: 'Chu Văn Lộc', address: 'Tổ dân phố 3', phone: '0912345609' },
      },
    ),
    steps: [
      step(ago(31, '09:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(12, '16:00'), LAND_HEAD, 'SUSPEND', { reason: 'Chờ Tòa án giải quyết vụ án tranh chấp thừa kế liên quan đến thửa đất' }),
    ],
  },
  {
    key: 'ap-complaint-extended',
    commune: 'AP',
    intake: letter(
      ago(42, '09:20'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Khiếu nại kết quả đo đạc lại mốc giới thửa đất sau chỉnh lý bản đồ địa chính',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Khu phố Bến Đá',
        petitioner: { fullName: 'Quách Văn Toản', address: 'Khu phố Bến Đá', phone: '0912345610' },
      },
    ),
    steps: [
      step(ago(38, '10:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(20, '15:00'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Sai lệch 0,8 m giữa hai lần đo; cần đo đối chứng với các thửa liền kề.',
        demandMatchesFindings: false,
      }),
      step(ago(10, '09:00'), LAND, 'REQUEST_EXTENSION', { reason: 'Vụ việc phức tạp: phải đo đối chứng 6 thửa liền kề' }),
      step(ago(9, '14:00'), LAND_HEAD, 'APPROVE_EXTENSION', {}, 'Gia hạn giải quyết (vụ việc phức tạp)'),
    ],
  },
  {
    key: 'ap-complaint-extension-requested',
    commune: 'AP',
    intake: letter(
      ago(29, '08:50'),
      DESK_AP,
      'complaint',
      'online',
      'construction',
      'Khiếu nại Quyết định buộc tháo dỡ mái che lấn chiếm vỉa hè trước nhà',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 2',
        petitioner: { fullName: 'Thân Thị Mỹ', address: 'Tổ dân phố 2', phone: '0912345611' },
      },
    ),
    steps: [
      step(ago(26, '10:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(1, '16:00'), LAND, 'REQUEST_EXTENSION', { reason: 'Cần ý kiến của Sở Xây dựng về chỉ giới đường đỏ' }),
    ],
  },
  {
    key: 'ap-complaint-guided',
    commune: 'AP',
    intake: letter(
      ago(18, '09:30'),
      DESK_AP,
      'complaint',
      'post',
      'land',
      'Đơn về tranh chấp thừa kế quyền sử dụng đất giữa các anh chị em',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 3',
        petitioner: { fullName: 'Tăng Văn Phúc', address: 'Tổ dân phố 3', phone: '0912345612' },
      },
    ),
    steps: [step(ago(15, '10:00'), LAND, 'TRIAGE_GUIDE', { body: 'Tòa án nhân dân khu vực 1 tỉnh Minh An (tranh chấp thừa kế)' })],
  },
  {
    key: 'ap-complaint-forwarded',
    commune: 'AP',
    intake: letter(
      ago(12, '09:15'),
      DESK_AP,
      'complaint',
      'post',
      'construction',
      'Khiếu nại quyết định xử phạt của Sở Xây dựng về công trình nhà xưởng',
      {
        neighbourhood: 'Tổ dân phố 1',
        petitioner: { fullName: 'Lưu Văn Toàn', address: 'Tổ dân phố 1', phone: '0912345631' },
      },
    ),
    steps: [
      step(ago(11, '10:30'), DESK_AP, 'TRIAGE_FORWARD', {
        toBody: 'Sở Xây dựng tỉnh Minh An',
        note: 'Quyết định bị khiếu nại do Sở ban hành',
      }),
    ],
  },
  {
    key: 'ap-complaint-refused',
    commune: 'AP',
    intake: letter(ago(17, '14:00'), DESK_AP, 'complaint', 'post', 'land', 'Khiếu nại quyết định thu hồi đất ban hành năm 2024', {
      leadAgency: 'AP-DC',
      neighbourhood: 'Tổ dân phố 2',
      petitioner: { fullName: 'Mai Thị Hồng', address: 'Tổ dân phố 2', phone: '0912345632' },
    }),
    steps: [
      step(ago(15, '09:00'), LAND, 'TRIAGE_REFUSE', {
        ground: 'time_limit_passed',
        reason: 'Quá 90 ngày kể từ ngày nhận được quyết định, không có lý do chính đáng',
      }),
    ],
  },
  {
    key: 'ap-complaint-archived',
    commune: 'AP',
    intake: letter(
      ago(16, '08:40'),
      DESK_AP,
      'complaint',
      'post',
      'site_clearance',
      'Đơn khiếu nại trùng nội dung về bồi thường dự án Vành đai 2',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Khu phố Bến Đá',
        petitioner: { fullName: 'Tạ Quang Vinh', address: 'Khu phố Bến Đá', phone: '0912345603' },
      },
    ),
    steps: [
      step(ago(14, '11:00'), LAND, 'TRIAGE_ARCHIVE', { reason: 'Trùng nội dung đơn đã thụ lý và đang giải quyết', ground: 'duplicate' }),
    ],
  },
  {
    key: 'ap-complaint-withdrawn',
    commune: 'AP',
    intake: letter(
      ago(24, '10:10'),
      DESK_AP,
      'complaint',
      'post',
      'construction',
      'Khiếu nại Quyết định xử phạt vi phạm hành chính trong xây dựng',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 1',
        petitioner: { fullName: 'Vi Văn Hải', address: 'Tổ dân phố 1', phone: '0912345613' },
      },
    ),
    steps: [
      step(ago(21, '09:00'), LAND, 'TRIAGE_ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(6, '14:00'), DESK_AP, 'WITHDRAW', { reason: 'Công dân nộp đơn xin rút khiếu nại sau khi được giải thích' }),
    ],
  },
  {
    key: 'ap-complaint-police',
    commune: 'AP',
    intake: letter(
      ago(15, '08:30'),
      DESK_AP,
      'complaint',
      'post',
      'other',
      'Khiếu nại Quyết định xử phạt vì để vật liệu xây dựng lấn chiếm lòng đường',
      {
        leadAgency: 'AP-CA',
        neighbourhood: 'Tổ dân phố 3',
        petitioner: { fullName: 'Lạc Văn Nhân', address: 'Tổ dân phố 3', phone: '0912345614' },
      },
    ),
    steps: [step(ago(12, '10:00'), POLICE, 'TRIAGE_ACCEPT', { agencyId: agency('AP-CA') })],
  },
  {
    key: 'nk-complaint-remote',
    commune: 'NK',
    intake: letter(
      ago(38, '09:00'),
      DESK_NK,
      'complaint',
      'post',
      'site_clearance',
      'Khiếu nại mức bồi thường cây trồng, hoa màu khi thu hồi đất làm đường lên Bản Tả Phìn',
      {
        leadAgency: 'NK-DC',
        neighbourhood: 'Bản Tả Phìn',
        petitioner: { fullName: 'Thào A Sùng', address: 'Bản Tả Phìn', phone: '0912345615' },
      },
    ),
    // Remote area: 45 days to resolve, so this one is still on time where An Phú's would be overdue.
    steps: [
      step(ago(35, '10:00'), LAND_NK, 'TRIAGE_ACCEPT', { agencyId: agency('NK-DC') }),
      step(ago(14, '15:00'), LAND_NK, 'RECORD_VERIFICATION', {
        findings: 'Số cây thảo quả kiểm đếm ít hơn kê khai của hộ.',
        demandMatchesFindings: false,
      }),
    ],
  },
  {
    key: 'nk-complaint-overdue',
    commune: 'NK',
    intake: letter(
      ago(55, '09:30'),
      DESK_NK,
      'complaint',
      'post',
      'land',
      'Khiếu nại việc thu hồi đất rừng sản xuất đã giao cho hộ gia đình',
      {
        leadAgency: 'NK-DC',
        neighbourhood: 'Thôn Pà Vầy',
        petitioner: { fullName: 'Hảng A Dình', address: 'Thôn Pà Vầy', phone: '0912345616' },
      },
    ),
    steps: [
      step(ago(50, '10:00'), LAND_NK, 'TRIAGE_ACCEPT', { agencyId: agency('NK-DC') }),
      step(ago(30, '15:00'), LAND_NK, 'RECORD_VERIFICATION', {
        findings: 'Quyết định giao đất năm 2004 không ghi rõ ranh giới.',
        demandMatchesFindings: false,
      }),
      step(ago(22, '09:00'), LAND_NK, 'SCHEDULE_DIALOGUE', {
        date: { daysFromToday: -14 },
        place: 'Nhà văn hóa Thôn Pà Vầy',
        participants: ['Ông Hảng A Dình', 'Trưởng thôn Pà Vầy', 'Công chức Địa chính – Nông nghiệp'],
      }),
      step(onDialogueDay(14, '14:00'), LAND_NK, 'RECORD_DIALOGUE_MINUTES', {
        minutes: 'Thống nhất cắm lại mốc theo hiện trạng canh tác ổn định.',
      }),
      step(ago(9, '10:00'), LAND_NK, 'PROPOSE_DECISION', {
        summary: 'Giao lại 0,6 ha theo hiện trạng, thu hồi phần chồng lấn',
        outcome: 'partly_upheld',
      }),
    ],
  },
  {
    key: 'nk-complaint-new',
    commune: 'NK',
    intake: letter(
      ago(3, '10:00'),
      DESK_NK,
      'complaint',
      'post',
      'social_policy',
      'Khiếu nại việc không được xét hỗ trợ nhà ở cho hộ nghèo',
      {
        leadAgency: 'NK-DC',
        neighbourhood: 'Thôn Nậm Khoa',
        petitioner: { fullName: 'Lý Thị Mỷ', address: 'Thôn Nậm Khoa', phone: '0912345617' },
      },
    ),
    steps: [],
  },
];

// ---- denunciations (tố cáo): the denouncer goes to the confidential vault, never into `petitioner` --------------------
// ACCEPT leads to `accepted.notifying`; NOTIFY_DENOUNCER (within 5 working days) moves on to verification.
const DENUNCIATIONS: DemoCaseScenario[] = [
  {
    key: 'ap-denunciation-closed',
    commune: 'AP',
    intake: letter(
      ago(40, '08:30'),
      DESK_AP,
      'denunciation',
      'post',
      'land',
      'Tố cáo hộ kinh doanh san lấp, xây nhà xưởng trái phép trên đất nông nghiệp tại Khu phố Bến Đá',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Khu phố Bến Đá',
        denouncer: { fullName: 'Cao Văn Kiên', idNumber: '036079001234', address: 'Khu phố Bến Đá', phone: '0912345618' },
      },
    ),
    steps: [
      step(ago(36, '09:00'), LAND, 'ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(34, '10:00'), LAND, 'NOTIFY_DENOUNCER'),
      step(ago(20, '15:00'), LAND, 'RECORD_VERIFICATION', {
        findings: 'Xác định 850 m² đất trồng lúa bị san lấp, xây nhà xưởng không phép.',
      }),
      step(ago(12, '10:00'), LEADER_AP, 'CONCLUDE', { conclusion: 'Nội dung tố cáo là đúng' }),
      step(ago(8, '14:00'), LAND, 'HANDLE_CONCLUSION', {
        measures: 'Xử phạt vi phạm hành chính, buộc khôi phục tình trạng ban đầu của đất',
      }),
      step(ago(3, '09:30'), LAND, 'CLOSE'),
    ],
  },
  {
    key: 'ap-denunciation-extended',
    commune: 'AP',
    intake: letter(
      ago(45, '09:10'),
      DESK_AP,
      'denunciation',
      'post',
      'environment',
      'Tố cáo cơ sở tái chế nhựa xả nước thải chưa qua xử lý ra kênh Bến Đá',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Khu phố Bến Đá',
        denouncer: { fullName: 'Ninh Thị Xoan', address: 'Khu phố Bến Đá', phone: '0912345619', email: 'xoan.nt@example.vn' },
      },
    ),
    steps: [
      step(ago(41, '09:00'), LAND, 'ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(39, '10:00'), LAND, 'NOTIFY_DENOUNCER'),
      step(ago(13, '15:00'), LAND, 'REQUEST_EXTENSION', {
        reason: 'Chờ kết quả quan trắc mẫu nước thải của Sở Nông nghiệp và Môi trường',
        complexity: 'complex',
      }),
      step(ago(12, '09:00'), LAND_HEAD, 'APPROVE_EXTENSION'),
    ],
  },
  {
    key: 'ap-denunciation-suspended',
    commune: 'AP',
    intake: letter(
      ago(33, '10:00'),
      DESK_AP,
      'denunciation',
      'post',
      'land',
      'Tố cáo việc tự ý xây nhà trên đất công ích do phường quản lý',
      {
        leadAgency: 'AP-DC',
        neighbourhood: 'Tổ dân phố 2',
        denouncer: { fullName: 'Hà Văn Quyết', address: 'Tổ dân phố 2', phone: '0912345620' },
      },
    ),
    steps: [
      step(ago(30, '09:00'), LAND, 'ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(28, '10:00'), LAND, 'NOTIFY_DENOUNCER'),
      step(ago(11, '15:00'), LAND_HEAD, 'SUSPEND', { reason: 'Chờ đơn vị đo đạc xác định ranh giới quỹ đất công ích' }),
    ],
  },
  {
    key: 'ap-denunciation-forwarded',
    commune: 'AP',
    intake: letter(
      ago(9, '08:45'),
      DESK_AP,
      'denunciation',
      'post',
      'other',
      'Tố cáo công chức một sở thuộc tỉnh có dấu hiệu nhũng nhiễu khi thẩm định hồ sơ dự án',
      {
        leadAgency: 'AP-DC',
        denouncer: { fullName: 'Trịnh Minh Khoa', address: 'Tổ dân phố 1', phone: '0912345621' },
      },
    ),
    // Decided to forward, then the forwarding slip sent a day later (Luật Tố cáo 2018 Art. 24(2)).
    steps: [
      step(ago(6, '10:00'), LAND, 'FORWARD', { toBody: 'Thanh tra tỉnh Minh An', note: 'Không thuộc thẩm quyền của Chủ tịch UBND phường' }),
      step(ago(5, '09:00'), LAND, 'SEND_FORWARD', { slipNo: '12/PC-UBND' }),
    ],
  },
  {
    key: 'ap-denunciation-archived',
    commune: 'AP',
    intake: letter(
      ago(13, '09:00'),
      DESK_AP,
      'denunciation',
      'post',
      'other',
      'Đơn tố cáo nặc danh về việc thu tiền đóng góp tại tổ dân phố',
      { leadAgency: 'AP-DC' },
    ),
    steps: [
      step(ago(10, '14:00'), LAND, 'ARCHIVE', { reason: 'Đơn nặc danh, không rõ họ tên, địa chỉ người tố cáo', ground: 'anonymous' }),
    ],
  },
  {
    key: 'nk-denunciation-new',
    commune: 'NK',
    intake: letter(
      ago(4, '09:30'),
      DESK_NK,
      'denunciation',
      'post',
      'environment',
      'Tố cáo việc khai thác gỗ trái phép trong rừng phòng hộ giáp Bản Tả Phìn',
      {
        leadAgency: 'NK-DC',
        neighbourhood: 'Bản Tả Phìn',
        denouncer: { fullName: 'Giàng Seo Phử', address: 'Bản Tả Phìn', phone: '0912345622' },
      },
    ),
    steps: [],
  },
];

// ---- proposals and reflections (kiến nghị, phản ánh) ---------------------------------------------------------------
const PETITIONS: DemoCaseScenario[] = [
  {
    key: 'ap-reflection-closed',
    commune: 'AP',
    intake: letter(
      ago(30, '19:30'),
      TEAM3,
      'reflection',
      'mobilization_team',
      'environment',
      'Phản ánh cống thoát nước ngõ 5 bị tắc, nước thải tràn ra đường',
      {
        neighbourhood: 'Tổ dân phố 3',
        petitioner: { fullName: 'Hoàng Văn Bình', address: 'Tổ dân phố 3' },
      },
    ),
    steps: [
      step(ago(29, '08:30'), DESK_AP, 'ACCEPT', { agencyId: agency('AP-DC') }),
      step(ago(22, '15:00'), LAND, 'SUBMIT_RESPONSE', { response: 'Đã thuê đơn vị nạo vét 120 m cống ngõ 5, thay 4 nắp hố ga vỡ.' }),
      step(ago(21, '09:00'), LAND_HEAD, 'APPROVE'),
      step(ago(20, '10:00'), DESK_AP, 'NOTIFY_CITIZEN'),
      step(ago(19, '16:00'), DESK_AP, 'CLOSE'),
    ],
  },
  {
    key: 'ap-reflection-due-soon',
    commune: 'AP',
    intake: letter(
      wdAgo(14, '20:15'),
      DESK_AP,
      'reflection',
      'hotline',
      'construction',
      'Phản ánh 8 bóng đèn chiếu sáng đường ven kênh Bến Đá bị hỏng',
      {
        neighbourhood: 'Khu phố Bến Đá',
        petitioner: { fullName: 'Đàm Văn Lợi', address: 'Khu phố Bến Đá', phone: '0912345623' },
      },
    ),
    steps: [step(wdAgo(13, '08:30'), DESK_AP, 'ACCEPT', { agencyId: agency('AP-DC') })],
  },
  {
    key: 'ap-reflection-overdue',
    commune: 'AP',
    intake: letter(
      wdAgo(20, '21:00'),
      DESK_AP,
      'reflection',
      'online',
      'environment',
      'Phản ánh xưởng mộc hoạt động đến khuya gây tiếng ồn, bụi gỗ',
      {
        neighbourhood: 'Tổ dân phố 2',
        petitioner: { fullName: 'La Thị Thoa', address: 'Tổ dân phố 2', phone: '0912345624' },
      },
    ),
    steps: [step(wdAgo(19, '09:00'), DESK_AP, 'ACCEPT', { agencyId: agency('AP-CA') })],
  },
  {
    key: 'ap-proposal-awaiting-approval',
    commune: 'AP',
    intake: letter(ago(12, '10:00'), DESK_AP, 'proposal', 'post', 'land', 'Kiến nghị tổ chức hòa giải tranh chấp lối đi chung ngõ 7', {
      neighbourhood: 'Tổ dân phố 1',
      petitioner: { fullName: 'Âu Văn Tài', address: 'Tổ dân phố 1', phone: '0912345625' },
    }),
    steps: [
      step(ago(11, '09:00'), LEADER_AP, 'ACCEPT', { agencyId: agency('AP-TP') }),
      step(ago(2, '15:00'), JUSTICE, 'SUBMIT_RESPONSE', { response: 'Đã hòa giải thành: hai hộ thống nhất giữ lối đi rộng 2 m.' }),
    ],
  },
  {
    key: 'ap-proposal-new',
    commune: 'AP',
    intake: letter(
      { minutesAgo: 200 },
      DESK_AP,
      'proposal',
      'online',
      'other',
      'Kiến nghị lắp biển báo giảm tốc độ trước cổng Trường Tiểu học An Phú',
      {
        neighbourhood: 'Tổ dân phố 3',
        petitioner: { fullName: 'Giáp Thị Hương', address: 'Tổ dân phố 3', phone: '0912345626' },
      },
    ),
    steps: [],
  },
  {
    key: 'ap-proposal-transferred',
    commune: 'AP',
    intake: letter(ago(8, '09:00'), DESK_AP, 'proposal', 'post', 'social_policy', 'Kiến nghị gia hạn thẻ bảo hiểm y tế cho hộ cận nghèo', {
      neighbourhood: 'Tổ dân phố 2',
      petitioner: { fullName: 'Ông Thị Lụa', address: 'Tổ dân phố 2', phone: '0912345627' },
    }),
    steps: [step(ago(7, '10:00'), DESK_AP, 'TRANSFER', { toBody: 'Bảo hiểm xã hội tỉnh Minh An' })],
  },
  {
    key: 'nk-proposal-assigned',
    commune: 'NK',
    intake: letter(
      ago(10, '14:00'),
      DESK_NK,
      'proposal',
      'voter_contact',
      'construction',
      'Kiến nghị sửa chữa đường liên thôn Nậm Khoa – Pà Vầy bị sạt lở',
      {
        neighbourhood: 'Thôn Pà Vầy',
        petitioner: { fullName: 'Cử tri Thôn Pà Vầy', address: 'Thôn Pà Vầy' },
      },
    ),
    steps: [step(ago(9, '09:00'), DESK_NK, 'ACCEPT', { agencyId: agency('NK-DC') })],
  },
  {
    key: 'nk-reflection-closed',
    commune: 'NK',
    intake: letter(
      ago(25, '07:45'),
      DESK_NK,
      'reflection',
      'hotline',
      'environment',
      'Phản ánh nguy cơ sạt lở taluy sau mưa lớn tại Thôn Pà Vầy',
      {
        neighbourhood: 'Thôn Pà Vầy',
        petitioner: { fullName: 'Mùa A Chư', address: 'Thôn Pà Vầy', phone: '0912345628' },
      },
    ),
    steps: [
      step(ago(25, '09:00'), DESK_NK, 'ACCEPT', { agencyId: agency('NK-DC') }),
      step(ago(20, '16:00'), LAND_NK, 'SUBMIT_RESPONSE', {
        response: 'Đã cắm biển cảnh báo, di dời tạm 2 hộ, đề nghị tỉnh hỗ trợ kè taluy.',
      }),
      step(ago(19, '09:00'), LEADER_NK, 'APPROVE'),
      step(ago(18, '10:00'), DESK_NK, 'NOTIFY_CITIZEN'),
      step(ago(17, '15:00'), DESK_NK, 'CLOSE'),
    ],
  },
];

// ---- the demo dialogue's commitments and opinions ------------------------------------------------------------------
const dialogueDay = (time: string): When => ({ calendarDaysAgo: DEMO_DIALOGUE_DAYS_AGO, time });
const DIALOGUE: DemoCaseScenario[] = [
  {
    key: 'ap-commitment-verified',
    commune: 'AP',
    intake: {
      kind: 'commitment',
      at: dialogueDay('16:00'),
      by: LEADER_AP,
      content: 'Công an phường phối hợp Tổ dân phố 3 kiểm tra, xử lý đổ trộm phế thải tại bãi đất trống',
      ownerAgency: 'AP-CA',
      dueInDays: 7,
      category: 'environment',
    },
    steps: [
      step(ago(9, '15:00'), POLICE, 'REPORT_DONE', { report: 'Đã lập biên bản 2 trường hợp, lắp camera giám sát bãi đất trống.' }),
      step(ago(8, '09:00'), LEADER_AP, 'VERIFY'),
    ],
  },
  {
    key: 'ap-commitment-overdue',
    commune: 'AP',
    intake: {
      kind: 'commitment',
      at: dialogueDay('16:05'),
      by: LEADER_AP,
      content: 'Nạo vét, khơi thông cống thoát nước ngõ 12 trước mùa mưa',
      ownerAgency: 'AP-DC',
      dueInDays: 10,
      category: 'construction',
    },
    steps: [],
  },
  {
    key: 'ap-commitment-due-soon',
    commune: 'AP',
    intake: {
      kind: 'commitment',
      at: dialogueDay('16:10'),
      by: LEADER_AP,
      content: 'Lắp bổ sung 6 bóng đèn chiếu sáng ngõ 12',
      ownerAgency: 'AP-DC',
      dueInDays: DEMO_DIALOGUE_DAYS_AGO + 2,
      category: 'construction',
    },
    steps: [],
  },
  {
    key: 'ap-opinion-road',
    commune: 'AP',
    intake: { kind: 'opinion', at: dialogueDay('16:20'), by: LEADER_AP, opinionSeq: 1, type: 'proposal', leadAgency: 'AP-DC' },
    steps: [step(ago(12, '09:00'), LEADER_AP, 'ACCEPT', { agencyId: agency('AP-DC') })],
  },
  {
    key: 'ap-opinion-dumping',
    commune: 'AP',
    intake: { kind: 'opinion', at: dialogueDay('16:25'), by: LEADER_AP, opinionSeq: 2, type: 'reflection', leadAgency: 'AP-CA' },
    steps: [],
  },
];

// ---- reception visits (the weekly sessions) -------------------------------------------------------------------------
const assign = (n: number, time: string, by: string, code: string, note: string): DemoStep =>
  step(session(n, time), by, 'ASSIGN', { agencyId: agency(code), dueDate: { workingDaysAfterStep: 10 }, note });

const VISITS: DemoCaseScenario[] = [
  {
    key: 'ap-visit-compensation-closed',
    commune: 'AP',
    intake: visit(6, '07:50', DESK_AP, {
      citizen: { fullName: 'Phạm Văn Khải', idNumber: '036075008811', address: 'Tổ dân phố 1', phone: '0912345629' },
      neighbourhood: 'Tổ dân phố 1',
      contents: [
        {
          contentType: 'complaint',
          category: 'site_clearance',
          summary: 'Đề nghị xem xét lại giá bồi thường đất nông nghiệp bị thu hồi làm đường Vành đai 2',
        },
      ],
    }),
    steps: [
      assign(6, '08:05', LEADER_AP, 'AP-DC', 'Kiểm tra hồ sơ bồi thường, báo cáo trong 10 ngày làm việc'),
      step(session(5, '14:00', 2), LAND, 'AGENCY_REPORT', {
        report: 'Giá bồi thường áp dụng đúng quyết định phê duyệt; hộ được hỗ trợ thêm ổn định đời sống.',
      }),
      step(session(4, '08:00'), DESK_AP, 'ANSWER_CITIZEN', { answer: 'Đã trả lời bằng văn bản kết quả kiểm tra hồ sơ bồi thường.' }),
      step(session(4, '08:05'), DESK_AP, 'CLOSE'),
    ],
  },
  {
    key: 'ap-visit-allowance-answered',
    commune: 'AP',
    intake: visit(6, '08:20', DESK_AP, {
      citizen: { fullName: 'Trần Thị Hằng', address: 'Tổ dân phố 2', phone: '0912345630' },
      neighbourhood: 'Tổ dân phố 2',
      contents: [{ contentType: 'proposal', category: 'social_policy', summary: 'Hỏi chế độ trợ cấp xã hội hằng tháng cho mẹ 82 tuổi' }],
    }),
    steps: [
      step(session(6, '08:30'), LEADER_AP, 'ANSWER_ON_SPOT', {
        answer:
          'Người từ đủ 80 tuổi không có lương hưu được trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP); nộp hồ sơ tại Bộ phận Một cửa.',
      }),
      step(session(6, '10:00'), DESK_AP, 'CLOSE'),
    ],
  },
  {
    key: 'ap-visit-permit-guided',
    commune: 'AP',
    intake: visit(5, '08:00', DESK_AP, {
      citizen: { fullName: 'Đinh Công Tráng', address: 'Khu phố Bến Đá', phone: '0912345631' },
      neighbourhood: 'Khu phố Bến Đá',
      contents: [{ contentType: 'proposal', category: 'construction', summary: 'Hỏi thủ tục cấp giấy phép sửa chữa, cải tạo nhà ở' }],
    }),
    steps: [step(session(5, '08:15'), LEADER_AP, 'GUIDE', { body: 'Bộ phận tiếp nhận và trả kết quả (Một cửa) UBND phường An Phú' })],
  },
  {
    key: 'ap-visit-refused',
    commune: 'AP',
    intake: visit(5, '09:10', DESK_AP, {
      citizen: { fullName: 'Lương Văn Tâm', address: 'Tổ dân phố 3' },
      neighbourhood: 'Tổ dân phố 3',
      contents: [],
      refusal: { reason: 'final_judgment', note: 'Tranh chấp đã được giải quyết bằng bản án có hiệu lực pháp luật' },
    }),
    steps: [],
  },
  {
    key: 'ap-visit-drain-reported',
    commune: 'AP',
    intake: visit(4, '07:55', DESK_AP, {
      citizen: { fullName: 'Nguyễn Thị Thu', address: 'Tổ dân phố 2', phone: '0912345632' },
      neighbourhood: 'Tổ dân phố 2',
      contents: [
        {
          contentType: 'reflection',
          category: 'environment',
          summary: 'Mương thoát nước khu dân cư Tổ dân phố 2 bị lấp, gây ngập úng khi mưa',
        },
      ],
    }),
    steps: [
      assign(4, '08:10', LEADER_AP, 'AP-DC', 'Kiểm tra thực địa, đề xuất phương án khơi thông'),
      step(session(3, '15:00', 1), LAND, 'AGENCY_REPORT', {
        report: 'Đoạn mương 40 m bị một hộ lấp để làm lối đi; đã yêu cầu hoàn trả trong 15 ngày.',
      }),
    ],
  },
  {
    key: 'ap-visit-denunciation-assigned',
    commune: 'AP',
    intake: visit(4, '09:00', DESK_AP, {
      citizen: { fullName: 'Kha Văn Mạnh', address: 'Tổ dân phố 2', phone: '0912345641' },
      contents: [{ contentType: 'denunciation', category: 'land', summary: 'Tố cáo việc thu tiền "bồi dưỡng" khi làm thủ tục tách thửa' }],
    }),
    steps: [assign(4, '09:15', LEADER_AP, 'AP-CA', 'Xác minh, báo cáo Chủ tịch UBND phường; giữ bí mật người tố cáo')],
  },
  {
    key: 'ap-visit-lights-answered',
    commune: 'AP',
    intake: visit(3, '08:10', DESK_AP, {
      citizen: { fullName: 'Võ Văn Lực', address: 'Khu phố Bến Đá', phone: '0912345633' },
      neighbourhood: 'Khu phố Bến Đá',
      contents: [{ contentType: 'reflection', category: 'construction', summary: 'Đèn đường khu vực chợ Bến Đá hỏng nhiều tháng' }],
    }),
    steps: [
      assign(3, '08:20', LEADER_AP, 'AP-DC', 'Phối hợp điện lực thay bóng, báo cáo kết quả'),
      step(session(2, '14:00', 1), LAND, 'AGENCY_REPORT', { report: 'Đã thay 11 bóng đèn LED, sửa tủ điều khiển chiếu sáng.' }),
      step(session(1, '08:00'), DESK_AP, 'ANSWER_CITIZEN', {
        answer: 'Đèn đường khu vực chợ Bến Đá đã được thay và hoạt động bình thường.',
      }),
    ],
  },
  {
    key: 'ap-visit-wall-assigned',
    commune: 'AP',
    intake: visit(2, '08:30', DESK_AP, {
      citizen: { fullName: 'Hồ Thị Lệ', address: 'Tổ dân phố 3', phone: '0912345634' },
      neighbourhood: 'Tổ dân phố 3',
      contents: [
        { contentType: 'complaint', category: 'construction', summary: 'Công trình xây nhà liền kề gây nứt tường, thấm dột nhà bà Lệ' },
      ],
    }),
    steps: [assign(2, '08:45', LEADER_AP, 'AP-DC', 'Kiểm tra giấy phép xây dựng, lập biên bản hiện trạng')],
  },
  {
    key: 'ap-visit-group-pollution',
    commune: 'AP',
    intake: visit(1, '08:00', DESK_AP, {
      citizen: { fullName: 'Trương Văn Bảy', address: 'Khu phố Bến Đá', phone: '0912345635' },
      groupSize: 12,
      representatives: [
        { fullName: 'Trương Văn Bảy', address: 'Khu phố Bến Đá', phone: '0912345635' },
        { fullName: 'Mai Thị Sáu', address: 'Khu phố Bến Đá' },
        { fullName: 'Lê Văn Tám', address: 'Khu phố Bến Đá' },
      ],
      neighbourhood: 'Khu phố Bến Đá',
      contents: [
        {
          contentType: 'reflection',
          category: 'environment',
          summary: 'Cơ sở tái chế nhựa gây khói, mùi hôi, ảnh hưởng sức khỏe người dân Khu phố Bến Đá',
        },
      ],
    }),
    steps: [assign(1, '08:40', LEADER_AP, 'AP-DC', 'Chủ trì, phối hợp Công an phường kiểm tra ngay cơ sở tái chế nhựa')],
  },
  {
    key: 'ap-visit-certificate-logged',
    commune: 'AP',
    intake: visit(1, '09:20', DESK_AP, {
      citizen: { fullName: 'Bùi Văn Hòa', address: 'Tổ dân phố 1', phone: '0912345636' },
      neighbourhood: 'Tổ dân phố 1',
      previouslyHandledBy: 'Bộ phận Một cửa UBND phường An Phú',
      contents: [
        {
          contentType: 'complaint',
          category: 'land',
          summary: 'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp đã 5 tháng chưa được giải quyết',
        },
      ],
    }),
    // No direction yet: the leader studies the file; closing the session carries the case over to the next agenda.
    steps: [],
  },
  {
    key: 'nk-visit-compensation-closed',
    commune: 'NK',
    intake: visit(5, '08:00', DESK_NK, {
      citizen: { fullName: 'Giàng A Chứ', address: 'Bản Tả Phìn', phone: '0912345637' },
      neighbourhood: 'Bản Tả Phìn',
      contents: [
        {
          contentType: 'complaint',
          category: 'site_clearance',
          summary: 'Đề nghị bồi thường đất nương bị thu hồi làm đường lên Bản Tả Phìn',
        },
      ],
    }),
    steps: [
      assign(5, '08:20', LEADER_NK, 'NK-DC', 'Rà soát phương án bồi thường, báo cáo UBND xã'),
      step(session(4, '14:00', 2), LAND_NK, 'AGENCY_REPORT', { report: 'Bổ sung 210 m² đất nương vào phương án bồi thường.' }),
      step(session(3, '08:30'), DESK_NK, 'ANSWER_CITIZEN', {
        answer: 'Đã bổ sung diện tích vào phương án bồi thường; hộ nhận tiền trong tháng.',
      }),
      step(session(3, '08:35'), DESK_NK, 'CLOSE'),
    ],
  },
  {
    key: 'nk-visit-canal-reported',
    commune: 'NK',
    intake: visit(3, '09:00', DESK_NK, {
      citizen: { fullName: 'Lò Thị Xuân', address: 'Thôn Pà Vầy', phone: '0912345638' },
      neighbourhood: 'Thôn Pà Vầy',
      contents: [{ contentType: 'proposal', category: 'other', summary: 'Mương thủy lợi bị sạt, không đủ nước tưới lúa vụ xuân' }],
    }),
    steps: [
      assign(3, '09:20', LEADER_NK, 'NK-DC', 'Kiểm tra, đề xuất sửa chữa mương'),
      step(session(2, '15:00', 1), LAND_NK, 'AGENCY_REPORT', {
        report: 'Đoạn mương sạt 25 m; đã huy động dân đắp tạm, đề nghị hỗ trợ kinh phí kiên cố.',
      }),
    ],
  },
  {
    key: 'nk-visit-inheritance-guided',
    commune: 'NK',
    intake: visit(2, '08:15', DESK_NK, {
      citizen: { fullName: 'Sùng A Lử', address: 'Thôn Nậm Khoa', phone: '0912345639' },
      neighbourhood: 'Thôn Nậm Khoa',
      contents: [{ contentType: 'complaint', category: 'land', summary: 'Tranh chấp đất nương giữa anh em sau khi bố mẹ mất' }],
    }),
    steps: [
      step(session(2, '08:30'), LEADER_NK, 'GUIDE', {
        body: 'Tổ hòa giải Thôn Nậm Khoa và UBND xã (hòa giải tranh chấp đất đai trước khi khởi kiện)',
      }),
    ],
  },
  {
    key: 'nk-visit-forest-assigned',
    commune: 'NK',
    intake: visit(1, '08:10', DESK_NK, {
      citizen: { fullName: 'Vàng Thị Dợ', address: 'Bản Tả Phìn', phone: '0912345640' },
      neighbourhood: 'Bản Tả Phìn',
      contents: [{ contentType: 'proposal', category: 'land', summary: 'Đề nghị giao đất rừng sản xuất cho hộ mới tách' }],
    }),
    steps: [assign(1, '08:30', LEADER_NK, 'NK-DC', 'Rà soát quỹ đất rừng sản xuất chưa giao')],
  },
];

export const DEMO_CASE_PLAN: readonly DemoCaseScenario[] = [...VISITS, ...COMPLAINTS, ...DENUNCIATIONS, ...PETITIONS, ...DIALOGUE];
