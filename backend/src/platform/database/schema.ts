import { CaseAttachmentEntity } from '../../cases/case-attachment.entity';
import { CaseCodeCounterEntity } from '../../cases/case-code-counter.entity';
import { CaseEventEntity } from '../../cases/case-event.entity';
import {
  CasePartyEntity,
  ConfidentialIdentityEntity,
} from '../../cases/case-party.entity';
import { CaseEntity } from '../../cases/case.entity';
import { IdempotencyEntity } from '../../cases/idempotency.entity';
import { NotificationEntity } from '../../notifications/notification.entity';
import { OutboxEntity } from '../../notifications/outbox.entity';
import { RefreshTokenEntity, SessionEntity } from '../../access/session.entity';
import { UserEntity } from '../../access/user.entity';
import { AgencyEntity } from '../../organisation/agency.entity';
import { NeighbourhoodEntity } from '../../organisation/neighbourhood.entity';
import { SecurityAuditEntity } from '../audit/security-audit.entity';
import { AppSettingEntity } from './app-setting.entity';
import { AppSettings1763870000000 } from './migrations/1763870000000-app-settings';
import { Access1763880000000 } from './migrations/1763880000000-access';
import { Cases1763890000000 } from './migrations/1763890000000-cases';

/**
 * Every entity and every migration, listed explicitly: the backend is bundled, so file globs would find nothing.
 * Migrations are never edited once merged; a new change is a new migration appended here.
 */
export const ENTITIES = [
  AppSettingEntity,
  AgencyEntity,
  NeighbourhoodEntity,
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  SecurityAuditEntity,
  CaseEntity,
  CaseEventEntity,
  CasePartyEntity,
  ConfidentialIdentityEntity,
  CaseAttachmentEntity,
  CaseCodeCounterEntity,
  IdempotencyEntity,
  OutboxEntity,
  NotificationEntity,
];
export const MIGRATIONS = [
  AppSettings1763870000000,
  Access1763880000000,
  Cases1763890000000,
];
