import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlocPlanDto, PlanTaskStatus, ResolutionKind } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { agencyProvinceSql } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { inReach, isBlocHead } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import { BlocService, serving } from './bloc.service';
import type { AddPlanTaskDto, CreatePlanDto, PlanTaskProgressDto } from './dto/bloc.dto';

interface PlanRow {
  id: string;
  commune_id: string;
  province_id: string;
  year: number;
  title: string;
}

/**
 * The yearly programme and plan of the bloc, tied to the Party committee's and the People's Council's resolutions
 * (Bắc Kạn: "xây dựng chương trình, kế hoạch thực hiện công tác dân vận gắn với thực hiện nghị quyết của cấp ủy và
 * nghị quyết của HĐND"): each task implements one resolution and is owned by one member.
 */
@Injectable()
export class BlocPlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bloc: BlocService,
  ) {}

  async plans(actor: Actor, communeId?: string, year?: number): Promise<BlocPlanDto[]> {
    const area = await this.bloc.area(actor, communeId);
    const rows: PlanRow[] = await this.db.query(
      `SELECT p.id, p.commune_id, ${agencyProvinceSql('p.commune_id')} AS province_id, p.year, p.title FROM bloc_plans p
       WHERE p.commune_id = $1 AND ($2::int IS NULL OR p.year = $2) ORDER BY p.year DESC`,
      [area.communeId, year ?? null],
    );
    return Promise.all(rows.map((p) => this.toDto(actor, p)));
  }

  async createPlan(actor: Actor, body: CreatePlanDto): Promise<BlocPlanDto> {
    const area = await this.bloc.headArea(actor, body.communeId);
    const id = await this.db.transaction(async (tx) => {
      const existing: { id: string }[] = await tx.query(`SELECT id FROM bloc_plans WHERE commune_id = $1 AND year = $2`, [
        area.communeId,
        body.year,
      ]);
      if (existing[0]) throw BlocErrors.conflict(`Khối đã có kế hoạch năm ${body.year}`, `The bloc already has its ${body.year} plan`);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO bloc_plans (commune_id, year, title, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [area.communeId, body.year, body.title.trim(), actor.userId, this.clock.now()],
      );
      for (const [i, r] of body.resolutions.entries())
        await tx.query(`INSERT INTO bloc_resolutions (plan_id, kind, reference, title, position) VALUES ($1, $2, $3, $4, $5)`, [
          id,
          r.kind,
          r.reference.trim(),
          r.title.trim(),
          i + 1,
        ]);
      return id;
    });
    return this.plan(actor, id);
  }

  async addTask(actor: Actor, planId: string, body: AddPlanTaskDto): Promise<BlocPlanDto> {
    const plan = await this.planInReach(actor, planId);
    if (!isBlocHead(actor, { communeId: plan.commune_id })) throw Refusals.headOnly();
    const resolutions: { id: string }[] = await this.db.query(`SELECT id FROM bloc_resolutions WHERE id = $1 AND plan_id = $2`, [
      body.resolutionId,
      planId,
    ]);
    if (!resolutions[0])
      throw BlocErrors.invalid('resolutionId', 'Nghị quyết không thuộc kế hoạch này', 'The resolution is not of this plan');
    const owner = await this.bloc.memberOf(this.db.manager, plan.commune_id, body.ownerMemberId, 'ownerMemberId');
    if (!serving(owner, this.bloc.today()))
      throw BlocErrors.invalid('ownerMemberId', 'Thành viên đã hết nhiệm kỳ', 'The member’s term has ended');
    if (!body.dueDate.startsWith(`${plan.year}-`))
      throw BlocErrors.invalid('dueDate', `Hạn hoàn thành phải trong năm ${plan.year}`, `The due date must be in ${plan.year}`);
    await this.db.query(
      `INSERT INTO bloc_plan_tasks (plan_id, resolution_id, owner_member_id, content, due_date, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [planId, body.resolutionId, body.ownerMemberId, body.content.trim(), body.dueDate, this.clock.now()],
    );
    return this.plan(actor, planId);
  }

  /** The task's owner (through their account) or the bloc head reports progress; done records the day. */
  async reportTask(actor: Actor, planId: string, taskId: string, body: PlanTaskProgressDto): Promise<BlocPlanDto> {
    const plan = await this.planInReach(actor, planId);
    const tasks: { owner_user_id: string | null }[] = await this.db.query(
      `SELECT m.user_id AS owner_user_id FROM bloc_plan_tasks k JOIN bloc_members m ON m.id = k.owner_member_id
       WHERE k.id = $1 AND k.plan_id = $2`,
      [taskId, planId],
    );
    if (!tasks[0]) throw BlocErrors.notFound();
    if (!canReport(actor, plan.commune_id, tasks[0].owner_user_id)) throw Refusals.ownerOnly();
    await this.db.query(`UPDATE bloc_plan_tasks SET status = $2, note = COALESCE($3, note), done_on = $4, updated_at = $5 WHERE id = $1`, [
      taskId,
      body.status,
      body.note?.trim() || null,
      body.status === 'done' ? this.bloc.today() : null,
      this.clock.now(),
    ]);
    return this.plan(actor, planId);
  }

  private async plan(actor: Actor, id: string): Promise<BlocPlanDto> {
    return this.toDto(actor, await this.planInReach(actor, id));
  }

  private async planInReach(actor: Actor, id: string): Promise<PlanRow> {
    const rows: PlanRow[] = await this.db.query(
      `SELECT p.id, p.commune_id, ${agencyProvinceSql('p.commune_id')} AS province_id, p.year, p.title FROM bloc_plans p WHERE p.id = $1`,
      [id],
    );
    const plan = rows[0];
    if (
      !plan ||
      !inReach(actor, {
        communeId: plan.commune_id,
        provinceId: plan.province_id,
      })
    )
      throw BlocErrors.notFound();
    return plan;
  }

  private async toDto(actor: Actor, plan: PlanRow): Promise<BlocPlanDto> {
    const today = this.bloc.today();
    const [resolutions, tasks] = await Promise.all([
      this.db.query(`SELECT id, kind, reference, title FROM bloc_resolutions WHERE plan_id = $1 ORDER BY position`, [plan.id]) as Promise<
        { id: string; kind: ResolutionKind; reference: string; title: string }[]
      >,
      this.db.query(
        `SELECT k.id, k.content, k.resolution_id, r.reference, k.owner_member_id, m.full_name AS owner_name, m.user_id AS owner_user_id,
           k.due_date::text AS due_date, k.status, k.note, k.done_on::text AS done_on
         FROM bloc_plan_tasks k JOIN bloc_resolutions r ON r.id = k.resolution_id JOIN bloc_members m ON m.id = k.owner_member_id
         WHERE k.plan_id = $1 ORDER BY k.due_date, k.content`,
        [plan.id],
      ) as Promise<
        {
          id: string;
          content: string;
          resolution_id: string;
          reference: string;
          owner_member_id: string;
          owner_name: string;
          owner_user_id: string | null;
          due_date: string;
          status: PlanTaskStatus;
          note: string | null;
          done_on: string | null;
        }[]
      >,
    ]);
    return {
      id: plan.id,
      communeId: plan.commune_id,
      year: plan.year,
      title: plan.title,
      resolutions,
      tasks: tasks.map((k) => ({
        id: k.id,
        content: k.content,
        resolutionId: k.resolution_id,
        resolutionReference: k.reference,
        ownerMemberId: k.owner_member_id,
        ownerName: k.owner_name,
        dueDate: k.due_date,
        status: k.status,
        note: k.note,
        doneOn: k.done_on,
        overdue: k.status !== 'done' && k.due_date < today,
        canReport: canReport(actor, plan.commune_id, k.owner_user_id),
      })),
    };
  }
}

function canReport(actor: Actor, communeId: string, ownerUserId: string | null): boolean {
  return isBlocHead(actor, { communeId }) || (ownerUserId !== null && ownerUserId === actor.userId && actor.communeId === communeId);
}
