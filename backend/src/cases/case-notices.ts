import {
  CASE_NOTICE_KINDS,
  COMPLAINT_REFUSAL_GROUNDS,
  DENUNCIATION_REFUSAL_GROUNDS,
  type CaseFactsDto,
  type CaseNoticeKind,
  type CaseType,
  type ComplaintRefusalGround,
  type DenunciationRefusalGround,
} from '@tiep-dan/contracts';

/**
 * Which statutory notices a case can print now, and the facts each one needs, read from the case machine's context.
 * The context is JSON from a persisted snapshot, typed by the contract (`CaseFactsDto`; machines are versioned, older
 * snapshots lack newer facts): every fact printed is normalised by `text` and a notice is offered only when every fact
 * it prints is there.
 *
 * Context keys read, per notice:
 * - acceptance (complaint, denunciation): `acceptedAt`; complaint also `level` ('first' | 'second').
 * - refusal (complaint or denunciation in `notAccepted`): `refusal: { ground, reason, at }`.
 * - forwarding-slip: complaint in `forwarded`: `forwarding: { toAgencyId?, toBody, at, note? }`;
 *   denunciation in `forwarding` | `forwarded`: `forwardedTo?` (agency id), `forwardedToBody?`, `forwardDecidedAt`
 *   (machine v1: `closedAt`), `forwardSlipNo?`; proposal/reflection in `transferred`: `transferredTo`, `closedAt`.
 * - guidance: complaint in `guided`: `guidedTo`, `closedAt`; reception case in `guided`: `guidedTo`, `directedAt`.
 * Where the date of the decision is missing, `updatedAt` (the last event's time) stands in.
 */

/** Where a letter is forwarded: a body by name, an agency of this system by id (its name is printed), or both. */
export interface NoticeDestination {
  body?: string;
  agencyId?: string;
}

export type NoticeFacts =
  | { kind: 'acceptance'; subject: 'complaint'; at: string; level: 'first' | 'second' }
  | { kind: 'acceptance'; subject: 'denunciation'; at: string }
  | { kind: 'refusal'; subject: 'complaint'; at: string; ground: ComplaintRefusalGround; reason: string }
  | { kind: 'refusal'; subject: 'denunciation'; at: string; ground: DenunciationRefusalGround; reason: string }
  | {
      kind: 'forwarding-slip';
      subject: 'complaint' | 'denunciation' | 'proposal' | 'reflection';
      at: string;
      to: NoticeDestination;
      note?: string;
      slipNo?: string;
    }
  | { kind: 'guidance'; subject: 'complaint' | 'reception'; at: string; guidedTo: string };

type Context = Readonly<Partial<CaseFactsDto>>;

/** A non-blank string, trimmed, or undefined (a stored snapshot is JSON: a fact may be missing or blank). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A nested fact that is a plain object, or undefined. */
function record<T extends object>(value: T | undefined): Partial<T> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

function member<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

/** `state` is the dotted path of the case's `state` column; notices depend on the top-level state only. */
function topState(state: string): string {
  return state.split('.')[0];
}

function destination(body: string | undefined, agencyId: string | undefined): NoticeDestination | undefined {
  if (!body && !agencyId) return undefined;
  return { ...(body ? { body } : {}), ...(agencyId ? { agencyId } : {}) };
}

function acceptance(type: CaseType, context: Context): NoticeFacts | null {
  const at = text(context.acceptedAt);
  if (!at) return null;
  if (type === 'complaint')
    return { kind: 'acceptance', subject: 'complaint', at, level: text(context.level) === 'second' ? 'second' : 'first' };
  if (type === 'denunciation') return { kind: 'acceptance', subject: 'denunciation', at };
  return null;
}

function refusal(type: CaseType, state: string, context: Context): NoticeFacts | null {
  if (topState(state) !== 'notAccepted') return null;
  const refused = record(context.refusal);
  const reason = text(refused?.reason);
  const at = text(refused?.at) ?? text(context.updatedAt);
  if (!reason || !at) return null;
  if (type === 'complaint') {
    const ground = member(COMPLAINT_REFUSAL_GROUNDS, text(refused?.ground));
    return ground ? { kind: 'refusal', subject: 'complaint', at, ground, reason } : null;
  }
  if (type === 'denunciation') {
    const ground = member(DENUNCIATION_REFUSAL_GROUNDS, text(refused?.ground));
    return ground ? { kind: 'refusal', subject: 'denunciation', at, ground, reason } : null;
  }
  return null;
}

function forwarding(type: CaseType, state: string, context: Context): NoticeFacts | null {
  const top = topState(state);
  const updatedAt = text(context.updatedAt);
  if (type === 'complaint' && top === 'forwarded') {
    const forwarded = record(context.forwarding);
    const to = destination(text(forwarded?.toBody), text(forwarded?.toAgencyId));
    const at = text(forwarded?.at) ?? updatedAt;
    const note = text(forwarded?.note);
    return to && at ? { kind: 'forwarding-slip', subject: 'complaint', at, to, ...(note ? { note } : {}) } : null;
  }
  if (type === 'denunciation' && (top === 'forwarding' || top === 'forwarded')) {
    const to = destination(text(context.forwardedToBody), text(context.forwardedTo));
    const at = text(context.forwardDecidedAt) ?? text(context.closedAt) ?? updatedAt;
    const slipNo = text(context.forwardSlipNo);
    return to && at ? { kind: 'forwarding-slip', subject: 'denunciation', at, to, ...(slipNo ? { slipNo } : {}) } : null;
  }
  if ((type === 'proposal' || type === 'reflection') && top === 'transferred') {
    const body = text(context.transferredTo);
    const at = text(context.closedAt) ?? updatedAt;
    return body && at ? { kind: 'forwarding-slip', subject: type, at, to: { body } } : null;
  }
  return null;
}

function guidance(type: CaseType, state: string, context: Context): NoticeFacts | null {
  if (topState(state) !== 'guided') return null;
  const guidedTo = text(context.guidedTo);
  if (!guidedTo) return null;
  const updatedAt = text(context.updatedAt);
  if (type === 'complaint') {
    const at = text(context.closedAt) ?? updatedAt;
    return at ? { kind: 'guidance', subject: 'complaint', at, guidedTo } : null;
  }
  if (type === 'reception') {
    const at = text(context.directedAt) ?? updatedAt;
    return at ? { kind: 'guidance', subject: 'reception', at, guidedTo } : null;
  }
  return null;
}

/** The facts a notice of this kind prints for the case, or null when the case cannot have that notice now. */
export function noticeFacts(kind: CaseNoticeKind, type: CaseType, state: string, context: Context): NoticeFacts | null {
  switch (kind) {
    case 'acceptance':
      return acceptance(type, context);
    case 'refusal':
      return refusal(type, state, context);
    case 'forwarding-slip':
      return forwarding(type, state, context);
    case 'guidance':
      return guidance(type, state, context);
  }
}

/** The statutory notices a case can print now (`CaseDetailDto.notices`), in the order of CASE_NOTICE_KINDS. */
export function availableNotices(type: CaseType, state: string, context: Context): CaseNoticeKind[] {
  return CASE_NOTICE_KINDS.filter((kind) => noticeFacts(kind, type, state, context) !== null);
}

export function isCaseNoticeKind(value: string): value is CaseNoticeKind {
  return (CASE_NOTICE_KINDS as readonly string[]).includes(value);
}
