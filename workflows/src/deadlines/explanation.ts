import type {
  BilingualText,
  DayUnit,
  DeadlineExplanation,
  DeadlineExtensionRecord,
  DeadlineSuspensionRecord,
  DeadlineVariant,
  SkippedDay,
} from '@tiep-dan/contracts';
import { endOfVnDayIso, formatIsoDate, formatVnDate, startOfVnDayIso, type DayNumber } from '../calendar/vn-date';
import type { DeadlineRule } from './rules';

/** What the computation found, in day numbers; turned into the contract's explanation below. */
export interface DeadlineCountFacts {
  rule: DeadlineRule;
  variant: DeadlineVariant;
  startedAt: Date;
  startDay: DayNumber;
  length: number;
  countedDays: number;
  skippedDays: SkippedDay[];
  /** The day the count landed on, when it was moved to a working day. */
  movedFrom?: DayNumber;
  extensions: DeadlineExtensionRecord[];
  suspensions: DeadlineSuspensionRecord[];
  explicitDueDay?: DayNumber;
  dueDay: DayNumber | null;
  dueSoonDay: DayNumber | null;
}

const unitText = (n: number, unit: DayUnit): BilingualText =>
  unit === 'working'
    ? { vi: `${n} ngày làm việc`, en: `${n} working day${n === 1 ? '' : 's'}` }
    : { vi: `${n} ngày`, en: `${n} day${n === 1 ? '' : 's'}` };

const VARIANT_TEXT: Record<DeadlineVariant, BilingualText | null> = {
  standard: null,
  remote: { vi: 'vùng sâu, vùng xa', en: 'remote area' },
  complex: { vi: 'vụ việc phức tạp', en: 'complex case' },
  remote_complex: { vi: 'vụ việc phức tạp ở vùng sâu, vùng xa', en: 'complex case in a remote area' },
  explicit: null,
};

function summary(f: DeadlineCountFacts): BilingualText {
  const { rule } = f;
  const basis = `${rule.legalBasis.document}, ${rule.legalBasis.article}`;
  const start = formatVnDate(f.startDay);
  const vi: string[] = [];
  const en: string[] = [];
  if (f.explicitDueDay !== undefined) {
    vi.push(`${rule.step.vi}: hạn đã cam kết ${formatVnDate(f.explicitDueDay)} (${basis})`);
    en.push(`${rule.step.en}: the agreed date ${formatVnDate(f.explicitDueDay)} (${basis})`);
  } else {
    const length = unitText(f.length, rule.unit);
    const variant = VARIANT_TEXT[f.variant];
    const viVariant = variant ? ` (${variant.vi})` : '';
    const enVariant = variant ? ` (${variant.en})` : '';
    if (rule.direction === 'backward') {
      vi.push(`${rule.step.vi}: chậm nhất ${length.vi} trước ngày đối thoại (${basis})`);
      en.push(`${rule.step.en}: at least ${length.en} before the dialogue (${basis})`);
    } else {
      vi.push(`${rule.step.vi}: ${length.vi}${viVariant} kể từ ngày ${start}, không tính ngày bắt đầu (${basis})`);
      en.push(`${rule.step.en}: ${length.en}${enVariant} from ${start}, the start day not counted (${basis})`);
    }
  }
  const extended = f.countedDays - f.length;
  if (f.extensions.length > 0) {
    const days = unitText(extended, rule.unit);
    vi.push(`gia hạn ${f.extensions.length} lần, thêm ${days.vi}`);
    en.push(`extended ${f.extensions.length} time${f.extensions.length === 1 ? '' : 's'} by ${days.en} in all`);
  }
  const suspended = f.suspensions.reduce((sum, s) => sum + s.days, 0);
  if (suspended > 0) {
    const days = unitText(suspended, rule.unit);
    vi.push(`không tính ${days.vi} tạm đình chỉ`);
    en.push(`${days.en} under suspension not counted`);
  }
  if (rule.unit === 'working' && f.skippedDays.length > 0) {
    vi.push(`bỏ qua ${f.skippedDays.length} ngày nghỉ`);
    en.push(`${f.skippedDays.length} non-working day${f.skippedDays.length === 1 ? '' : 's'} skipped`);
  }
  if (f.dueDay === null) {
    vi.push('đang tạm đình chỉ: thời hạn tiếp tục khi giải quyết trở lại');
    en.push('suspended: the clock runs again on resumption');
  } else {
    const due = formatVnDate(f.dueDay);
    if (f.movedFrom === undefined) {
      vi.push(`hạn cuối hết ngày ${due}`);
      en.push(`due by the end of ${due}`);
    } else if (rule.direction === 'backward') {
      vi.push(`hạn cuối hết ngày ${due} (ngày ${formatVnDate(f.movedFrom)} là ngày nghỉ nên lùi về ngày làm việc trước đó)`);
      en.push(`due by the end of ${due} (${formatVnDate(f.movedFrom)} is not a working day, so the previous working day)`);
    } else {
      vi.push(`hạn cuối hết ngày ${due} (ngày ${formatVnDate(f.movedFrom)} là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo)`);
      en.push(`due by the end of ${due} (${formatVnDate(f.movedFrom)} is not a working day, so the next working day)`);
    }
  }
  return { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` };
}

/** "Why this date": the structured explanation of a computed deadline, with a one-paragraph summary in vi and en. */
export function explainDeadline(f: DeadlineCountFacts): DeadlineExplanation {
  const { rule } = f;
  const explanation: DeadlineExplanation = {
    ruleId: rule.id,
    ruleVersion: rule.version,
    step: rule.step,
    legalBasis: rule.legalBasis,
    unit: rule.unit,
    direction: rule.direction,
    variant: f.variant,
    startedAt: f.startedAt.toISOString(),
    startDate: formatIsoDate(f.startDay),
    length: f.length,
    countedDays: f.countedDays,
    skippedDays: f.skippedDays,
    extensions: f.extensions,
    suspensions: f.suspensions,
    dueDate: f.dueDay === null ? null : formatIsoDate(f.dueDay),
    dueAt: f.dueDay === null ? null : endOfVnDayIso(f.dueDay),
    dueSoonAt: f.dueSoonDay === null ? null : startOfVnDayIso(f.dueSoonDay),
    summary: summary(f),
  };
  if (f.movedFrom !== undefined) {
    if (rule.direction === 'backward') explanation.rolledBackFrom = formatIsoDate(f.movedFrom);
    else explanation.rolledForwardFrom = formatIsoDate(f.movedFrom);
  }
  if (f.explicitDueDay !== undefined) explanation.explicitDueDate = formatIsoDate(f.explicitDueDay);
  return explanation;
}
