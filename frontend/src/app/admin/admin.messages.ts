import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `admin.`. */
export const ADMIN_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
