import {
  COMPLAINT_OUTCOMES,
  DENUNCIATION_COMPLEXITIES,
  RECEPTION_REFUSAL_REASONS,
  type BilingualText,
  type CaseEventType,
  type CaseType,
  type PayloadFieldDescription,
} from '@tiep-dan/contracts';

/** Vietnamese and English label of every case event; state labels live in each state's `meta`. */
export const EVENT_LABELS: Record<CaseEventType, BilingualText> = {
  ANSWER_ON_SPOT: { vi: 'Trả lời trực tiếp', en: 'Answer on the spot' },
  GUIDE: { vi: 'Hướng dẫn đến cơ quan có thẩm quyền', en: 'Guide to the competent body' },
  REFUSE: { vi: 'Từ chối tiếp', en: 'Refuse reception' },
  ASSIGN: { vi: 'Giao cơ quan xử lý', en: 'Assign to an agency' },
  AGENCY_REPORT: { vi: 'Cơ quan báo cáo kết quả', en: 'Agency reports back' },
  ANSWER_CITIZEN: { vi: 'Trả lời công dân', en: 'Answer the citizen' },
  CLOSE: { vi: 'Đóng hồ sơ', en: 'Close' },
  CARRY_OVER: { vi: 'Chuyển sang buổi tiếp sau', en: 'Carry over to the next session' },
  TRIAGE_ACCEPT: { vi: 'Thụ lý', en: 'Accept' },
  TRIAGE_GUIDE: { vi: 'Hướng dẫn đến cơ quan có thẩm quyền', en: 'Guide to the competent body' },
  TRIAGE_ARCHIVE: { vi: 'Lưu đơn', en: 'Archive' },
  RECORD_VERIFICATION: { vi: 'Ghi nhận kết quả xác minh', en: 'Record verification' },
  SCHEDULE_DIALOGUE: { vi: 'Lên lịch đối thoại', en: 'Schedule a dialogue' },
  RECORD_DIALOGUE_MINUTES: { vi: 'Ghi biên bản đối thoại', en: 'Record dialogue minutes' },
  PROPOSE_DECISION: { vi: 'Trình dự thảo quyết định', en: 'Propose a decision' },
  APPROVE: { vi: 'Phê duyệt', en: 'Approve' },
  RETURN: { vi: 'Trả lại để làm lại', en: 'Return for rework' },
  NOTIFY_PARTIES: { vi: 'Gửi quyết định cho các bên', en: 'Notify the parties' },
  REQUEST_EXTENSION: { vi: 'Đề nghị gia hạn', en: 'Request an extension' },
  APPROVE_EXTENSION: { vi: 'Duyệt gia hạn', en: 'Approve the extension' },
  REJECT_EXTENSION: { vi: 'Không duyệt gia hạn', en: 'Reject the extension' },
  SUSPEND: { vi: 'Tạm đình chỉ', en: 'Suspend' },
  RESUME: { vi: 'Tiếp tục giải quyết', en: 'Resume' },
  WITHDRAW: { vi: 'Rút đơn', en: 'Withdraw' },
  ACCEPT: { vi: 'Thụ lý', en: 'Accept' },
  FORWARD: { vi: 'Chuyển đơn đến cơ quan có thẩm quyền', en: 'Forward to the competent body' },
  ARCHIVE: { vi: 'Lưu đơn', en: 'Archive' },
  NOTIFY_DENOUNCER: { vi: 'Thông báo thụ lý cho người tố cáo', en: 'Notify the denouncer of acceptance' },
  CONCLUDE: { vi: 'Ban hành kết luận', en: 'Issue the conclusion' },
  HANDLE_CONCLUSION: { vi: 'Xử lý kết luận', en: 'Handle the conclusion' },
  RECORD_VIOLATION_EVIDENCE: { vi: 'Ghi nhận dấu hiệu vi phạm', en: 'Record evidence of a violation' },
  ESCALATE: { vi: 'Chuyển cấp trên giải quyết', en: 'Escalate to the next level' },
  TRANSFER: { vi: 'Chuyển đơn', en: 'Transfer' },
  SUBMIT_RESPONSE: { vi: 'Trình dự thảo trả lời', en: 'Submit a response' },
  NOTIFY_CITIZEN: { vi: 'Gửi trả lời cho công dân', en: 'Notify the citizen' },
  REPORT_DONE: { vi: 'Báo cáo hoàn thành', en: 'Report done' },
  VERIFY: { vi: 'Xác nhận hoàn thành', en: 'Verify' },
  REJECT: { vi: 'Không xác nhận, làm lại', en: 'Reject' },
  DEADLINE_WARNING: { vi: 'Sắp đến hạn', en: 'Due soon' },
  DEADLINE_PASSED: { vi: 'Quá hạn', en: 'Overdue' },
};

const text = (name: string, required = true): PayloadFieldDescription => ({ name, type: 'string', required });
const date = (name: string, required = true): PayloadFieldDescription => ({ name, type: 'date', required });
const note = text('note', false);

/** The payload fields of each event (mirrors the payload interfaces in `@tiep-dan/contracts` case-events). */
const PAYLOAD_FIELDS: Record<CaseEventType, PayloadFieldDescription[]> = {
  ANSWER_ON_SPOT: [text('answer')],
  GUIDE: [text('body'), note],
  REFUSE: [{ name: 'reason', type: 'enum', required: true, values: RECEPTION_REFUSAL_REASONS }, note],
  ASSIGN: [text('agencyId'), note, date('dueDate', false)],
  AGENCY_REPORT: [text('report')],
  ANSWER_CITIZEN: [text('answer')],
  CLOSE: [note],
  CARRY_OVER: [text('sessionId')],
  TRIAGE_ACCEPT: [text('agencyId'), note],
  TRIAGE_GUIDE: [text('body'), note],
  TRIAGE_ARCHIVE: [text('reason')],
  RECORD_VERIFICATION: [text('findings'), { name: 'demandMatchesFindings', type: 'boolean', required: false }],
  SCHEDULE_DIALOGUE: [date('date'), text('place'), { name: 'participants', type: 'string[]', required: true }],
  RECORD_DIALOGUE_MINUTES: [text('minutes')],
  PROPOSE_DECISION: [text('summary'), { name: 'outcome', type: 'enum', required: true, values: COMPLAINT_OUTCOMES }],
  APPROVE: [text('documentNo', false), note],
  RETURN: [text('reason')],
  NOTIFY_PARTIES: [note],
  REQUEST_EXTENSION: [text('reason')],
  APPROVE_EXTENSION: [note],
  REJECT_EXTENSION: [note],
  SUSPEND: [text('reason')],
  RESUME: [note],
  WITHDRAW: [text('reason')],
  ACCEPT: [text('agencyId'), note],
  FORWARD: [text('toAgencyId'), note],
  ARCHIVE: [text('reason')],
  NOTIFY_DENOUNCER: [note],
  CONCLUDE: [text('conclusion')],
  HANDLE_CONCLUSION: [text('measures')],
  RECORD_VIOLATION_EVIDENCE: [note],
  ESCALATE: [text('toAgencyId', false), note],
  TRANSFER: [text('toBody'), note],
  SUBMIT_RESPONSE: [text('response')],
  NOTIFY_CITIZEN: [note],
  REPORT_DONE: [text('report')],
  VERIFY: [note],
  REJECT: [text('reason')],
  DEADLINE_WARNING: [text('ruleId', false), date('dueDate', false)],
  DEADLINE_PASSED: [text('ruleId', false), date('dueDate', false)],
};

/** Where one case type's payload differs from the shared one. */
const PAYLOAD_OVERRIDES: Partial<Record<CaseType, Partial<Record<CaseEventType, PayloadFieldDescription[]>>>> = {
  denunciation: {
    RECORD_VERIFICATION: [text('findings')],
    REQUEST_EXTENSION: [text('reason'), { name: 'complexity', type: 'enum', required: true, values: DENUNCIATION_COMPLEXITIES }],
  },
};

export function payloadFields(type: CaseType, eventType: CaseEventType): PayloadFieldDescription[] {
  return PAYLOAD_OVERRIDES[type]?.[eventType] ?? PAYLOAD_FIELDS[eventType];
}
