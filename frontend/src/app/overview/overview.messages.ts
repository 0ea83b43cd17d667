import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `overview.`. */
export const OVERVIEW_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
