import type { BilingualText } from '@tiep-dan/contracts';

export type DeadlineRuleErrorCode =
  /** An extension the rule's policy does not allow (too many, too long, or the case is not complex enough). */
  | 'EXTENSION_LIMIT'
  | 'UNKNOWN_RULE'
  /** No version of the rule was in force on the day the clock started. */
  | 'RULE_NOT_IN_FORCE'
  /** Input the rule cannot use: a missing dialogue date, an agreed date on a statutory rule, a bad number. */
  | 'INVALID_INPUT';

/** A refusal of the deadline engine, with a stable code and a message in both languages. */
export class DeadlineRuleError extends Error {
  override readonly name = 'DeadlineRuleError';

  constructor(
    readonly code: DeadlineRuleErrorCode,
    readonly messages: BilingualText,
  ) {
    super(messages.en);
  }
}
