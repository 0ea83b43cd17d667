import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TeamDetailDto, TeamSummaryDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { agencyFacts, neighbourhoodFacts } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import type { AddMembersDto, CreateTeamDto, TeamMemberInputDto } from './dto/team.dto';
import { MobilizationErrors } from './mobilization.errors';
import { endMemberTerm, insertMember, insertTeam } from './team.repository';
import { listTeams, meetingsOf, membersOf, memberTermStart, toSummary } from './team.read-model';
import { canRecord, checkTerm, reachableTeam, recordableTeam } from './team-rules';
import { may } from '../access/policy';

/**
 * Mobilization teams (tổ dân vận) and their members. The meetings and tasks, opinions → cases and the scorecard are
 * their own services beside this one; `teamInScope` is what the bloc's services use.
 */
@Injectable()
export class MobilizationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, communeId?: string): Promise<TeamSummaryDto[]> {
    const rows = await listTeams(this.db.manager, actor, this.today(), communeId);
    return rows.map(toSummary);
  }

  async get(actor: Actor, id: string): Promise<TeamDetailDto> {
    const team = await reachableTeam(this.db.manager, actor, id, this.today());
    const [members, meetings] = await Promise.all([membersOf(this.db.manager, id), meetingsOf(this.db.manager, id)]);
    return {
      ...toSummary(team),
      members,
      meetings,
      canRecord: canRecord(actor, team),
    };
  }

  async create(actor: Actor, body: CreateTeamDto): Promise<TeamDetailDto> {
    if (!may(actor, 'team.create')) throw MobilizationErrors.forbidden();
    const id = await this.db.transaction(async (tx) => {
      // An active neighbourhood of a commune of the caller's province (of the caller's commune for commune staff).
      const [n] = (await neighbourhoodFacts(tx, [body.neighbourhoodId])).filter((f) => f.active);
      const [commune] = n ? await agencyFacts(tx, [n.commune_id]) : [];
      if (
        !n ||
        !commune ||
        commune.province_id === null ||
        commune.province_id !== actor.provinceId ||
        (actor.communeId && actor.communeId !== n.commune_id)
      )
        throw MobilizationErrors.invalid(
          'neighbourhoodId',
          'Không tìm thấy tổ dân phố/thôn trong địa bàn',
          'Neighbourhood not found in your area',
        );
      checkTerm('termEnd', body.termStart, body.termEnd);
      const id = await insertTeam(tx, {
        communeId: n.commune_id,
        neighbourhoodId: body.neighbourhoodId,
        name: body.name.trim(),
        termStart: body.termStart,
        termEnd: body.termEnd ?? null,
        createdAt: this.clock.now(),
      });
      await this.insertMembers(tx, id, body.members ?? []);
      return id;
    });
    return this.get(actor, id);
  }

  async addMembers(actor: Actor, id: string, body: AddMembersDto): Promise<TeamDetailDto> {
    await this.db.transaction(async (tx) => {
      await recordableTeam(tx, actor, id, this.today());
      await this.insertMembers(tx, id, body.members);
    });
    return this.get(actor, id);
  }

  /**
   * Ends a member's term (kiện toàn): the member stays in the records of the months served; from the day after, the
   * team counts without them (scorecard attendance, lead, member count).
   */
  async endMemberTerm(actor: Actor, id: string, memberId: string, termEnd: string): Promise<TeamDetailDto> {
    await this.db.transaction(async (tx) => {
      await recordableTeam(tx, actor, id, this.today());
      const termStart = await memberTermStart(tx, id, memberId);
      if (termStart === null) throw MobilizationErrors.teamNotFound();
      checkTerm('termEnd', termStart, termEnd);
      await endMemberTerm(tx, memberId, termEnd);
    });
    return this.get(actor, id);
  }

  /** A team the caller may see, or 404 (the same answer as for a team that does not exist). */
  async teamInScope(actor: Actor, id: string): Promise<TeamSummaryDto & { provinceId: string }> {
    const team = await reachableTeam(this.db.manager, actor, id, this.today());
    return { ...toSummary(team), provinceId: team.province_id };
  }

  private today(): string {
    return vnDateOf(this.clock.now());
  }

  private async insertMembers(tx: EntityManager, teamId: string, members: readonly TeamMemberInputDto[]): Promise<void> {
    for (const [i, m] of members.entries()) {
      checkTerm(`members.${i}.termEnd`, m.termStart, m.termEnd);
      await insertMember(tx, teamId, {
        fullName: m.fullName.trim(),
        role: m.role,
        phone: m.phone ?? null,
        termStart: m.termStart,
        termEnd: m.termEnd ?? null,
      });
    }
  }
}
