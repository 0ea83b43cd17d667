import { CaseAttachmentEntity } from './case-attachment.entity';
import { CaseCodeCounterEntity } from './case-code-counter.entity';
import { CaseEventEntity } from './case-event.entity';
import { CasePartyEntity, ConfidentialIdentityEntity } from './case-party.entity';
import { CaseEntity } from './case.entity';
import { IdempotencyEntity } from './idempotency.entity';

/** The tables the cases context owns (registered by `CasesModule`). */
export const CASES_ENTITIES = [
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  ConfidentialIdentityEntity,
  CaseAttachmentEntity,
  CaseCodeCounterEntity,
  IdempotencyEntity,
];
