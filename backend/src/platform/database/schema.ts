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
import { RateLimitEntity } from '../throttle/rate-limit.entity';
import { AppSettings1763870000000 } from './migrations/1763870000000-app-settings';
import { Access1763880000000 } from './migrations/1763880000000-access';
import { Cases1763890000000 } from './migrations/1763890000000-cases';
import { Dashboard1763910000000 } from './migrations/1763910000000-dashboard';
import {
  CaseWeekCountEntity,
  DashboardJobRunEntity,
  HotSpotEntity,
} from '../../dashboard/hot-spot.entity';
import { Reception1763900000000 } from './migrations/1763900000000-reception';
import { RECEPTION_ENTITIES } from '../../reception/reception.entities';
import { CaseAssignee1763930000000 } from './migrations/1763930000000-case-assignee';
import { WeekCountsRowTriggers1763940000000 } from './migrations/1763940000000-week-counts-row-triggers';
import { DIALOGUE_ENTITIES } from '../../dialogues/dialogue.entity';
import { MOBILIZATION_ENTITIES } from '../../mobilization/team.entity';
import { BLOC_ENTITIES } from '../../mobilization/bloc/bloc.entity';
import { OVERSIGHT_ENTITIES } from '../../mobilization/bloc/oversight.entity';
import { DialoguesTeams1763920000000 } from './migrations/1763920000000-dialogues-teams';
import { Intake1764400000000 } from './migrations/1764400000000-intake';
import { LetterEntity } from '../../letters/letter.entity';
import { RateLimits1764600000000 } from './migrations/1764600000000-rate-limits';
import { Handoffs1764800000000 } from './migrations/1764800000000-handoffs';
import { ReceptionLedBy1764810000000 } from './migrations/1764810000000-reception-led-by';
import { Bloc1765000000000 } from './migrations/1765000000000-bloc';
import { CitizensOnline1765230000000 } from './migrations/1765230000000-citizens-online';
import { HistoryPartitions1765300000000 } from './migrations/1765300000000-history-partitions';
import { WeekCountsDeferred1765310000000 } from './migrations/1765310000000-week-counts-deferred';
import { DialogueFilesToStore1765740000000 } from './migrations/1765740000000-dialogue-files-to-store';
import { CITIZEN_ENTITIES } from '../../citizens/citizen.entities';
import { Open311ClientEntity } from '../../open311/open311-client.entity';

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
  ...RECEPTION_ENTITIES,
  ...DIALOGUE_ENTITIES,
  ...MOBILIZATION_ENTITIES,
  ...BLOC_ENTITIES,
  ...OVERSIGHT_ENTITIES,
  HotSpotEntity,
  DashboardJobRunEntity,
  CaseWeekCountEntity,
  LetterEntity,
  RateLimitEntity,
  ...CITIZEN_ENTITIES,
  Open311ClientEntity,
];
export const MIGRATIONS = [
  AppSettings1763870000000,
  Access1763880000000,
  Cases1763890000000,
  Reception1763900000000,
  Dashboard1763910000000,
  DialoguesTeams1763920000000,
  CaseAssignee1763930000000,
  WeekCountsRowTriggers1763940000000,
  Intake1764400000000,
  RateLimits1764600000000,
  Handoffs1764800000000,
  ReceptionLedBy1764810000000,
  Bloc1765000000000,
  CitizensOnline1765230000000,
  HistoryPartitions1765300000000,
  WeekCountsDeferred1765310000000,
  DialogueFilesToStore1765740000000,
];
