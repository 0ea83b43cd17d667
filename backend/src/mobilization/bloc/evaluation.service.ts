import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberEvaluationDto, ReviewKind } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { BlocService } from './bloc.service';
import { quartersServed, reviewPeriod, type DayPeriod } from './bloc-periods';
import type { EvaluationQueryDto } from './dto/bloc.dto';
import { evaluateMember } from './member-evaluation';

/** A task of the period counts once it is due, or once it is done (a task done early is not held back). */
const TASK_COUNTS = `k.due_date BETWEEN $2::date AND $7::date AND (k.due_date <= $3::date OR (k.status = 'done' AND k.done_on <= $3::date))`;

/**
 * Each member of the bloc evaluated against the criteria (member-evaluation.ts) for the first half or the whole year,
 * from the records: briefings attended over those held during their term, plan tasks done by their due date over those
 * due (or done early), village meetings attended over those assigned (months over, or reported), notes on what people think over one
 * per quarter served. Only what has come due by today counts.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bloc: BlocService,
  ) {}

  async evaluations(actor: Actor, query: EvaluationQueryDto): Promise<MemberEvaluationDto[]> {
    const area = await this.bloc.area(actor, query.communeId);
    return this.evaluate(area.communeId, query.year, query.kind);
  }

  /** The period of a review, cut at today: what is judged. */
  judged(year: number, kind: ReviewKind): DayPeriod & { upTo: string } {
    const period = reviewPeriod(year, kind);
    const today = this.bloc.today();
    return { ...period, upTo: today < period.to ? today : period.to };
  }

  async evaluate(communeId: string, year: number, kind: ReviewKind): Promise<MemberEvaluationDto[]> {
    const { from, to, upTo } = this.judged(year, kind);
    const month = this.bloc.today().slice(0, 7);
    const rows: {
      id: string;
      full_name: string;
      position: string;
      term_start: string;
      term_end: string | null;
      briefings_held: number;
      briefings_attended: number;
      tasks_due: number;
      tasks_on_time: number;
      assignments: number;
      assignments_attended: number;
      notes: number;
    }[] = await this.db.query(
      `SELECT m.id, m.full_name, m.position, m.term_start::text AS term_start, m.term_end::text AS term_end,
         (SELECT count(*)::int FROM bloc_briefings b WHERE b.commune_id = m.commune_id AND b.held_on BETWEEN $2::date AND $3::date
            AND b.held_on >= m.term_start AND (m.term_end IS NULL OR b.held_on <= m.term_end)) AS briefings_held,
         (SELECT count(*)::int FROM bloc_briefings b WHERE b.commune_id = m.commune_id AND b.held_on BETWEEN $2::date AND $3::date
            AND m.id = ANY(b.attendee_ids)) AS briefings_attended,
         (SELECT count(*)::int FROM bloc_plan_tasks k WHERE k.owner_member_id = m.id AND ${TASK_COUNTS}) AS tasks_due,
         (SELECT count(*)::int FROM bloc_plan_tasks k WHERE k.owner_member_id = m.id AND ${TASK_COUNTS}
            AND k.status = 'done' AND k.done_on <= k.due_date) AS tasks_on_time,
         (SELECT count(*)::int FROM meeting_assignments s WHERE s.member_id = m.id AND s.month BETWEEN $4 AND $5
            AND (s.month < $6 OR s.attended IS NOT NULL)) AS assignments,
         (SELECT count(*)::int FROM meeting_assignments s WHERE s.member_id = m.id AND s.month BETWEEN $4 AND $5
            AND s.attended) AS assignments_attended,
         (SELECT count(*)::int FROM sentiment_notes s WHERE s.reporter_member_id = m.id AND s.noted_on BETWEEN $2::date AND $3::date) AS notes
       FROM bloc_members m
       WHERE m.commune_id = $1 AND m.term_start <= $3::date AND (m.term_end IS NULL OR m.term_end >= $2::date)
       ORDER BY CASE m.bloc_role WHEN 'head' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, m.full_name`,
      [communeId, from, upTo, from.slice(0, 7), upTo.slice(0, 7), month, to],
    );
    return rows.map((r) => ({
      memberId: r.id,
      fullName: r.full_name,
      position: r.position,
      ...evaluateMember({
        briefingsHeld: r.briefings_held,
        briefingsAttended: r.briefings_attended,
        tasksDue: r.tasks_due,
        tasksOnTime: r.tasks_on_time,
        assignments: r.assignments,
        assignmentsAttended: r.assignments_attended,
        notes: r.notes,
        quarters: quartersServed({ from, to }, r.term_start, r.term_end, upTo),
      }),
    }));
  }
}
