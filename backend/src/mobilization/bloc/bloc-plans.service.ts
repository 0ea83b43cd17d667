import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlocPlanDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { Clock } from '../../platform/clock/clock';
import { inReach, isBlocHead } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import {
  hasPlanOfYear,
  isResolutionOfPlan,
  planRow,
  planRows,
  planTaskOwner,
  planTasksOf,
  resolutionsOf,
  type PlanRow,
} from './bloc.read-model';
import { insertPlan, insertPlanTask, insertResolution, updatePlanTaskProgress } from './bloc.repository';
import { BlocService, serving } from './bloc.service';
import type { AddPlanTaskDto, CreatePlanDto, PlanTaskProgressDto } from './dto/bloc.dto';

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
    const rows = await planRows(this.db.manager, area.communeId, year ?? null);
    return Promise.all(rows.map((p) => this.toDto(actor, p)));
  }

  async createPlan(actor: Actor, body: CreatePlanDto): Promise<BlocPlanDto> {
    const area = await this.bloc.headArea(actor, body.communeId);
    const id = await this.db.transaction(async (tx) => {
      if (await hasPlanOfYear(tx, area.communeId, body.year))
        throw BlocErrors.conflict(`Khối đã có kế hoạch năm ${body.year}`, `The bloc already has its ${body.year} plan`);
      const id = await insertPlan(tx, {
        communeId: area.communeId,
        year: body.year,
        title: body.title.trim(),
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      });
      for (const [i, r] of body.resolutions.entries())
        await insertResolution(tx, id, { kind: r.kind, reference: r.reference.trim(), title: r.title.trim(), position: i + 1 });
      return id;
    });
    return this.plan(actor, id);
  }

  async addTask(actor: Actor, planId: string, body: AddPlanTaskDto): Promise<BlocPlanDto> {
    const plan = await this.planInReach(actor, planId);
    if (!isBlocHead(actor, { communeId: plan.commune_id })) throw Refusals.headOnly();
    if (!(await isResolutionOfPlan(this.db.manager, planId, body.resolutionId)))
      throw BlocErrors.invalid('resolutionId', 'Nghị quyết không thuộc kế hoạch này', 'The resolution is not of this plan');
    const owner = await this.bloc.memberOf(this.db.manager, plan.commune_id, body.ownerMemberId, 'ownerMemberId');
    if (!serving(owner, this.bloc.today()))
      throw BlocErrors.invalid('ownerMemberId', 'Thành viên đã hết nhiệm kỳ', 'The member’s term has ended');
    if (!body.dueDate.startsWith(`${plan.year}-`))
      throw BlocErrors.invalid('dueDate', `Hạn hoàn thành phải trong năm ${plan.year}`, `The due date must be in ${plan.year}`);
    await insertPlanTask(this.db.manager, {
      planId,
      resolutionId: body.resolutionId,
      ownerMemberId: body.ownerMemberId,
      content: body.content.trim(),
      dueDate: body.dueDate,
      updatedAt: this.clock.now(),
    });
    return this.plan(actor, planId);
  }

  /** The task's owner (through their account) or the bloc head reports progress; done records the day. */
  async reportTask(actor: Actor, planId: string, taskId: string, body: PlanTaskProgressDto): Promise<BlocPlanDto> {
    const plan = await this.planInReach(actor, planId);
    const task = await planTaskOwner(this.db.manager, planId, taskId);
    if (!task) throw BlocErrors.notFound();
    if (!canReport(actor, plan.commune_id, task.owner_user_id)) throw Refusals.ownerOnly();
    await updatePlanTaskProgress(this.db.manager, taskId, {
      status: body.status,
      note: body.note?.trim() || null,
      doneOn: body.status === 'done' ? this.bloc.today() : null,
      updatedAt: this.clock.now(),
    });
    return this.plan(actor, planId);
  }

  private async plan(actor: Actor, id: string): Promise<BlocPlanDto> {
    return this.toDto(actor, await this.planInReach(actor, id));
  }

  private async planInReach(actor: Actor, id: string): Promise<PlanRow> {
    const plan = await planRow(this.db.manager, id);
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
    const [resolutions, tasks] = await Promise.all([resolutionsOf(this.db.manager, plan.id), planTasksOf(this.db.manager, plan.id)]);
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
