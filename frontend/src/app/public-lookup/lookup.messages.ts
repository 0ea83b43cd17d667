import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `lookup.`. */
export const LOOKUP_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
