import type { Role } from '@tiep-dan/contracts';

/** The signed-in person behind a request, as the token says and the session confirms. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  agencyId: string;
  /** The commune of the user's agency (null for province-level agencies). */
  communeId: string | null;
  provinceId: string;
  neighbourhoodId: string | null;
  sessionId: string;
}

/**
 * What part of the case data an actor may see (DOMAIN.md; issue "Agencies, people and access"). Enforced in one place:
 * every case query and action goes through this.
 * - agency: cases where one of these agencies is lead or coordinating (handlers and agency heads)
 * - commune: cases of these communes (commune leaders, inspectors and reception officers of a commune)
 * - province: every case of the province (province leaders and inspectors)
 * - none: no case data at all (administrators manage people and organisation, not cases)
 */
export type CaseScope =
  | { kind: 'agency'; agencyIds: string[] }
  | { kind: 'commune'; communeIds: string[] }
  | { kind: 'province'; provinceId: string }
  | { kind: 'none' };

/** Scope of a role held at an agency. Province-level agencies widen leaders and inspectors to the province. */
export function caseScopeOf(actor: Pick<Actor, 'role' | 'agencyId' | 'communeId' | 'provinceId'>): CaseScope {
  switch (actor.role) {
    case 'agency_handler':
    case 'agency_head':
      return { kind: 'agency', agencyIds: [actor.agencyId] };
    case 'leader':
    case 'inspector':
    case 'reception_officer':
    case 'mobilization_lead':
      return actor.communeId ? { kind: 'commune', communeIds: [actor.communeId] } : { kind: 'province', provinceId: actor.provinceId };
    case 'admin':
      return { kind: 'none' };
  }
}

/** Inspectors see their area read-only. */
export function isReadOnly(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'inspector';
}
