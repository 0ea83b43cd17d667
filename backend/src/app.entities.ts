import { ACCESS_ENTITIES } from './access/access.entities';
import { CASES_ENTITIES } from './cases/cases.entities';
import { CITIZEN_ENTITIES } from './citizens/citizen.entities';
import { DASHBOARD_ENTITIES } from './dashboard/hot-spot.entity';
import { DIALOGUE_ENTITIES } from './dialogues/dialogue.entity';
import { LETTERS_ENTITIES } from './letters/letter.entity';
import { BLOC_ENTITIES } from './mobilization/bloc/bloc.entity';
import { OVERSIGHT_ENTITIES } from './mobilization/bloc/oversight.entity';
import { MOBILIZATION_ENTITIES } from './mobilization/team.entity';
import { NOTIFICATIONS_ENTITIES } from './notifications/notifications.entities';
import { OPEN311_ENTITIES } from './open311/open311-client.entity';
import { ORGANISATION_ENTITIES } from './organisation/organisation.entities';
import { PLATFORM_ENTITIES } from './platform/database/platform.entities';
import { RECEPTION_ENTITIES } from './reception/reception.entities';

/**
 * Every context's tables, for code that runs without Nest: the schema check (`npm run db:check`, which compares them
 * with the migrations) and the demo seed from the command line. In the app each context's module registers its own
 * list (`TypeOrmModule.forFeature`) and the platform loads what the modules registered (`autoLoadEntities`), so the
 * platform names no context's entity. This file sits beside `app.module.ts`, the other place that knows every context.
 */
export const APP_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...ORGANISATION_ENTITIES,
  ...ACCESS_ENTITIES,
  ...CASES_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...RECEPTION_ENTITIES,
  ...DIALOGUE_ENTITIES,
  ...MOBILIZATION_ENTITIES,
  ...BLOC_ENTITIES,
  ...OVERSIGHT_ENTITIES,
  ...DASHBOARD_ENTITIES,
  ...LETTERS_ENTITIES,
  ...CITIZEN_ENTITIES,
  ...OPEN311_ENTITIES,
];
