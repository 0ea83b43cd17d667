import type { BilingualText, CaseCategory } from './case-types';

/**
 * Citizens online: the public petition form (`/gui-don`), the notices that reach citizens outside the app (e-mail, SMS,
 * Zalo), the citizen's rating of an answered case, and the client apps of the Open311 GeoReport v2 API.
 */

/** What a citizen may send through the public form. A denunciation needs the sender's identity (kept in the vault). */
export const ONLINE_PETITION_TYPES = ['reflection', 'proposal', 'complaint', 'denunciation'] as const;
export type OnlinePetitionType = (typeof ONLINE_PETITION_TYPES)[number];

/** Channels a notice can travel by: e-mail over SMTP, SMS and Zalo through the configured HTTP provider. */
export const NOTICE_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** What a notice tells the citizen. */
export const CITIZEN_NOTICE_KINDS = [
  /** The petition was received (the online form and Open311 only). */
  'received',
  'accepted',
  /** Not accepted (refused with its ground). */
  'refused',
  /** Sent on to the competent body. */
  'forwarded',
  /** Guided to file with the competent body. */
  'guided',
  'extended',
  'suspended',
  'resumed',
  /** The decision, the conclusion or the answer. */
  'answered',
] as const;
export type CitizenNoticeKind = (typeof CITIZEN_NOTICE_KINDS)[number];

/** A notice's delivery: pending, being sent, sent, failed (to be retried with backoff), dead (gave up). */
export const NOTICE_DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead'] as const;
export type NoticeDeliveryStatus = (typeof NOTICE_DELIVERY_STATUSES)[number];

/** Limits of the public form (Vietnamese law sets none; these keep the public door cheap to defend). */
export const ONLINE_PETITION_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  /** Photos and scans only: the public door takes no office documents or executables. */
  contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  summaryMaxLength: 300,
  detailsMaxLength: 4000,
  addressMaxLength: 500,
} as const;

/** The public form as sent (multipart/form-data: these text fields, and up to 5 files in `files`). */
export interface OnlinePetitionRequest {
  type: OnlinePetitionType;
  category: CaseCategory;
  communeId: string;
  neighbourhoodId?: string;
  summary: string;
  details?: string;
  /** Where the problem is (a street, a house number, a landmark). */
  placeAddress?: string;
  latitude?: number;
  longitude?: number;
  /** Required for a complaint or a denunciation (Luật Khiếu nại Art. 8, Luật Tố cáo Art. 23). */
  fullName?: string;
  idNumber?: string;
  /** The sender's own address (required for a complaint or a denunciation). */
  senderAddress?: string;
  /** At least one of phone and email. */
  phone?: string;
  email?: string;
  /** How the citizen wants to be told of progress; defaults to every channel they gave an address for. */
  notify?: NoticeChannel[];
  /** The proof of work: the challenge issued by `POST /api/public/petitions/challenges` and its solution. */
  challenge: string;
  solution: string;
  /** Honeypot: a field people never see; anything in it means a robot filled the form. */
  website?: string;
}

export interface PetitionChallengeDto {
  challenge: string;
  /** Leading zero bits SHA-256(challenge + ':' + solution) must have. */
  bits: number;
  expiresAt: string;
}

export interface OnlinePetitionResponse {
  caseCode: string;
  letterCode: string;
  /** Where the citizen follows the case in this app: `/lookup?code=…`; null for a denunciation (never looked up, to protect the denouncer). */
  lookupPath: string | null;
  /** Without a phone: the 4 digits that stand in for the phone's last 4 at the lookup. */
  lookupPin: string | null;
  /** The channels notices will use. */
  notify: NoticeChannel[];
}

export interface PublicPetitionOptionsDto {
  communes: {
    id: string;
    code: string;
    name: string;
    neighbourhoods: { id: string; name: string }[];
  }[];
  /** The channels this installation can deliver (e-mail needs SMTP, SMS and Zalo their provider). */
  channels: NoticeChannel[];
  powBits: number;
}

/** One notice's delivery, shown on the case page (never the address of a sealed case). */
export interface CitizenNoticeDto {
  id: string;
  kind: CitizenNoticeKind;
  channel: NoticeChannel;
  /** A masked address ("***4433", "a***@example.vn"); null for a denunciation. */
  recipient: string | null;
  status: NoticeDeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** The citizen rates an answered case once, with the code and the last 4 digits of the phone (or the lookup PIN). */
export interface RateCaseRequest {
  code: string;
  phoneLast4: string;
  stars: number;
  comment?: string;
}

export interface CaseRatingDto {
  stars: number;
  comment: string | null;
  ratedAt: string;
}

/** Leaders' overview: the citizens' average rating of the answers of each agency in their area. */
export interface AgencyRatingDto {
  agencyId: string;
  agencyName: string;
  count: number;
  average: number;
}

/** A client app of the Open311 GeoReport v2 API (a city app, a chatbot…), issued an api_key by an administrator. */
export interface Open311ClientDto {
  id: string;
  name: string;
  /** The first characters of the key, to recognise it; the key itself is shown once, at creation. */
  keyPrefix: string;
  active: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreateOpen311ClientRequest {
  name: string;
}

export interface CreatedOpen311ClientDto extends Open311ClientDto {
  /** Shown once: only a hash is stored. */
  apiKey: string;
}

/** Labels of the notice kinds, for the case page and the messages. */
export const CITIZEN_NOTICE_LABELS: Record<CitizenNoticeKind, BilingualText> = {
  received: { vi: 'Đã nhận đơn', en: 'Petition received' },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted' },
  refused: { vi: 'Không thụ lý', en: 'Not accepted' },
  forwarded: { vi: 'Đã chuyển đơn', en: 'Forwarded' },
  guided: { vi: 'Hướng dẫn gửi đơn', en: 'Guided to the competent body' },
  extended: { vi: 'Gia hạn giải quyết', en: 'Time extended' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  resumed: { vi: 'Tiếp tục giải quyết', en: 'Resumed' },
  answered: { vi: 'Đã có kết quả giải quyết', en: 'Answered' },
};
