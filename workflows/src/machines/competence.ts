import type { AgencyKind, BilingualText, CaseType } from '@tiep-dan/contracts';

/**
 * Who holds the deciding seat of a case, as a place in the agency tree (never a person's name or a hard-coded role):
 * - commune_leader: the chairman of the People's Committee of the case's commune (a leader at the commune agency)
 * - province_leader: the chairman of the province People's Committee (a leader at the province agency)
 * - lead_agency_head: the head of the agency leading the case (a department of the province)
 */
export type DeciderSeat = 'commune_leader' | 'province_leader' | 'lead_agency_head';

export interface Competence {
  seat: DeciderSeat;
  title: BilingualText;
  basis: { document: string; article: string };
}

export interface CompetenceFacts {
  type: CaseType;
  level?: 'first' | 'second';
  /** The kind of the lead agency (null while the case awaits triage with no agency). */
  leadAgencyKind: AgencyKind | null;
}

const KN_2011 = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const TC_2018 = 'Luật Tố cáo 2018 (25/2018/QH14)';

const COMMUNE_CHAIRMAN: BilingualText = { vi: 'Chủ tịch UBND cấp xã', en: 'Chairman of the commune People’s Committee' };
const PROVINCE_CHAIRMAN: BilingualText = { vi: 'Chủ tịch UBND cấp tỉnh', en: 'Chairman of the province People’s Committee' };
const DEPARTMENT_HEAD: BilingualText = { vi: 'Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh', en: 'Head of the province department' };

interface CompetenceRow extends Competence {
  type: CaseType;
  level?: 'first' | 'second';
  leadAgencyKinds: readonly (AgencyKind | null)[];
}

/**
 * The competence table. Since 1 July 2025 local government has two levels (no district): the commune's units are no
 * separate bodies, so a matter of the commune (its units, the commune itself, or not yet routed) is the commune
 * chairman's; a province department decides on its own decisions and staff; the province chairman decides on the
 * province's own and on every second complaint.
 */
export const COMPETENCE: readonly CompetenceRow[] = [
  {
    type: 'complaint',
    level: 'first',
    leadAgencyKinds: ['unit', 'commune', null],
    seat: 'commune_leader',
    title: COMMUNE_CHAIRMAN,
    basis: { document: KN_2011, article: 'Điều 17, 18' },
  },
  {
    type: 'complaint',
    level: 'first',
    leadAgencyKinds: ['department'],
    seat: 'lead_agency_head',
    title: DEPARTMENT_HEAD,
    basis: { document: KN_2011, article: 'Điều 20' },
  },
  {
    type: 'complaint',
    level: 'first',
    leadAgencyKinds: ['province'],
    seat: 'province_leader',
    title: PROVINCE_CHAIRMAN,
    basis: { document: KN_2011, article: 'Điều 21 khoản 1' },
  },
  {
    type: 'complaint',
    level: 'second',
    leadAgencyKinds: ['unit', 'commune', 'department', 'province', null],
    seat: 'province_leader',
    title: PROVINCE_CHAIRMAN,
    basis: { document: KN_2011, article: 'Điều 21 khoản 2' },
  },
  {
    type: 'denunciation',
    leadAgencyKinds: ['unit', 'commune', null],
    seat: 'commune_leader',
    title: COMMUNE_CHAIRMAN,
    basis: { document: TC_2018, article: 'Điều 13' },
  },
  {
    type: 'denunciation',
    leadAgencyKinds: ['department'],
    seat: 'lead_agency_head',
    title: DEPARTMENT_HEAD,
    basis: { document: TC_2018, article: 'Điều 13' },
  },
  {
    type: 'denunciation',
    leadAgencyKinds: ['province'],
    seat: 'province_leader',
    title: PROVINCE_CHAIRMAN,
    basis: { document: TC_2018, article: 'Điều 13' },
  },
];

/** The deciding seat of a case, or null for the case types that have none (proposals, reflections, receptions…). */
export function competenceOf(facts: CompetenceFacts): Competence | null {
  const row = COMPETENCE.find(
    (r) =>
      r.type === facts.type &&
      (r.level === undefined || r.level === (facts.level ?? 'first')) &&
      r.leadAgencyKinds.includes(facts.leadAgencyKind),
  );
  return row ? { seat: row.seat, title: row.title, basis: row.basis } : null;
}

/** The agency whose leader or head holds the seat, given the case's places in the tree. */
export function seatAgencyOf(seat: DeciderSeat, c: { communeId: string; provinceId: string; leadAgencyId: string | null }): string | null {
  switch (seat) {
    case 'commune_leader':
      return c.communeId;
    case 'province_leader':
      return c.provinceId;
    case 'lead_agency_head':
      return c.leadAgencyId;
  }
}

/** The role a person must hold at the seat's agency. */
export function seatRole(seat: DeciderSeat): 'leader' | 'agency_head' {
  return seat === 'lead_agency_head' ? 'agency_head' : 'leader';
}
