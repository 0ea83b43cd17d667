import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FocusProgrammeDto, FocusVillageDto, FocusWatchRow } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { neighbourhoodFacts, neighbourhoodsOfCommune } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { inReach, isBlocHead, type BlocReach } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import { insertFocusCriterion, insertFocusVillage, lockFocusYear, upsertFocusScore } from './bloc.repository';
import { BlocService } from './bloc.service';
import type { RecordFocusScoresDto, SelectFocusVillageDto } from './dto/bloc.dto';
import { focusPoints, focusQuota, sumPoints } from './focus-programme';
import {
  chosenVillages,
  criteriaOf,
  criterionIdsOf,
  scoresOf,
  villageRow,
  villagesIn,
  villagesOf,
  type VillageRow,
} from './focus.read-model';

/**
 * The focused quality programme: each year a commune may choose up to 20% of its villages (focus-programme.ts) to
 * raise the quality of mobilization work there, each with a scorecard of its own criteria, scored month by month.
 */
@Injectable()
export class FocusService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bloc: BlocService,
  ) {}

  async programme(actor: Actor, communeId: string | undefined, year?: number): Promise<FocusProgrammeDto> {
    const area = await this.bloc.area(actor, communeId);
    const y = year ?? Number(this.bloc.today().slice(0, 4));
    const villages = await villagesOf(this.db.manager, area.communeId, y);
    const count = await this.villageCount(area.communeId);
    return {
      communeId: area.communeId,
      year: y,
      villageCount: count,
      quota: focusQuota(count),
      villages: await this.details(villages),
    };
  }

  /** The head chooses a village and its criteria; no more than the commune's quota a year. */
  async select(actor: Actor, body: SelectFocusVillageDto): Promise<FocusVillageDto> {
    const area = await this.bloc.headArea(actor, body.communeId);
    const id = await this.db.transaction(async (tx) => {
      await lockFocusYear(tx, area.communeId, body.year);
      const [found] = await neighbourhoodFacts(tx, [body.neighbourhoodId]);
      if (found?.commune_id !== area.communeId || !found.active)
        throw BlocErrors.invalid('neighbourhoodId', 'Không tìm thấy thôn, tổ dân phố trong xã/phường', 'Village not found in the commune');
      const chosen = await chosenVillages(tx, area.communeId, body.year);
      if (chosen.includes(body.neighbourhoodId))
        throw BlocErrors.conflict('Thôn đã được chọn trong năm', 'The village is already chosen this year');
      const quota = focusQuota(await this.villageCount(area.communeId, tx));
      if (chosen.length >= quota)
        throw BlocErrors.invalid(
          'neighbourhoodId',
          `Đã chọn đủ ${quota} thôn (20% số thôn, tổ dân phố của xã/phường)`,
          `The commune has chosen its ${quota} (20% of its villages)`,
        );
      const id = await insertFocusVillage(tx, area.communeId, body.neighbourhoodId, body.year, this.clock.now());
      for (const [i, c] of body.criteria.entries())
        await insertFocusCriterion(tx, id, { label: c.label.trim(), weight: c.weight, target: c.target, position: i + 1 });
      return id;
    });
    return this.village(actor, id);
  }

  async recordScores(actor: Actor, id: string, body: RecordFocusScoresDto): Promise<FocusVillageDto> {
    const village = await this.villageInReach(actor, id);
    if (!isBlocHead(actor, { communeId: village.commune_id })) throw Refusals.headOnly();
    if (!body.month.startsWith(`${village.year}-`) || body.month > this.bloc.today().slice(0, 7))
      throw BlocErrors.invalid(
        'month',
        `Tháng chấm điểm phải trong năm ${village.year}, không ở tương lai`,
        `The month must be in ${village.year} and not in the future`,
      );
    const known = new Set(await criterionIdsOf(this.db.manager, id));
    body.values.forEach((v, i) => {
      if (!known.has(v.criterionId))
        throw BlocErrors.invalid(`values.${i}.criterionId`, 'Tiêu chí không thuộc thôn này', 'Not a criterion of this village');
    });
    await this.db.transaction(async (tx) => {
      for (const v of body.values) await upsertFocusScore(tx, v.criterionId, body.month, v.value);
    });
    return this.village(actor, id);
  }

  /** For the leader's overview: the year's focused villages with their latest monthly total. */
  async watchRows(reach: BlocReach, year: number): Promise<FocusWatchRow[]> {
    const villages = await villagesIn(this.db.manager, reach, year);
    return (await this.details(villages)).map((v, i) => ({
      id: v.id,
      neighbourhoodName: v.neighbourhoodName,
      communeName: villages[i].commune_name,
      year: v.year,
      month: v.scorecards[0]?.month ?? null,
      total: v.scorecards[0]?.total ?? null,
    }));
  }

  private async village(actor: Actor, id: string): Promise<FocusVillageDto> {
    const [detail] = await this.details([await this.villageInReach(actor, id)]);
    return detail;
  }

  private async villageInReach(actor: Actor, id: string): Promise<VillageRow> {
    const row = await villageRow(this.db.manager, id);
    if (
      !row ||
      !inReach(actor, {
        communeId: row.commune_id,
        provinceId: row.province_id,
      })
    )
      throw BlocErrors.notFound();
    return row;
  }

  private async details(villages: VillageRow[]): Promise<FocusVillageDto[]> {
    const ids = villages.map((v) => v.id);
    const [criteria, scores] = await Promise.all([criteriaOf(this.db.manager, ids), scoresOf(this.db.manager, ids)]);
    return villages.map((v) => {
      const own = criteria
        .filter((c) => c.focus_id === v.id)
        .map((c) => ({
          id: c.id,
          label: c.label,
          weight: Number(c.weight),
          target: Number(c.target),
        }));
      const ownIds = new Set(own.map((c) => c.id));
      const months = [...new Set(scores.filter((s) => ownIds.has(s.criterion_id)).map((s) => s.month))];
      return {
        id: v.id,
        year: v.year,
        neighbourhoodId: v.neighbourhood_id,
        neighbourhoodName: v.neighbourhood_name,
        criteria: own,
        scorecards: months.map((month) => {
          const lines = own.map((c) => {
            const value = Number(scores.find((s) => s.criterion_id === c.id && s.month === month)?.value ?? 0);
            return {
              criterionId: c.id,
              label: c.label,
              value,
              target: c.target,
              weight: c.weight,
              points: focusPoints(c.weight, c.target, value),
            };
          });
          return { month, lines, total: sumPoints(lines.map((l) => l.points)) };
        }),
      };
    });
  }

  private async villageCount(communeId: string, db: EntityManager = this.db.manager): Promise<number> {
    return (await neighbourhoodsOfCommune(db, communeId)).filter((n) => n.active).length;
  }
}
