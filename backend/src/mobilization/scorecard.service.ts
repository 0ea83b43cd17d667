import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommuneRankingDto, ScorecardCriterionDto, TeamScorecardDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { agencyNames } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import type { UpdateCriteriaDto } from './dto/team.dto';
import { MobilizationErrors } from './mobilization.errors';
import { METRIC_LABELS, rankTeams, scoreLines, type Criterion } from './scorecard';
import { criteriaRows, membersServed, teamFigures } from './team.read-model';
import { upsertCriterion } from './team.repository';
import { reachableTeam } from './team-rules';
import { may } from '../access/policy';

/** First day of the month and of the next one, as ISO dates. */
function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return [`${month}-01`, `${next}-01`];
}

/** The teams' monthly scorecard (its criteria, set by the province) and the commune's ranking of its teams. */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async criteria(): Promise<ScorecardCriterionDto[]> {
    const rows = await criteriaRows(this.db.manager);
    return rows.map((r) => ({
      metric: r.metric,
      label: METRIC_LABELS[r.metric],
      weight: Number(r.weight),
      target: r.target,
    }));
  }

  async updateCriteria(actor: Actor, body: UpdateCriteriaDto): Promise<ScorecardCriterionDto[]> {
    if (!may(actor, 'settings.update')) throw MobilizationErrors.forbidden();
    await this.db.transaction(async (tx) => {
      for (const c of body.criteria) {
        await upsertCriterion(tx, c.metric, c.weight, c.target, this.clock.now());
      }
    });
    return this.criteria();
  }

  async scorecard(actor: Actor, id: string, month?: string): Promise<TeamScorecardDto> {
    const team = await reachableTeam(this.db.manager, actor, id, this.today());
    const ranking = await this.ranking(actor, team.commune_id, month);
    const card = ranking.teams.find((t) => t.teamId === id);
    if (!card) throw MobilizationErrors.teamNotFound();
    return card;
  }

  /**
   * Every team of the commune scored for the month from its records: meetings held that month, the opinions collected
   * at them, how many became cases and how many of those were closed without ever passing a deadline (closing stops
   * the clock and clears the deadline columns, so the history's DEADLINE_PASSED is the record), propaganda sessions and
   * people reached. Nothing is typed in.
   */
  async ranking(actor: Actor, communeId: string | undefined, month?: string): Promise<CommuneRankingDto> {
    const commune = communeId ?? actor.communeId;
    if (!commune) throw MobilizationErrors.invalid('communeId', 'Cần chọn xã/phường', 'Choose the commune');
    const period = month ?? this.today().slice(0, 7);
    const [from, to] = monthRange(period);
    const rows = await teamFigures(this.db.manager, actor, commune, this.today(), from, to);
    const served = await membersServed(
      this.db.manager,
      rows.map((r) => r.id),
      from,
      to,
    );
    // The one name found (the id as asked may differ in case from the stored one).
    const [communeName] = (await agencyNames(this.db.manager, [commune])).values();
    const criteria: Criterion[] = (await this.criteria()).map((c) => ({
      metric: c.metric,
      weight: c.weight,
      target: c.target,
    }));
    const cards = rows.map(
      (r): TeamScorecardDto => ({
        teamId: r.id,
        teamName: r.name,
        neighbourhoodName: r.neighbourhood_name,
        month: period,
        ...scoreLines(r, criteria),
        rank: 0,
        members: served.filter((m) => m.team_id === r.id).map((m) => ({ id: m.id, fullName: m.full_name, role: m.role })),
      }),
    );
    return {
      communeId: commune,
      communeName: communeName ?? '',
      month: period,
      teams: rankTeams(cards),
    };
  }

  private today(): string {
    return vnDateOf(this.clock.now());
  }
}
