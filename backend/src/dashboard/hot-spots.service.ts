import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_HOT_SPOT_SETTINGS, type HotSpotDto, type HotSpotSettings } from '@tiep-dan/contracts';
import { CITIZEN_RULE_IDS } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { activeUserIdsIn, activeUsersWithRole } from '../access/user-read-model';
import { caseCode, caseProvinceId, hotSpotCandidates, openDeadlineCounts } from '../cases/case-read-model';
import { may, scopeOf } from '../access/policy';
import { IntakeService } from '../cases/intake.service';
import { NotificationsService } from '../notifications/notifications.service';
import {
  activeProvinceIds,
  agencyFacts,
  agencyNames,
  neighbourhoodNames,
  overseeingAgencyIds,
} from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { readAppSetting, writeAppSetting } from '../platform/database/app-settings';
import { JobRunner } from '../platform/jobs/job-runner';
import type { Queryable } from '../platform/database/read-database';
import { vnDay, vnMonday, type DashboardArea } from './dashboard-area';
import { activeHotSpots, hotSpotTitle } from './dashboard.read-model';
import { DashboardErrors } from './dashboard.errors';
import {
  claimJobSlot,
  clearHotSpotsExcept,
  deleteHotSpotRunsBefore,
  finishJobRun,
  upsertHotSpot,
  type DetectedHotSpot,
} from './hot-spots.repository';

const SETTINGS_KEY = 'dashboard.hot_spot_settings';
const TICK_MS = 60_000;
/** Hot spots are looked for at most once per slot of this many minutes, by whichever instance claims the slot first. */
const HOT_SPOT_SLOT_MINUTES = 5;

export { hotSpotTitle };

/**
 * Hot spots (điểm nóng) and the weekly digest. Rules: many cases of one neighbourhood and category in a short window,
 * any group visit, a repeated complaint after a decision. Detection is idempotent (one active flag per subject, a unique
 * partial index) and each flag notifies each leader once (the notification's dedupe key). A new case is checked at
 * once, in the transaction that records it (a group visit at the desk is on the leader's overview as soon as it is
 * saved); the scheduled tick, claiming its slot with a row in `dashboard_job_runs` so several instances do the work
 * once, sweeps everything with the same rules and clears the flags that cooled.
 */
@Injectable()
export class HotSpotsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobRunner,
    private readonly intake: IntakeService,
  ) {}

  onModuleInit(): void {
    this.intake.onOpened(async (tx, caseId) => {
      await this.detectForCase(tx, caseId);
    });
    this.jobs.register({
      name: 'hot-spots',
      everyMs: TICK_MS,
      failure: 'Hot-spot job failed; it rolled back and runs again next slot',
      run: () => this.runHotSpotJob(),
    });
    this.jobs.register({
      name: 'weekly-digest',
      everyMs: TICK_MS,
      failure: 'Weekly digest failed; it rolled back and runs again next tick',
      run: () => this.runDigestJob(),
    });
  }

  // ---- settings ------------------------------------------------------------------------------------------------------

  /** Inside a transaction pass its manager (waiting on another pool connection there deadlocks the embedded database). */
  async settings(db: DataSource | EntityManager = this.db): Promise<HotSpotSettings> {
    const value = await readAppSetting<Partial<HotSpotSettings>>(db, SETTINGS_KEY);
    return { ...DEFAULT_HOT_SPOT_SETTINGS, ...(value ?? {}) };
  }

  async updateSettings(actor: Actor, body: HotSpotSettings): Promise<HotSpotSettings> {
    if (!may(actor, 'settings.update')) throw DashboardErrors.settingsForbidden();
    const value: HotSpotSettings = {
      windowDays: body.windowDays,
      clusterMinCases: body.clusterMinCases,
      groupMinPeople: body.groupMinPeople,
    };
    await writeAppSetting(this.db, SETTINGS_KEY, value, this.clock.now());
    return value;
  }

  // ---- reading ---------------------------------------------------------------------------------------------------------

  /** The overview passes its ReadDatabase: read from a replica when there is one. */
  async active(area: DashboardArea, db: Queryable = this.db): Promise<HotSpotDto[]> {
    return activeHotSpots(db, area.scope);
  }

  // ---- detection -------------------------------------------------------------------------------------------------------

  /** The scheduled run: claims this slot, then detects. Returns false when another instance had the slot. */
  async runHotSpotJob(): Promise<boolean> {
    const now = this.clock.now();
    const slotStart = Math.floor(now.getTime() / (HOT_SPOT_SLOT_MINUTES * 60_000)) * HOT_SPOT_SLOT_MINUTES * 60_000;
    return this.db.transaction(async (tx) => {
      if (!(await claimJobSlot(tx, 'hot-spots', new Date(slotStart).toISOString(), now))) return false;
      // Old claims only prove that a slot ran: keep a month of them.
      await deleteHotSpotRunsBefore(tx, new Date(now.getTime() - 30 * 86_400_000));
      await this.detectIn(tx);
      await finishJobRun(tx, 'hot-spots', new Date(slotStart).toISOString(), now);
      return true;
    });
  }

  /** Raises new flags (notifying the leaders of the area once), refreshes the held ones and clears the cooled ones. */
  async detect(): Promise<{ raised: number; cleared: number }> {
    return this.db.transaction((tx) => this.detectIn(tx));
  }

  /**
   * The rules for one new case only, inside the transaction that records it: the cluster of its neighbourhood and
   * category, its group, its repeat. Raises (and notifies) what it completes; clearing is the sweep's.
   */
  async detectForCase(tx: EntityManager, caseId: string): Promise<number> {
    const provinceId = await caseProvinceId(tx, caseId);
    if (provinceId === null) return 0;
    const { raised } = await this.raiseIn(tx, provinceId, await this.settings(tx), caseId);
    return raised;
  }

  private async detectIn(tx: EntityManager): Promise<{ raised: number; cleared: number }> {
    const now = this.clock.now();
    const s = await this.settings(tx);
    const provinces = (await activeProvinceIds(tx)).map((id) => ({ id }));
    let raised = 0;
    let cleared = 0;
    for (const { id: provinceId } of provinces) {
      const found = await this.raiseIn(tx, provinceId, s, null);
      raised += found.raised;
      cleared += await clearHotSpotsExcept(tx, provinceId, found.subjects, now);
    }
    return { raised, cleared };
  }

  /**
   * The one implementation of the rules (DOMAIN.md "điểm nóng"): every subject of the province that holds now, or
   * with `caseId` only the subjects that case belongs to. Inserts new flags (notifying the leaders) and refreshes held ones.
   */
  private async raiseIn(
    tx: EntityManager,
    provinceId: string,
    s: HotSpotSettings,
    caseId: string | null,
  ): Promise<{ raised: number; subjects: string[] }> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - s.windowDays * 86_400_000);
    const detected: DetectedHotSpot[] = await hotSpotCandidates(tx, {
      provinceId,
      since,
      now,
      clusterMinCases: s.clusterMinCases,
      groupMinPeople: s.groupMinPeople,
      caseId,
    });
    let raised = 0;
    for (const d of detected) {
      const flag = await upsertHotSpot(tx, d, now);
      if (!flag?.inserted) continue;
      raised++;
      await this.notifyLeaders(tx, flag.id, d);
    }
    return { raised, subjects: detected.map((d) => d.subject) };
  }

  private async notifyLeaders(tx: EntityManager, flagId: string, d: DetectedHotSpot): Promise<void> {
    // The commune's and neighbourhood's names; none when the commune is unknown.
    const [communes, neighbourhoods] = await Promise.all([
      agencyNames(tx, [d.commune_id]),
      d.neighbourhood_id ? neighbourhoodNames(tx, [d.neighbourhood_id]) : new Map<string, string>(),
    ]);
    const communeName = communes.get(d.commune_id);
    const names =
      communeName === undefined
        ? undefined
        : { commune_name: communeName, neighbourhood_name: (d.neighbourhood_id && neighbourhoods.get(d.neighbourhood_id)) || null };
    const title = hotSpotTitle({
      kind: d.kind,
      case_count: d.case_ids.length,
      category: d.category,
      ...(names ?? { commune_name: '', neighbourhood_name: null }),
    });
    const firstCaseCode = await caseCode(tx, d.case_ids[d.case_ids.length - 1]);
    await this.notifications.notifyUsers(tx, await leadersOf(tx, d.commune_id, d.province_id), {
      kind: 'hot_spot',
      caseId: d.case_ids[d.case_ids.length - 1] ?? null,
      caseCode: firstCaseCode,
      title,
      body: {
        vi: `${d.case_ids.length} hồ sơ liên quan. Mở Tổng quan để xem danh sách.`,
        en: `${d.case_ids.length} related case(s). Open the overview to see them.`,
      },
      dedupeKey: `hot_spot:${flagId}`,
    });
  }

  // ---- weekly digest ---------------------------------------------------------------------------------------------------

  /** Once per Vietnam week: each leader gets the overdue and due-soon numbers of their area. Returns notifications sent. */
  async runDigestJob(): Promise<number> {
    const now = this.clock.now();
    const week = vnMonday(now);
    return this.db.transaction(async (tx) => {
      if (!(await claimJobSlot(tx, 'weekly-digest', week, now))) return 0;
      // The active leaders, by id, with the places of their agency.
      const seats = await activeUsersWithRole(tx, 'leader');
      const places = new Map(
        (
          await agencyFacts(
            tx,
            seats.flatMap((u) => (u.agencyId ? [u.agencyId] : [])),
          )
        ).map((a) => [a.id, a]),
      );
      const leaders = seats.flatMap((u) => {
        const agency = u.agencyId ? places.get(u.agencyId) : undefined;
        return agency
          ? [
              {
                id: u.id,
                role: 'leader' as const,
                agency_id: agency.id,
                commune_id: agency.commune_id,
                province_id: agency.province_id as string,
              },
            ]
          : [];
      });
      let sent = 0;
      for (const leader of leaders) {
        const counts = await openDeadlineCounts(
          tx,
          scopeOf(
            {
              role: leader.role,
              agencyId: leader.agency_id,
              communeId: leader.commune_id,
              provinceId: leader.province_id,
            },
            'case',
          ),
          now,
          CITIZEN_RULE_IDS,
        );
        const overdue = counts?.overdue ?? 0;
        const dueSoon = counts?.due_soon ?? 0;
        const day = vnDay(now).split('-').reverse().join('/');
        sent += await this.notifications.notifyUsers(tx, [leader.id], {
          kind: 'weekly_digest',
          caseId: null,
          caseCode: null,
          title: {
            vi: `Tổng hợp tuần (${day}): ${overdue} quá hạn, ${dueSoon} sắp đến hạn`,
            en: `Weekly digest (${day}): ${overdue} overdue, ${dueSoon} due soon`,
          },
          body: {
            vi: `Địa bàn của bạn có ${overdue} hồ sơ quá hạn và ${dueSoon} hồ sơ sắp đến hạn. Mở Tổng quan để xem chi tiết.`,
            en: `Your area has ${overdue} overdue and ${dueSoon} due-soon cases. Open the overview for details.`,
          },
          dedupeKey: `weekly_digest:${week}`,
        });
      }
      await finishJobRun(tx, 'weekly-digest', week, now);
      return sent;
    });
  }
}

/** The leaders who oversee a commune: its own and the province's. */
async function leadersOf(tx: EntityManager, communeId: string, provinceId: string): Promise<string[]> {
  return activeUserIdsIn(tx, await overseeingAgencyIds(tx, communeId, provinceId), 'leader');
}
