import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TeamMeetingDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';
import { OpinionIntakeService } from '../cases/opinion-intake.service';
import { Clock } from '../platform/clock/clock';
import { MobilizationErrors } from './mobilization.errors';
import { lockTeamOpinion, meetingHeldOn } from './team.read-model';
import { linkTeamOpinion } from './team.repository';
import { TeamMeetingsService } from './team-meetings.service';
import { recordableTeam } from './team-rules';

/** Opinions collected at a team's meeting turned into cases, through the one intake of opinions (`OpinionIntakeService`). */
@Injectable()
export class TeamOpinionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: TeamMeetingsService,
    private readonly opinionIntake: OpinionIntakeService,
    private readonly clock: Clock,
  ) {}

  /** The collected opinions chosen become proposals or reflections of the team's neighbourhood, in one transaction. */
  async raiseCases(actor: Actor, id: string, meetingId: string, body: RaiseOpinionCasesDto): Promise<TeamMeetingDto> {
    const dup = this.opinionIntake.duplicate(body.items);
    if (dup >= 0) throw MobilizationErrors.invalid(`items.${dup}.opinionId`, 'Ý kiến bị chọn hai lần', 'The opinion is listed twice');
    await this.db.transaction(async (tx) => {
      const team = await recordableTeam(tx, actor, id, vnDateOf(this.clock.now()));
      const heldOn = await meetingHeldOn(tx, id, meetingId);
      if (heldOn === null) throw MobilizationErrors.teamNotFound();
      await this.opinionIntake.raise(tx, actor, body.items, {
        lock: (tx, opinionId) => lockTeamOpinion(tx, meetingId, opinionId),
        link: (tx, opinionId, caseId, sealRaiser) => linkTeamOpinion(tx, opinionId, caseId, sealRaiser),
        origin: (opinion) => ({
          channel: 'mobilization_team',
          communeId: team.commune_id,
          neighbourhoodId: team.neighbourhood_id,
          source: `Nguồn: ${team.name}, buổi sinh hoạt ngày ${heldOn}, ý kiến số ${opinion.seq}`,
          receivedAt: this.clock.now().toISOString(),
        }),
        notHere: (field) =>
          MobilizationErrors.invalid(field, 'Ý kiến không thuộc buổi sinh hoạt này', 'The opinion is not from this meeting'),
        alreadyRaised: (field) => MobilizationErrors.invalid(field, 'Ý kiến đã được chuyển thành hồ sơ', 'The opinion is already a case'),
      });
    });
    return this.meetings.meeting(actor, id, meetingId);
  }
}
