import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `case.`. */
export const CASE_DETAIL_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
