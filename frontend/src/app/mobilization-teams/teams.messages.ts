import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `teams.`. */
export const TEAMS_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
