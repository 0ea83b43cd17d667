import type {
  BilingualText,
  DeadlineExplanation,
  DeadlineRuleId,
  DeadlineSuspensionRecord,
  DeadlineVariant,
  DenunciationComplexity,
  IsoDate,
  SkippedDay,
} from '@tiep-dan/contracts';
import { endOfVnDay, formatIsoDate, startOfVnDay, vnDayOf, type DayNumber } from '../calendar/vn-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DeadlineRuleError } from './deadline-rule-error';
import { explainDeadline } from './explanation';
import { findRule, getRule, type DeadlineRule } from './rules';

export interface DeadlineExtensionInput {
  /** Length of the extension in the rule's unit; the policy's maximum when absent. */
  days?: number;
  reason: string;
  at: Date;
}

/** A suspension (tạm đình chỉ); `to` is the resumption, absent while the suspension is open. */
export interface DeadlineSuspensionInput {
  from: Date;
  to?: Date;
}

export interface ComputeDeadlineInput {
  ruleId: DeadlineRuleId;
  /** The version the case started with; by default the version in force on the day the clock started. */
  ruleVersion?: number;
  startedAt: Date;
  remote?: boolean;
  complex?: boolean;
  /** Especially complex (implies complex): a denunciation may then be extended twice. */
  especiallyComplex?: boolean;
  extensions?: readonly DeadlineExtensionInput[];
  suspensions?: readonly DeadlineSuspensionInput[];
  /** A date agreed at a dialogue; only for rules that allow one (commitment.fulfil). */
  explicitDueDate?: Date;
  /** The dialogue a notice period counts back from (complaint.dialogue-notice). */
  dialogueAt?: Date;
}

export interface ComputedDeadline {
  ruleId: DeadlineRuleId;
  ruleVersion: number;
  /** Vietnam civil due date; null while an open suspension stops the clock. */
  dueDate: IsoDate | null;
  /** 23:59:59.999 Vietnam time of the due day (16:59:59.999Z); null while an open suspension stops the clock. */
  dueAt: Date | null;
  /** 00:00 Vietnam time of the day `dueSoonWorkingDays` working days before the due day; null while suspended. */
  dueSoonAt: Date | null;
  /** True when an open suspension stopped the clock before it ran out: there is no due date until it resumes. */
  suspendedUntilResume: boolean;
  explanation: DeadlineExplanation;
}

export interface ExtensionCheck {
  allowed: boolean;
  reason: BilingualText;
  /** Extensions still possible after the ones in the input. */
  remaining: number;
  /** Longest single extension, in the rule's unit (0 when none is possible). */
  maxDays: number;
}

const invalid = (vi: string, en: string) => new DeadlineRuleError('INVALID_INPUT', { vi, en });

function dayOf(instant: Date, what: string): DayNumber {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw invalid(`${what} không hợp lệ`, `${what} is not a valid date`);
  return vnDayOf(instant);
}

function ruleFor(input: ComputeDeadlineInput): DeadlineRule {
  return input.ruleVersion === undefined ? findRule(input.ruleId, input.startedAt) : getRule(input.ruleId, input.ruleVersion);
}

function complexityOf(input: ComputeDeadlineInput): DenunciationComplexity | undefined {
  return input.especiallyComplex ? 'especially_complex' : input.complex ? 'complex' : undefined;
}

/** The length of the rule for the case's variant (remote area, complex case). */
function lengthFor(rule: DeadlineRule, input: ComputeDeadlineInput): { length: number; variant: DeadlineVariant } {
  const complex = complexityOf(input) !== undefined;
  if (input.remote && complex && rule.remoteComplexLength !== undefined)
    return { length: rule.remoteComplexLength, variant: 'remote_complex' };
  if (complex && rule.complexLength !== undefined) return { length: rule.complexLength, variant: 'complex' };
  if (input.remote && rule.remoteLength !== undefined) return { length: rule.remoteLength, variant: 'remote' };
  return { length: rule.length, variant: 'standard' };
}

function allowedExtensions(rule: DeadlineRule, input: ComputeDeadlineInput): number {
  const policy = rule.extensionPolicy;
  const level = complexityOf(input);
  if (!policy || !level) return 0;
  return policy.maxExtensions[level] ?? (level === 'especially_complex' ? (policy.maxExtensions.complex ?? 0) : 0);
}

function checkExtensions(rule: DeadlineRule, input: ComputeDeadlineInput, requested?: number): ExtensionCheck {
  const policy = rule.extensionPolicy;
  const used = input.extensions?.length ?? 0;
  const allowed = allowedExtensions(rule, input);
  const maxDays = policy?.extensionDays ?? 0;
  const step = `${rule.step.vi} (${rule.id})`;
  if (!policy) {
    return {
      allowed: false,
      remaining: 0,
      maxDays: 0,
      reason: { vi: `${step}: quy định không cho phép gia hạn`, en: `${rule.step.en} (${rule.id}): the rule allows no extension` },
    };
  }
  if (allowed === 0) {
    return {
      allowed: false,
      remaining: 0,
      maxDays,
      reason: {
        vi: `${step}: chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn`,
        en: `${rule.step.en} (${rule.id}): only a complex or especially complex case may be extended`,
      },
    };
  }
  if (used >= allowed) {
    return {
      allowed: false,
      remaining: 0,
      maxDays,
      reason: {
        vi: `${step}: đã gia hạn ${used} lần, tối đa ${allowed} lần`,
        en: `${rule.step.en} (${rule.id}): already extended ${used} time${used === 1 ? '' : 's'}, at most ${allowed}`,
      },
    };
  }
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1 || requested > maxDays)) {
    return {
      allowed: false,
      remaining: allowed - used,
      maxDays,
      reason: {
        vi: `${step}: mỗi lần gia hạn từ 1 đến ${maxDays} ngày`,
        en: `${rule.step.en} (${rule.id}): each extension is 1 to ${maxDays} days`,
      },
    };
  }
  return {
    allowed: true,
    remaining: allowed - used,
    maxDays,
    reason: {
      vi: `Được gia hạn thêm ${allowed - used} lần, mỗi lần không quá ${maxDays} ngày`,
      en: `${allowed - used} more extension${allowed - used === 1 ? '' : 's'} possible, each at most ${maxDays} days`,
    },
  };
}

/** Whether one more extension (of `days`, default the policy's maximum) may be granted on top of `input.extensions`. */
export function canExtend(input: ComputeDeadlineInput & { days?: number }): ExtensionCheck {
  return checkExtensions(ruleFor(input), input, input.days);
}

/** Validates the extensions against the policy and returns their total length; throws EXTENSION_LIMIT beyond it. */
function extensionDays(rule: DeadlineRule, input: ComputeDeadlineInput): number {
  const extensions = input.extensions ?? [];
  if (extensions.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < extensions.length; i++) {
    const days = extensions[i].days ?? rule.extensionPolicy?.extensionDays ?? 0;
    const check = checkExtensions(rule, { ...input, extensions: extensions.slice(0, i) }, days);
    if (!check.allowed) throw new DeadlineRuleError('EXTENSION_LIMIT', check.reason);
    dayOf(extensions[i].at, 'Ngày gia hạn / extension date');
    total += days;
  }
  return total;
}

interface SuspendedSpan {
  /** Day of the suspension: still counted. */
  from: DayNumber;
  /** Day of the resumption: not counted (like a start day); Infinity while open. */
  to: DayNumber;
}

/** Suspensions as spans (from, to] of Vietnam days after the start, merged where they overlap. */
function suspendedSpans(input: ComputeDeadlineInput, startDay: DayNumber): SuspendedSpan[] {
  const spans: SuspendedSpan[] = [];
  for (const s of input.suspensions ?? []) {
    const from = Math.max(dayOf(s.from, 'Ngày tạm đình chỉ / suspension date'), startDay);
    const to = s.to === undefined ? Number.POSITIVE_INFINITY : dayOf(s.to, 'Ngày tiếp tục / resumption date');
    if (s.to !== undefined && s.to.getTime() < s.from.getTime()) {
      throw invalid('Ngày tiếp tục giải quyết trước ngày tạm đình chỉ', 'A suspension resumes before it starts');
    }
    if (to > from) spans.push({ from, to });
  }
  spans.sort((a, b) => a.from - b.from);
  const merged: SuspendedSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** Appends the non-working days of [from, to] (in the order walked) to `out`, with their reasons. */
function collectSkipped(calendar: WorkingCalendar, from: DayNumber, to: DayNumber, out: SkippedDay[]): void {
  const step = from <= to ? 1 : -1;
  for (let d = from; d !== to + step; d += step) {
    const reason = calendar.reasonOn(d);
    if (reason) out.push({ date: formatIsoDate(d), kind: reason.kind, reason: reason.name });
  }
}

/**
 * The due date of a step. Counting follows the Civil Code 2015 Art. 147–148: the start day is not counted; a period
 * in calendar days ends on start + N and, when that is not a working day, at the end of the next working day; a period
 * in working days ends on the N-th working day after the start. Suspended days (after the suspension day, up to and
 * including the resumption day) are not counted. Extensions add to the length, within the rule's policy.
 */
export function computeDeadline(input: ComputeDeadlineInput, calendar: WorkingCalendar): ComputedDeadline {
  const rule = ruleFor(input);
  const startDay = dayOf(input.startedAt, 'Ngày bắt đầu / start date');
  const extraDays = extensionDays(rule, input);
  let { length, variant } = lengthFor(rule, input);
  const countedDays = length + extraDays;
  const skippedDays: SkippedDay[] = [];
  const suspensions: DeadlineSuspensionRecord[] = [];
  let movedFrom: DayNumber | undefined;
  let explicitDueDay: DayNumber | undefined;
  let dueDay: DayNumber | null;

  if (input.explicitDueDate !== undefined) {
    if (rule.explicitDueDate !== 'optional') {
      throw invalid(`Quy tắc ${rule.id} không nhận hạn do các bên thỏa thuận`, `Rule ${rule.id} takes no agreed due date`);
    }
    explicitDueDay = dayOf(input.explicitDueDate, 'Hạn cam kết / agreed date');
    dueDay = explicitDueDay;
    variant = 'explicit';
    length = explicitDueDay - startDay;
  } else if (rule.direction === 'backward') {
    if (input.dialogueAt === undefined) throw invalid(`Quy tắc ${rule.id} cần ngày đối thoại`, `Rule ${rule.id} needs the dialogue date`);
    const raw = dayOf(input.dialogueAt, 'Ngày đối thoại / dialogue date') - countedDays;
    dueDay = raw;
    if (!calendar.isWorking(raw)) {
      dueDay = calendar.previousWorking(raw);
      movedFrom = raw;
      collectSkipped(calendar, raw, dueDay + 1, skippedDays);
    }
  } else {
    const spans = rule.suspensionStopsClock ? suspendedSpans(input, startDay) : [];
    const working = rule.unit === 'working';
    let cursor = startDay;
    let remaining = countedDays;
    let open = false;
    for (const span of spans) {
      const available = working ? calendar.countWorking(cursor, span.from) : span.from - cursor;
      if (remaining <= available) {
        suspensions.push({ from: formatIsoDate(span.from), to: Number.isFinite(span.to) ? formatIsoDate(span.to) : null, days: 0 });
        continue;
      }
      remaining -= available;
      if (!Number.isFinite(span.to)) {
        suspensions.push({ from: formatIsoDate(span.from), to: null, days: 0 });
        open = true;
        break;
      }
      suspensions.push({
        from: formatIsoDate(span.from),
        to: formatIsoDate(span.to),
        days: working ? calendar.countWorking(span.from, span.to) : span.to - span.from,
      });
      cursor = span.to;
    }
    if (open) {
      dueDay = null;
    } else if (working) {
      dueDay = calendar.addWorking(cursor, remaining);
      // Non-working days counted over, outside the suspensions (those are listed as suspensions).
      let from = startDay + 1;
      for (const span of spans) {
        if (span.from >= dueDay) break;
        collectSkipped(calendar, from, span.from, skippedDays);
        from = span.to + 1;
      }
      if (from < dueDay) collectSkipped(calendar, from, dueDay - 1, skippedDays);
    } else {
      const raw = cursor + remaining;
      dueDay = raw;
      if (!calendar.isWorking(raw)) {
        dueDay = calendar.nextWorking(raw);
        movedFrom = raw;
        collectSkipped(calendar, raw, dueDay - 1, skippedDays);
      }
    }
  }

  const dueSoonDay = dueDay === null ? null : calendar.addWorking(dueDay, -rule.dueSoonWorkingDays);
  const explanation = explainDeadline({
    rule,
    variant,
    startedAt: input.startedAt,
    startDay,
    length,
    countedDays: explicitDueDay === undefined ? countedDays : length,
    skippedDays,
    movedFrom,
    extensions: (input.extensions ?? []).map((e) => ({
      days: e.days ?? rule.extensionPolicy?.extensionDays ?? 0,
      reason: e.reason,
      at: e.at.toISOString(),
    })),
    suspensions,
    explicitDueDay,
    dueDay,
    dueSoonDay,
  });
  return {
    ruleId: rule.id,
    ruleVersion: rule.version,
    dueDate: dueDay === null ? null : formatIsoDate(dueDay),
    dueAt: dueDay === null ? null : endOfVnDay(dueDay),
    dueSoonAt: dueSoonDay === null ? null : startOfVnDay(dueSoonDay),
    suspendedUntilResume: dueDay === null,
    explanation,
  };
}
