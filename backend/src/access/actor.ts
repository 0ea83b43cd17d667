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

/** Who reaches which cases is the policy's (policy.ts, `scopeOf(actor, 'case')`). */
export type { CaseScope } from './policy';
