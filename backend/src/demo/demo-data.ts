import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../access/passwords';
import { insertUsers } from '../access/users.repository';
import { newAgency } from '../organisation/agency-tree';
import type { AgencyEntity } from '../organisation/agency.entity';
import { hasAgencies } from '../organisation/organisation-read-model';
import { insertAgency, insertNeighbourhood } from '../organisation/organisation.repository';
import { readAppSetting, writeAppSetting } from '../platform/database/app-settings';
import { DEMO_AGENCIES, DEMO_NEIGHBOURHOODS, DEMO_PASSWORD, DEMO_USERS } from './demo-organisation';
import { seedDemoTeams } from '../mobilization/demo-teams';
import { seedDemoDialogues } from '../dialogues/demo-dialogues';
import { seedDemoBloc } from '../mobilization/bloc/demo-bloc';

/** Looks up a demo fixture by its key; a typo in the fixture tables fails loudly. */
function must<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown "${key}"`);
  return value;
}

const DEMO_LOCK_ID = 7_364_202;
export const DEMO_MARKER = 'demo_data_loaded_at';

export interface SeedResult {
  loaded: boolean;
  reason: string;
}

/**
 * Loads the demo organisation and accounts into an EMPTY database (no agencies yet), once. Instances starting together
 * are serialised by an advisory lock; a database that already has data is never touched.
 */
export async function seedDemoData(db: DataSource, now: Date): Promise<SeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_ID]);
    if ((await readAppSetting(tx, DEMO_MARKER)) !== undefined) return { loaded: false, reason: 'already loaded' };
    if (await hasAgencies(tx)) return { loaded: false, reason: 'the database already has agencies' };
    const agencies = await insertAgencies(tx);
    const neighbourhoods = new Map<string, string>();
    for (const n of DEMO_NEIGHBOURHOODS) {
      const saved = await insertNeighbourhood(tx, { communeId: must(agencies, n.commune).id, kind: n.kind, name: n.name });
      neighbourhoods.set(n.name, saved.id);
    }
    await insertUsers(
      tx,
      DEMO_USERS.map((u) => ({
        username: u.username,
        fullName: u.fullName,
        passwordHash,
        role: u.role,
        agencyId: must(agencies, u.agency).id,
        neighbourhoodId: u.neighbourhood ? must(neighbourhoods, u.neighbourhood) : null,
      })),
    );
    await seedDemoTeams(tx, now);
    await seedDemoDialogues(tx, now);
    await seedDemoBloc(tx, now);
    await writeAppSetting(tx, DEMO_MARKER, now.toISOString());
    return { loaded: true, reason: 'empty database' };
  });
}

async function insertAgencies(tx: EntityManager): Promise<Map<string, AgencyEntity>> {
  const byCode = new Map<string, AgencyEntity>();
  for (const a of DEMO_AGENCIES) {
    byCode.set(a.code, await insertAgency(tx, newAgency(a, a.parent ? must(byCode, a.parent) : null)));
  }
  return byCode;
}
