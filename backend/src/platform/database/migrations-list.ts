import { AppSettings1763870000000 } from './migrations/1763870000000-app-settings';
import { Access1763880000000 } from './migrations/1763880000000-access';
import { Cases1763890000000 } from './migrations/1763890000000-cases';
import { Dashboard1763910000000 } from './migrations/1763910000000-dashboard';
import { Reception1763900000000 } from './migrations/1763900000000-reception';
import { CaseAssignee1763930000000 } from './migrations/1763930000000-case-assignee';
import { WeekCountsRowTriggers1763940000000 } from './migrations/1763940000000-week-counts-row-triggers';
import { DialoguesTeams1763920000000 } from './migrations/1763920000000-dialogues-teams';
import { Intake1764400000000 } from './migrations/1764400000000-intake';
import { RateLimits1764600000000 } from './migrations/1764600000000-rate-limits';
import { Handoffs1764800000000 } from './migrations/1764800000000-handoffs';
import { ReceptionLedBy1764810000000 } from './migrations/1764810000000-reception-led-by';
import { Bloc1765000000000 } from './migrations/1765000000000-bloc';
import { CitizensOnline1765230000000 } from './migrations/1765230000000-citizens-online';
import { HistoryPartitions1765300000000 } from './migrations/1765300000000-history-partitions';
import { WeekCountsDeferred1765310000000 } from './migrations/1765310000000-week-counts-deferred';
import { DialogueFilesToStore1765740000000 } from './migrations/1765740000000-dialogue-files-to-store';

/**
 * Every migration, listed explicitly: the backend is bundled, so file globs would find nothing. Migrations are never
 * edited once merged; a new change is a new migration appended here. The entities are not listed here: each context's
 * module registers its own (`TypeOrmModule.forFeature`), and `app.entities.ts` lists them all for the schema check.
 */
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
