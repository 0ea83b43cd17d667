import type { CasePartyInput, DeadlineStatus } from './cases';
import type { BilingualText, CaseCategory, CaseType, IntakeChannel } from './case-types';

/**
 * Letters (đơn thư) that reach the commune other than at the desk: by post, e-mail, the online form, or forwarded by
 * another body. Each letter is registered once (xử lý đơn, Thông tư 05/2021/TT-TTCP) and split into one case per matter.
 */
export const LETTER_CHANNELS = ['post', 'email', 'online', 'forwarded'] as const satisfies readonly IntakeChannel[];
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

/** The case types a letter's matter may be classified as. */
export const LETTER_MATTER_TYPES = ['complaint', 'denunciation', 'proposal', 'reflection'] as const satisfies readonly CaseType[];
export type LetterMatterType = (typeof LETTER_MATTER_TYPES)[number];

/** At most this many matters in one letter (a mixed letter is split into one case per matter). */
export const MAX_LETTER_MATTERS = 10;
/** At most this many named senders; a petition with more signatories records their number. */
export const MAX_LETTER_SENDERS = 20;

export interface LetterMatterInput {
  type: LetterMatterType;
  category: CaseCategory;
  summary: string;
  content?: string;
  /** The unit that triages and handles this matter (its staff see the case from then on). */
  leadAgencyId?: string;
  /** A complaint: the date (YYYY-MM-DD) the complainant received or learned of the decision (90-day limitation). */
  learnedAt?: string;
}

export interface RegisterLetterRequest {
  channel: LetterChannel;
  /** ISO instant the letter arrived; defaults to now. Never in the future. */
  receivedAt?: string;
  /** Province users choose the commune; commune users register in their own. */
  communeId?: string;
  neighbourhoodId?: string;
  /**
   * The named senders (1–20). When a matter is a denunciation their identity goes to the encrypted vault of that case
   * only and the letter keeps no name (Luật Tố cáo 2018 Art. 47).
   */
  senders: CasePartyInput[];
  /** How many people signed (đơn nhiều người ký); at least the number of named senders. */
  signatoryCount?: number;
  /** Channel 'forwarded': the body that forwarded it, and its reference. */
  forwardedBy?: string;
  documentNo?: string;
  /** What the letter is about, in a line. */
  summary: string;
  /** One matter, or several for a mixed letter: one case each, all created in one transaction. */
  matters: LetterMatterInput[];
}

export interface LetterMatterDto {
  caseId: string;
  code: string;
  type: LetterMatterType;
  category: CaseCategory;
  summary: string;
  state: string;
  stateLabel: BilingualText;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  deadlineRuleId: string | null;
  dueAt: string | null;
  deadlineStatus: DeadlineStatus;
  closedAt: string | null;
}

export interface LetterDto {
  id: string;
  code: string;
  channel: LetterChannel;
  receivedAt: string;
  communeId: string;
  neighbourhoodId: string | null;
  /** Empty when the letter carries a denunciation: the identity is only in the vault. */
  senders: { fullName: string; address: string | null; phone: string | null; idNumber: string | null }[];
  senderCount: number;
  signatoryCount: number;
  /** True when a matter is a denunciation: the senders are sealed. */
  confidential: boolean;
  forwardedBy: string | null;
  documentNo: string | null;
  summary: string;
  registeredAt: string;
  registeredBy: string | null;
  /** Every matter's case, in the letter's order; triage ends when none is still awaiting its outcome. */
  matters: LetterMatterDto[];
  /** True once every matter has left its triage state (accepted, forwarded, guided, returned, archived…). */
  triaged: boolean;
}

export interface LetterListQuery {
  channel?: LetterChannel;
  receivedFrom?: string;
  receivedTo?: string;
  /** Letters with a matter still awaiting its triage outcome. */
  pending?: boolean;
  limit?: number;
}

export interface LetterPage {
  items: LetterDto[];
}
