import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `reception.`. */
export const RECEPTION_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
