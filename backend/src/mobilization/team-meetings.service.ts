import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TeamMeetingDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { Clock } from '../platform/clock/clock';
import type { CreateMeetingDto } from './dto/team.dto';
import { MobilizationErrors } from './mobilization.errors';
import { meetingsOf, membersOf } from './team.read-model';
import { completeTask, insertMeeting, insertTask, insertTeamOpinion } from './team.repository';
import { reachableTeam, recordableTeam } from './team-rules';

/** A team's monthly meetings (sinh hoạt): attendance, topics, the opinions collected and the tasks given to members. */
@Injectable()
export class TeamMeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async recordMeeting(actor: Actor, id: string, body: CreateMeetingDto): Promise<TeamMeetingDto> {
    if (body.date > this.today())
      throw MobilizationErrors.invalid('date', 'Ngày sinh hoạt không được ở tương lai', 'The meeting date cannot be in the future');
    const meetingId = await this.db.transaction(async (tx) => {
      await recordableTeam(tx, actor, id, this.today());
      const memberIds = new Set((await membersOf(tx, id)).map((m) => m.id));
      body.tasks?.forEach((task, i) => {
        if (!memberIds.has(task.memberId))
          throw MobilizationErrors.invalid(`tasks.${i}.memberId`, 'Thành viên không thuộc tổ', 'Not a member of this team');
      });
      const meetingId = await insertMeeting(tx, {
        teamId: id,
        heldOn: body.date,
        attendance: body.attendance,
        topics: body.topics.map((t) => t.trim()),
        notes: body.notes?.trim() || null,
        propagandaSessions: body.propagandaSessions ?? 0,
        peopleReached: body.peopleReached ?? 0,
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      });
      for (const [i, o] of body.opinions.entries()) {
        await insertTeamOpinion(tx, meetingId, i + 1, {
          raisedBy: o.raisedBy?.trim() || null,
          content: o.content.trim(),
          category: o.category ?? 'other',
        });
      }
      for (const task of body.tasks ?? []) {
        await insertTask(tx, meetingId, {
          memberId: task.memberId,
          description: task.description.trim(),
          dueDate: task.dueDate ?? null,
        });
      }
      return meetingId;
    });
    return this.meeting(actor, id, meetingId);
  }

  async completeTask(actor: Actor, id: string, taskId: string): Promise<TeamMeetingDto> {
    const meetingId = await this.db.transaction(async (tx) => {
      await recordableTeam(tx, actor, id, this.today());
      const meetingId = await completeTask(tx, id, taskId, this.clock.now());
      if (!meetingId) throw MobilizationErrors.teamNotFound();
      return meetingId;
    });
    return this.meeting(actor, id, meetingId);
  }

  /** One meeting of a team the actor may see, as the team page shows it, or 404. */
  async meeting(actor: Actor, teamId: string, meetingId: string): Promise<TeamMeetingDto> {
    await reachableTeam(this.db.manager, actor, teamId, this.today());
    const found = (await meetingsOf(this.db.manager, teamId)).find((m) => m.id === meetingId);
    if (!found) throw MobilizationErrors.teamNotFound();
    return found;
  }

  private today(): string {
    return vnDateOf(this.clock.now());
  }
}
