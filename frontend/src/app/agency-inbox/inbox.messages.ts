import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `inbox.`. */
export const INBOX_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
