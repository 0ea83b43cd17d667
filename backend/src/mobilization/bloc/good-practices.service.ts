import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoodPracticeDto, GoodPracticeInput } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { may, scopeOf } from '../../access/policy';
import { Clock } from '../../platform/clock/clock';
import { MobilizationErrors } from '../mobilization.errors';
import { MobilizationService } from '../mobilization.service';
import { inReach, isBlocHead, isProvinceLeader } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import {
  insertNominatedPractice,
  insertPracticeFollowUp,
  insertRecognisedPractice,
  updatePracticeRecognition,
  updatePracticeReview,
} from './bloc.repository';
import { BlocService } from './bloc.service';
import type { AddFollowUpDto, NominateGoodPracticeDto, RecogniseGoodPracticeDto, ReviewGoodPracticeDto } from './dto/bloc.dto';
import { nextGoodPracticeState, type GoodPracticeAction } from './good-practice-flow';
import { practiceById, practiceRow, practicesOfCommune, recognisedPractices, type PracticeRow } from './good-practices.read-model';

/**
 * "Dân vận khéo" from nomination to commendation (good-practice-flow.ts): nominated with its results by a member of the
 * bloc, a team's lead or the head; reviewed by the bloc's head; recognised by the commune's leaders or, at the province
 * level, by the province's; followed up where it is replicated. The year's register lists the recognised models.
 */
@Injectable()
export class GoodPracticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bloc: BlocService,
    private readonly teams: MobilizationService,
  ) {}

  /** Every model of a commune, at any stage. */
  async list(actor: Actor, communeId?: string, year?: number): Promise<GoodPracticeDto[]> {
    const area = await this.bloc.area(actor, communeId);
    return practicesOfCommune(this.db.manager, area.communeId, year ?? null);
  }

  /** The register: recognised models of the caller's commune, or of the province for province-level staff. */
  async register(actor: Actor, year?: number, communeId?: string): Promise<GoodPracticeDto[]> {
    const area = scopeOf(actor, 'area');
    if (area.kind === 'none') return [];
    return recognisedPractices(this.db.manager, area, year ?? null, communeId ?? null);
  }

  async nominate(actor: Actor, body: NominateGoodPracticeDto): Promise<GoodPracticeDto> {
    const area = await this.bloc.area(actor, body.communeId);
    const team = body.teamId ? await this.teams.teamInScope(actor, body.teamId).catch(() => null) : null;
    if (body.teamId && (!team || team.communeId !== area.communeId))
      throw BlocErrors.invalid('teamId', 'Tổ dân vận không thuộc xã/phường', 'The team is not of this commune');
    const leadsTheTeam = team !== null && may(actor, 'team.lead', team);
    if (!isBlocHead(actor, area) && !leadsTheTeam && !(await this.bloc.memberIdOf(this.db.manager, actor, area.communeId)))
      throw BlocErrors.forbidden(
        'Mô hình do thành viên khối dân vận, tổ trưởng tổ dân vận của mô hình hoặc trưởng khối đề xuất',
        'A model is nominated by a member of the bloc, the lead of its team or the bloc’s head',
      );
    const id = await insertNominatedPractice(this.db.manager, {
      communeId: area.communeId,
      teamId: team?.id ?? null,
      year: body.year,
      title: body.title.trim(),
      description: body.description.trim(),
      results: body.results.trim(),
      owner: body.owner.trim(),
      recordedBy: actor.userId,
      recordedAt: this.clock.now(),
    });
    return this.practice(actor, id);
  }

  async review(actor: Actor, id: string, body: ReviewGoodPracticeDto): Promise<GoodPracticeDto> {
    const row = await this.inReach(actor, id);
    if (!isBlocHead(actor, { communeId: row.commune_id })) throw Refusals.headOnly();
    const next = this.next(row, { kind: 'review', outcome: body.outcome });
    await updatePracticeReview(this.db.manager, id, {
      status: next.status,
      note: body.note.trim(),
      reviewedBy: actor.userId,
      reviewedAt: this.clock.now(),
    });
    return this.practice(actor, id);
  }

  async recognise(actor: Actor, id: string, body: RecogniseGoodPracticeDto): Promise<GoodPracticeDto> {
    const row = await this.inReach(actor, id);
    const may =
      body.level === 'commune'
        ? isBlocHead(actor, { communeId: row.commune_id })
        : isProvinceLeader(actor, { provinceId: row.province_id });
    if (!may)
      throw BlocErrors.forbidden(
        'Cấp xã do lãnh đạo xã/phường công nhận; cấp tỉnh do lãnh đạo tỉnh',
        'The commune’s leaders recognise at the commune level; the province’s at the province level',
      );
    const next = this.next(row, { kind: 'recognise', level: body.level });
    await updatePracticeRecognition(this.db.manager, id, {
      status: next.status,
      level: next.level,
      decisionRef: body.decisionRef?.trim() || null,
      recognisedBy: actor.userId,
      recognisedAt: this.clock.now(),
    });
    return this.practice(actor, id);
  }

  async followUp(actor: Actor, id: string, body: AddFollowUpDto): Promise<GoodPracticeDto> {
    const row = await this.inReach(actor, id);
    if (!isBlocHead(actor, { communeId: row.commune_id }) && !isProvinceLeader(actor, { provinceId: row.province_id }))
      throw Refusals.headOnly();
    this.next(row, { kind: 'follow_up' });
    await insertPracticeFollowUp(this.db.manager, id, {
      followedOn: body.followedOn,
      place: body.place.trim(),
      note: body.note.trim(),
      createdBy: actor.userId,
      createdAt: this.clock.now(),
    });
    return this.practice(actor, id);
  }

  /** A leader records a team's model already recognised (straight into the register, at the leader's level). */
  async recordRecognised(actor: Actor, teamId: string, body: GoodPracticeInput): Promise<GoodPracticeDto> {
    if (!may(actor, 'team.practice.record')) throw MobilizationErrors.forbidden();
    const team = await this.teams.teamInScope(actor, teamId);
    const now = this.clock.now();
    const id = await insertRecognisedPractice(this.db.manager, {
      communeId: team.communeId,
      teamId: team.id,
      year: body.year,
      title: body.title.trim(),
      description: body.description.trim(),
      owner: team.name,
      level: actor.communeId ? 'commune' : 'province',
      recordedBy: actor.userId,
      recordedAt: now,
    });
    return this.practice(actor, id);
  }

  private next(row: PracticeRow, action: GoodPracticeAction) {
    const next = nextGoodPracticeState({ status: row.status, level: row.level }, action);
    if (!next)
      throw BlocErrors.conflict('Mô hình đang ở bước khác, không thể làm việc này', 'The model is at another step: this does not apply');
    return next;
  }

  private async practice(actor: Actor, id: string): Promise<GoodPracticeDto> {
    await this.inReach(actor, id);
    return practiceById(this.db.manager, id);
  }

  private async inReach(actor: Actor, id: string): Promise<PracticeRow> {
    const row = await practiceRow(this.db.manager, id);
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
}
