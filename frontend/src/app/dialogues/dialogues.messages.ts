import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `dialogues.`. */
export const DIALOGUES_MESSAGES = {} as const satisfies Record<
  string,
  BilingualText
>;
