import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberEvaluationDto, ReviewKind } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { memberRecords } from './bloc-reports.read-model';
import { BlocService } from './bloc.service';
import { quartersServed, reviewPeriod, type DayPeriod } from './bloc-periods';
import type { EvaluationQueryDto } from './dto/bloc.dto';
import { evaluateMember } from './member-evaluation';

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
    const rows = await memberRecords(this.db.manager, communeId, { from, to, upTo, month });
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
