/** The kinds of case Tiếp Dân tracks (DOMAIN.md "Cases and their lifecycles"). */
export const CASE_TYPES = ['reception', 'complaint', 'denunciation', 'proposal', 'reflection', 'commitment'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** Roles a user can hold. `system` is the scheduler and other automatic actors, never a person. */
export const ROLES = ['admin', 'reception_officer', 'leader', 'agency_handler', 'agency_head', 'inspector', 'mobilization_lead'] as const;
export type Role = (typeof ROLES)[number];
export type ActorRole = Role | 'system';

/** Intake channels (DOMAIN.md). */
export const INTAKE_CHANNELS = [
  'reception',
  'post',
  'email',
  'online',
  /** Forwarded by another body (chuyển đơn đến). */
  'forwarded',
  'hotline',
  'mobilization_team',
  'dialogue',
  'voter_contact',
] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/** Case categories used on the desk and in reports. */
export const CASE_CATEGORIES = ['land', 'site_clearance', 'resettlement', 'construction', 'social_policy', 'environment', 'other'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** A text in both languages of the UI. */
export interface BilingualText {
  vi: string;
  en: string;
}
