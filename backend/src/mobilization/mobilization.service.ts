import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CommuneRankingDto,
  ScorecardCriterionDto,
  ScorecardMetric,
  TeamDetailDto,
  TeamMeetingDto,
  TeamMemberDto,
  TeamMemberRole,
  TeamScorecardDto,
  TeamSummaryDto,
} from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import type { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';
import {
  OpinionIntakeService,
  type OpinionRow,
} from '../cases/opinion-intake.service';
import { Clock } from '../platform/clock/clock';
import type {
  AddMembersDto,
  CreateMeetingDto,
  CreateTeamDto,
  TeamMemberInputDto,
  UpdateCriteriaDto,
} from './dto/team.dto';
import { MobilizationErrors } from './mobilization.errors';
import {
  METRIC_LABELS,
  rankTeams,
  scoreLines,
  type Criterion,
} from './scorecard';

interface TeamRow {
  id: string;
  name: string;
  commune_id: string;
  commune_name: string;
  province_id: string;
  neighbourhood_id: string;
  neighbourhood_name: string;
  term_start: string;
  term_end: string | null;
  member_count: number;
  lead_name: string | null;
}

/**
 * The team columns every read uses. Membership is dated (kiện toàn): the count and the lead are those serving on `today`,
 * whose parameter this pushes, so call it before building the rest of the query's parameters that follow it.
 */
function teamSelect(params: unknown[], today: string): string {
  params.push(today);
  const d = `$${params.length}::date`;
  const serving = `m.team_id = t.id AND m.term_start <= ${d} AND (m.term_end IS NULL OR m.term_end >= ${d})`;
  return `SELECT t.id, t.name, t.commune_id, a.name AS commune_name, a.province_id, t.neighbourhood_id, n.name AS neighbourhood_name,
    t.term_start::text AS term_start, t.term_end::text AS term_end,
    (SELECT count(*)::int FROM team_members m WHERE ${serving}) AS member_count,
    (SELECT m.full_name FROM team_members m WHERE ${serving} AND m.role = 'team_lead' ORDER BY m.term_start DESC, m.id LIMIT 1) AS lead_name
  FROM mobilization_teams t JOIN agencies a ON a.id = t.commune_id JOIN neighbourhoods n ON n.id = t.neighbourhood_id`;
}

/** Teams are the commune's: its staff see them, province-level users see the province's, administrators none. */
function teamScope(actor: Actor, params: unknown[]): string {
  if (actor.role === 'admin') return 'FALSE';
  if (actor.communeId) {
    params.push(actor.communeId);
    return `t.commune_id = $${params.length}`;
  }
  params.push(actor.provinceId);
  return `a.province_id = $${params.length}`;
}

/** A team's records are kept by its own lead (the mobilization lead of that neighbourhood) or the commune's leaders and reception officers. */
function canRecord(
  actor: Actor,
  team: Pick<TeamRow, 'neighbourhood_id' | 'commune_id'>,
): boolean {
  if (actor.role === 'mobilization_lead')
    return actor.neighbourhoodId === team.neighbourhood_id;
  return (
    (actor.role === 'leader' || actor.role === 'reception_officer') &&
    (actor.communeId === null || actor.communeId === team.commune_id)
  );
}

const isLeader = (actor: Actor) => actor.role === 'leader';

/** First day of the month and of the next one, as ISO dates. */
function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number);
  const next =
    m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return [`${month}-01`, `${next}-01`];
}

@Injectable()
export class MobilizationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly opinionIntake: OpinionIntakeService,
    private readonly clock: Clock,
  ) {}

  // ---- teams -------------------------------------------------------------------------------------------------------

  async list(actor: Actor, communeId?: string): Promise<TeamSummaryDto[]> {
    const params: unknown[] = [];
    const select = teamSelect(params, this.today());
    const where = [teamScope(actor, params)];
    if (communeId) {
      params.push(communeId);
      where.push(`t.commune_id = $${params.length}`);
    }
    const rows: TeamRow[] = await this.db.query(
      `${select} WHERE ${where.join(' AND ')} ORDER BY a.name, n.name, t.name`,
      params,
    );
    return rows.map(toSummary);
  }

  async get(actor: Actor, id: string): Promise<TeamDetailDto> {
    const team = await this.team(this.db.manager, actor, id);
    const [members, meetings] = await Promise.all([
      this.members(this.db.manager, id),
      this.meetings(this.db.manager, id),
    ]);
    return {
      ...toSummary(team),
      members,
      meetings,
      canRecord: canRecord(actor, team),
    };
  }

  async create(actor: Actor, body: CreateTeamDto): Promise<TeamDetailDto> {
    if (!isLeader(actor)) throw MobilizationErrors.forbidden();
    const id = await this.db.transaction(async (tx) => {
      const params: unknown[] = [body.neighbourhoodId, actor.provinceId];
      const found: { commune_id: string }[] = await tx.query(
        `SELECT n.commune_id FROM neighbourhoods n JOIN agencies a ON a.id = n.commune_id WHERE n.id = $1 AND n.active AND a.province_id = $2`,
        params,
      );
      const n = found[0];
      if (!n || (actor.communeId && actor.communeId !== n.commune_id))
        throw MobilizationErrors.invalid(
          'neighbourhoodId',
          'Không tìm thấy tổ dân phố/thôn trong địa bàn',
          'Neighbourhood not found in your area',
        );
      checkTerm('termEnd', body.termStart, body.termEnd);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO mobilization_teams (commune_id, neighbourhood_id, name, term_start, term_end, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [
          n.commune_id,
          body.neighbourhoodId,
          body.name.trim(),
          body.termStart,
          body.termEnd ?? null,
          this.clock.now(),
        ],
      );
      await this.insertMembers(tx, id, body.members ?? []);
      return id;
    });
    return this.get(actor, id);
  }

  async addMembers(
    actor: Actor,
    id: string,
    body: AddMembersDto,
  ): Promise<TeamDetailDto> {
    await this.db.transaction(async (tx) => {
      const team = await this.team(tx, actor, id, true);
      if (!canRecord(actor, team)) throw MobilizationErrors.forbidden();
      await this.insertMembers(tx, id, body.members);
    });
    return this.get(actor, id);
  }

  /**
   * Ends a member's term (kiện toàn): the member stays in the records of the months served; from the day after, the
   * team counts without them (scorecard attendance, lead, member count).
   */
  async endMemberTerm(
    actor: Actor,
    id: string,
    memberId: string,
    termEnd: string,
  ): Promise<TeamDetailDto> {
    await this.db.transaction(async (tx) => {
      const team = await this.team(tx, actor, id, true);
      if (!canRecord(actor, team)) throw MobilizationErrors.forbidden();
      const rows: { term_start: string }[] = await tx.query(
        `SELECT term_start::text AS term_start FROM team_members WHERE id = $1 AND team_id = $2`,
        [memberId, id],
      );
      if (!rows[0]) throw MobilizationErrors.teamNotFound();
      checkTerm('termEnd', rows[0].term_start, termEnd);
      await tx.query(`UPDATE team_members SET term_end = $2 WHERE id = $1`, [
        memberId,
        termEnd,
      ]);
    });
    return this.get(actor, id);
  }

  /** A team the caller may see, or 404 (the same answer as for a team that does not exist). */
  async teamInScope(
    actor: Actor,
    id: string,
  ): Promise<TeamSummaryDto & { provinceId: string }> {
    const team = await this.team(this.db.manager, actor, id);
    return { ...toSummary(team), provinceId: team.province_id };
  }

  private today(): string {
    return vnDateOf(this.clock.now());
  }

  private async insertMembers(
    tx: EntityManager,
    teamId: string,
    members: readonly TeamMemberInputDto[],
  ): Promise<void> {
    for (const [i, m] of members.entries()) {
      checkTerm(`members.${i}.termEnd`, m.termStart, m.termEnd);
      await tx.query(
        `INSERT INTO team_members (team_id, full_name, role, phone, term_start, term_end) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          teamId,
          m.fullName.trim(),
          m.role,
          m.phone ?? null,
          m.termStart,
          m.termEnd ?? null,
        ],
      );
    }
  }

  // ---- meetings ----------------------------------------------------------------------------------------------------

  async recordMeeting(
    actor: Actor,
    id: string,
    body: CreateMeetingDto,
  ): Promise<TeamMeetingDto> {
    if (body.date > this.today())
      throw MobilizationErrors.invalid(
        'date',
        'Ngày sinh hoạt không được ở tương lai',
        'The meeting date cannot be in the future',
      );
    const meetingId = await this.db.transaction(async (tx) => {
      const team = await this.team(tx, actor, id, true);
      if (!canRecord(actor, team)) throw MobilizationErrors.forbidden();
      const memberIds = new Set((await this.members(tx, id)).map((m) => m.id));
      body.tasks?.forEach((task, i) => {
        if (!memberIds.has(task.memberId))
          throw MobilizationErrors.invalid(
            `tasks.${i}.memberId`,
            'Thành viên không thuộc tổ',
            'Not a member of this team',
          );
      });
      const [{ id: meetingId }]: { id: string }[] = await tx.query(
        `INSERT INTO team_meetings (team_id, held_on, attendance, topics, notes, propaganda_sessions, people_reached, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          id,
          body.date,
          body.attendance,
          body.topics.map((t) => t.trim()),
          body.notes?.trim() || null,
          body.propagandaSessions ?? 0,
          body.peopleReached ?? 0,
          actor.userId,
          this.clock.now(),
        ],
      );
      for (const [i, o] of body.opinions.entries()) {
        await tx.query(
          `INSERT INTO team_opinions (meeting_id, seq, raised_by, content, category) VALUES ($1, $2, $3, $4, $5)`,
          [
            meetingId,
            i + 1,
            o.raisedBy?.trim() || null,
            o.content.trim(),
            o.category ?? 'other',
          ],
        );
      }
      for (const task of body.tasks ?? []) {
        await tx.query(
          `INSERT INTO team_tasks (meeting_id, member_id, description, due_date) VALUES ($1, $2, $3, $4)`,
          [
            meetingId,
            task.memberId,
            task.description.trim(),
            task.dueDate ?? null,
          ],
        );
      }
      return meetingId;
    });
    return this.meeting(actor, id, meetingId);
  }

  /** The collected opinions chosen become proposals or reflections of the team's neighbourhood, in one transaction. */
  async raiseCases(
    actor: Actor,
    id: string,
    meetingId: string,
    body: RaiseOpinionCasesDto,
  ): Promise<TeamMeetingDto> {
    const dup = this.opinionIntake.duplicate(body.items);
    if (dup >= 0)
      throw MobilizationErrors.invalid(
        `items.${dup}.opinionId`,
        'Ý kiến bị chọn hai lần',
        'The opinion is listed twice',
      );
    await this.db.transaction(async (tx) => {
      const team = await this.team(tx, actor, id, true);
      if (!canRecord(actor, team)) throw MobilizationErrors.forbidden();
      const meetings: { held_on: string }[] = await tx.query(
        `SELECT held_on::text AS held_on FROM team_meetings WHERE id = $1 AND team_id = $2`,
        [meetingId, id],
      );
      const meeting = meetings[0];
      if (!meeting) throw MobilizationErrors.teamNotFound();
      await this.opinionIntake.raise(tx, actor, body.items, {
        lock: async (tx, opinionId) =>
          (
            (await tx.query(
              `SELECT id, seq, raised_by, content, category, case_id FROM team_opinions WHERE id = $1 AND meeting_id = $2 FOR UPDATE`,
              [opinionId, meetingId],
            )) as OpinionRow[]
          )[0] ?? null,
        link: async (tx, opinionId, caseId, sealRaiser) => {
          await tx.query(
            `UPDATE team_opinions SET case_id = $2${sealRaiser ? ', raised_by = NULL' : ''} WHERE id = $1`,
            [opinionId, caseId],
          );
        },
        origin: (opinion) => ({
          channel: 'mobilization_team',
          communeId: team.commune_id,
          neighbourhoodId: team.neighbourhood_id,
          source: `Nguồn: ${team.name}, buổi sinh hoạt ngày ${meeting.held_on}, ý kiến số ${opinion.seq}`,
          receivedAt: this.clock.now().toISOString(),
        }),
        notHere: (field) =>
          MobilizationErrors.invalid(
            field,
            'Ý kiến không thuộc buổi sinh hoạt này',
            'The opinion is not from this meeting',
          ),
        alreadyRaised: (field) =>
          MobilizationErrors.invalid(
            field,
            'Ý kiến đã được chuyển thành hồ sơ',
            'The opinion is already a case',
          ),
      });
    });
    return this.meeting(actor, id, meetingId);
  }

  async completeTask(
    actor: Actor,
    id: string,
    taskId: string,
  ): Promise<TeamMeetingDto> {
    const meetingId = await this.db.transaction(async (tx) => {
      const team = await this.team(tx, actor, id, true);
      if (!canRecord(actor, team)) throw MobilizationErrors.forbidden();
      const rows: { meeting_id: string }[] = await tx.query(
        `UPDATE team_tasks k SET done_at = COALESCE(k.done_at, $3) FROM team_meetings m WHERE k.id = $1 AND m.id = k.meeting_id AND m.team_id = $2 RETURNING k.meeting_id`,
        [taskId, id, this.clock.now()],
      );
      if (!rows[0]) throw MobilizationErrors.teamNotFound();
      return rows[0].meeting_id;
    });
    return this.meeting(actor, id, meetingId);
  }

  private async meeting(
    actor: Actor,
    teamId: string,
    meetingId: string,
  ): Promise<TeamMeetingDto> {
    await this.team(this.db.manager, actor, teamId);
    const found = (await this.meetings(this.db.manager, teamId)).find(
      (m) => m.id === meetingId,
    );
    if (!found) throw MobilizationErrors.teamNotFound();
    return found;
  }

  // ---- scorecard ---------------------------------------------------------------------------------------------------

  async criteria(): Promise<ScorecardCriterionDto[]> {
    const rows: { metric: ScorecardMetric; weight: string; target: number }[] =
      await this.db.query(
        `SELECT metric, weight, target FROM scorecard_criteria ORDER BY position`,
      );
    return rows.map((r) => ({
      metric: r.metric,
      label: METRIC_LABELS[r.metric],
      weight: Number(r.weight),
      target: r.target,
    }));
  }

  async updateCriteria(
    actor: Actor,
    body: UpdateCriteriaDto,
  ): Promise<ScorecardCriterionDto[]> {
    if (
      !(
        actor.role === 'admin' ||
        (actor.role === 'leader' && actor.communeId === null)
      )
    )
      throw MobilizationErrors.forbidden();
    await this.db.transaction(async (tx) => {
      for (const c of body.criteria) {
        await tx.query(
          `INSERT INTO scorecard_criteria (metric, weight, target, position, updated_at)
           VALUES ($1, $2, $3, (SELECT COALESCE(max(position), 0) + 1 FROM scorecard_criteria), $4)
           ON CONFLICT (metric) DO UPDATE SET weight = EXCLUDED.weight, target = EXCLUDED.target, updated_at = EXCLUDED.updated_at`,
          [c.metric, c.weight, c.target, this.clock.now()],
        );
      }
    });
    return this.criteria();
  }

  async scorecard(
    actor: Actor,
    id: string,
    month?: string,
  ): Promise<TeamScorecardDto> {
    const team = await this.team(this.db.manager, actor, id);
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
  async ranking(
    actor: Actor,
    communeId: string | undefined,
    month?: string,
  ): Promise<CommuneRankingDto> {
    const commune = communeId ?? actor.communeId;
    if (!commune)
      throw MobilizationErrors.invalid(
        'communeId',
        'Cần chọn xã/phường',
        'Choose the commune',
      );
    const period = month ?? this.today().slice(0, 7);
    const [from, to] = monthRange(period);
    const params: unknown[] = [commune];
    const select = teamSelect(params, this.today());
    const scope = teamScope(actor, params);
    params.push(from, to);
    const f = params.length - 1;
    const rows: (TeamRow & Record<ScorecardMetric, number>)[] =
      await this.db.query(
        `WITH m AS (SELECT * FROM team_meetings WHERE held_on >= $${f}::date AND held_on < $${f + 1}::date),
            o AS (SELECT m.team_id, op.case_id FROM team_opinions op JOIN m ON m.id = op.meeting_id),
            -- members serving on each meeting's date: the attendance rate counts the team as it was that day
            ms AS (SELECT m.team_id, m.attendance, (SELECT count(*)::int FROM team_members tm WHERE tm.team_id = m.team_id
                     AND tm.term_start <= m.held_on AND (tm.term_end IS NULL OR tm.term_end >= m.held_on)) AS serving FROM m)
       SELECT x.*,
         (SELECT count(*)::int FROM m WHERE m.team_id = x.id) AS meetings_held,
         (SELECT count(*)::int FROM o WHERE o.team_id = x.id) AS opinions_collected,
         (SELECT count(*)::int FROM o WHERE o.team_id = x.id AND o.case_id IS NOT NULL) AS cases_raised,
         (SELECT count(*)::int FROM o JOIN cases c ON c.id = o.case_id
           WHERE o.team_id = x.id AND c.closed_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'DEADLINE_PASSED')) AS cases_resolved_on_time,
         (SELECT COALESCE(sum(m.propaganda_sessions), 0)::int FROM m WHERE m.team_id = x.id) AS propaganda_sessions,
         (SELECT COALESCE(sum(m.people_reached), 0)::int FROM m WHERE m.team_id = x.id) AS people_reached,
         (SELECT COALESCE(round(100.0 * sum(least(ms.attendance, ms.serving)) / NULLIF(sum(ms.serving), 0)), 0)::int
            FROM ms WHERE ms.team_id = x.id) AS attendance_rate
       FROM (${select} WHERE t.commune_id = $1 AND ${scope}) x`,
        params,
      );
    const served: {
      id: string;
      team_id: string;
      full_name: string;
      role: TeamMemberRole;
    }[] = await this.db.query(
      `SELECT id, team_id, full_name, role FROM team_members WHERE team_id = ANY($1::uuid[])
         AND term_start < $3::date AND (term_end IS NULL OR term_end >= $2::date)
       ORDER BY CASE role WHEN 'team_lead' THEN 0 ELSE 1 END, full_name`,
      [rows.map((r) => r.id), from, to],
    );
    const communeRows: { name: string }[] = await this.db.query(
      `SELECT name FROM agencies WHERE id = $1`,
      [commune],
    );
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
        members: served
          .filter((m) => m.team_id === r.id)
          .map((m) => ({ id: m.id, fullName: m.full_name, role: m.role })),
      }),
    );
    return {
      communeId: commune,
      communeName: communeRows[0]?.name ?? '',
      month: period,
      teams: rankTeams(cards),
    };
  }

  // ---- reads -------------------------------------------------------------------------------------------------------

  private async team(
    tx: EntityManager,
    actor: Actor,
    id: string,
    lock = false,
  ): Promise<TeamRow> {
    const params: unknown[] = [id];
    const select = teamSelect(params, this.today());
    const rows: TeamRow[] = await tx.query(
      `${select} WHERE t.id = $1 AND ${teamScope(actor, params)}${lock ? ' FOR UPDATE OF t' : ''}`,
      params,
    );
    if (!rows[0]) throw MobilizationErrors.teamNotFound();
    return rows[0];
  }

  private async members(
    tx: EntityManager,
    teamId: string,
  ): Promise<TeamMemberDto[]> {
    const rows: {
      id: string;
      full_name: string;
      role: TeamMemberRole;
      phone: string | null;
      term_start: string;
      term_end: string | null;
    }[] = await tx.query(
      `SELECT id, full_name, role, phone, term_start::text AS term_start, term_end::text AS term_end FROM team_members WHERE team_id = $1
       ORDER BY CASE role WHEN 'team_lead' THEN 0 ELSE 1 END, full_name`,
      [teamId],
    );
    return rows.map((m) => ({
      id: m.id,
      fullName: m.full_name,
      role: m.role,
      phone: m.phone,
      termStart: m.term_start,
      termEnd: m.term_end,
    }));
  }

  private async meetings(
    tx: EntityManager,
    teamId: string,
  ): Promise<TeamMeetingDto[]> {
    const meetings: {
      id: string;
      held_on: string;
      attendance: number;
      topics: string[];
      notes: string | null;
      propaganda_sessions: number;
      people_reached: number;
    }[] = await tx.query(
      `SELECT id, held_on::text AS held_on, attendance, topics, notes, propaganda_sessions, people_reached FROM team_meetings WHERE team_id = $1
       ORDER BY held_on DESC, created_at DESC LIMIT 60`,
      [teamId],
    );
    const ids = meetings.map((m) => m.id);
    const [opinions, tasks] = await Promise.all([
      tx.query(
        `SELECT o.id, o.meeting_id, o.seq, o.raised_by, o.content, o.category, o.case_id, c.code AS case_code
         FROM team_opinions o LEFT JOIN cases c ON c.id = o.case_id WHERE o.meeting_id = ANY($1::uuid[]) ORDER BY o.seq`,
        [ids],
      ) as Promise<
        (OpinionRow & { meeting_id: string; case_code: string | null })[]
      >,
      tx.query(
        `SELECT k.id, k.meeting_id, k.member_id, m.full_name AS member_name, k.description, k.due_date::text AS due_date, k.done_at
         FROM team_tasks k JOIN team_members m ON m.id = k.member_id WHERE k.meeting_id = ANY($1::uuid[]) ORDER BY k.due_date NULLS LAST, k.id`,
        [ids],
      ) as Promise<
        {
          id: string;
          meeting_id: string;
          member_id: string;
          member_name: string;
          description: string;
          due_date: string | null;
          done_at: Date | null;
        }[]
      >,
    ]);
    return meetings.map((m) => ({
      id: m.id,
      teamId,
      date: m.held_on,
      attendance: m.attendance,
      topics: m.topics,
      notes: m.notes,
      propagandaSessions: m.propaganda_sessions,
      peopleReached: m.people_reached,
      opinions: opinions
        .filter((o) => o.meeting_id === m.id)
        .map((o) => ({
          id: o.id,
          seq: o.seq,
          raisedBy: o.raised_by,
          content: o.content,
          category: o.category,
          caseId: o.case_id,
          caseCode: o.case_code,
        })),
      tasks: tasks
        .filter((k) => k.meeting_id === m.id)
        .map((k) => ({
          id: k.id,
          memberId: k.member_id,
          memberName: k.member_name,
          description: k.description,
          dueDate: k.due_date,
          doneAt: k.done_at ? new Date(k.done_at).toISOString() : null,
        })),
    }));
  }
}

function checkTerm(
  field: string,
  start: string,
  end: string | undefined,
): void {
  if (end && end < start)
    throw MobilizationErrors.invalid(
      field,
      'Ngày kết thúc nhiệm kỳ trước ngày bắt đầu',
      'The term ends before it starts',
    );
}

function toSummary(r: TeamRow): TeamSummaryDto {
  return {
    id: r.id,
    name: r.name,
    communeId: r.commune_id,
    communeName: r.commune_name,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
    termStart: r.term_start,
    termEnd: r.term_end,
    memberCount: r.member_count,
    leadName: r.lead_name,
  };
}
