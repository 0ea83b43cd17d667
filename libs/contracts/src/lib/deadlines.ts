import type { BilingualText, CaseType } from './case-types';
import type { DenunciationComplexity } from './case-events';

/** Every legal or local time limit the deadline engine knows (DOMAIN.md "Legal deadlines"). */
export const DEADLINE_RULE_IDS = [
  'reception.reply',
  'letter.triage',
  'complaint.accept',
  'complaint.resolve.first',
  'complaint.resolve.second',
  'complaint.second-filing',
  'complaint.send-decision.first',
  'complaint.send-decision.second',
  'complaint.dialogue-notice',
  'denunciation.accept',
  'denunciation.forward',
  'denunciation.notify-acceptance',
  'denunciation.resolve',
  'denunciation.handle-conclusion',
  'proposal.resolve',
  'reflection.resolve',
  'commitment.fulfil',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

/** Calendar days count every day; working days skip weekends, public holidays and closures. */
export type DayUnit = 'calendar' | 'working';

/** 'forward': the limit runs after the start; 'backward': a latest date before an event (e.g. a dialogue notice). */
export type DeadlineDirection = 'forward' | 'backward';

/** A civil date in Vietnam, 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface LegalBasis {
  /** e.g. 'Luật Khiếu nại 2011 (02/2011/QH13)'. */
  document: string;
  /** e.g. 'Điều 28'. */
  article: string;
  vi: string;
  en: string;
}

/** How a deadline may be extended after it started (gia hạn). */
export interface ExtensionPolicy {
  /** Extensions allowed per complexity level; a level not listed may not be extended. */
  maxExtensions: Partial<Record<DenunciationComplexity, number>>;
  /** The longest single extension, in the rule's unit. */
  extensionDays: number;
}

export interface DeadlineRuleDto {
  id: DeadlineRuleId;
  version: number;
  /** 'any' for steps every letter goes through (triage). */
  caseType: CaseType | 'any';
  step: BilingualText;
  length: number;
  unit: DayUnit;
  direction: DeadlineDirection;
  /** Length in a remote or especially difficult area. */
  remoteLength?: number;
  /** Longest length for a complex case. */
  complexLength?: number;
  /** Longest length for a complex case in a remote area. */
  remoteComplexLength?: number;
  extensionPolicy?: ExtensionPolicy;
  /** 'none': never; 'optional': an agreed date replaces the default length (a commitment made at a dialogue). */
  explicitDueDate: 'none' | 'optional';
  /** Whether a suspension (tạm đình chỉ) stops the clock; if not, suspensions are ignored. */
  suspensionStopsClock: boolean;
  /** How many working days before the due day the "due soon" warning starts. */
  dueSoonWorkingDays: number;
  /**
   * The limit binds the citizen, not the agency (the window to file a second complaint): shown with its date, but never
   * due soon or overdue against the agency.
   */
  bindsCitizen?: true;
  legalBasis: LegalBasis;
  /** First Vietnam civil date the version applies to (by the date the clock started). */
  effectiveFrom: IsoDate;
  /** Last Vietnam civil date the version applies to; open-ended when absent. */
  effectiveTo?: IsoDate;
}

export type DeadlineVariant = 'standard' | 'remote' | 'complex' | 'remote_complex' | 'explicit';

/** Why a day does not count as a working day. */
export type NonWorkingKind = 'weekend' | 'public_holiday' | 'compensatory' | 'swapped' | 'closure';

export interface SkippedDay {
  date: IsoDate;
  kind: NonWorkingKind;
  reason: BilingualText;
}

export interface DeadlineExtensionRecord {
  days: number;
  reason: string;
  /** ISO instant the extension was granted. */
  at: string;
}

export interface DeadlineSuspensionRecord {
  /** Vietnam civil date of the suspension. */
  from: IsoDate;
  /** Vietnam civil date of the resumption; null while the suspension is open. */
  to: IsoDate | null;
  /** Days (in the rule's unit) the suspension took off the clock; for an open one, so far unknown: 0. */
  days: number;
}

/** "Why this date": everything a leader needs to check a due date by hand. */
export interface DeadlineExplanation {
  ruleId: DeadlineRuleId;
  ruleVersion: number;
  step: BilingualText;
  legalBasis: LegalBasis;
  unit: DayUnit;
  direction: DeadlineDirection;
  variant: DeadlineVariant;
  /** ISO instant the clock started. */
  startedAt: string;
  /** Vietnam civil date the clock started (not counted). */
  startDate: IsoDate;
  /** Length of the rule for the variant, before extensions. */
  length: number;
  /** Days counted (in `unit`): length plus extensions. */
  countedDays: number;
  /** Days passed over without counting: non-working days inside a working-day period, or days rolled over. */
  skippedDays: SkippedDay[];
  /** The date the period would have ended on before moving to the next working day. */
  rolledForwardFrom?: IsoDate;
  /** For a backward period (latest notice date): the date before moving back to the previous working day. */
  rolledBackFrom?: IsoDate;
  extensions: DeadlineExtensionRecord[];
  suspensions: DeadlineSuspensionRecord[];
  /** The agreed date when one replaced the rule's length. */
  explicitDueDate?: IsoDate;
  /** Vietnam civil due date; null while an open suspension stops the clock. */
  dueDate: IsoDate | null;
  /** ISO instant: end of the due day in Vietnam time; null while suspended. */
  dueAt: string | null;
  /** ISO instant: start of the day the "due soon" warning begins; null while suspended. */
  dueSoonAt: string | null;
  summary: BilingualText;
}
