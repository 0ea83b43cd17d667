import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoodPracticeDto, GoodPracticeInput, GoodPracticeStatus, RecognitionLevel } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { agencyNameSql, agencyProvinceSql } from '../../organisation/organisation-read-model';
import { areaScopeSql, may, scopeOf } from '../../access/policy';
import { Clock } from '../../platform/clock/clock';
import { MobilizationErrors } from '../mobilization.errors';
import { MobilizationService } from '../mobilization.service';
import { inReach, isBlocHead, isProvinceLeader } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import { BlocService } from './bloc.service';
import type { AddFollowUpDto, NominateGoodPracticeDto, RecogniseGoodPracticeDto, ReviewGoodPracticeDto } from './dto/bloc.dto';
import { nextGoodPracticeState, type GoodPracticeAction } from './good-practice-flow';

interface PracticeRow {
  id: string;
  team_id: string | null;
  team_name: string | null;
  commune_id: string;
  commune_name: string;
  province_id: string;
  year: number;
  title: string;
  description: string;
  results: string | null;
  owner: string | null;
  status: GoodPracticeStatus;
  level: RecognitionLevel | null;
  review_note: string | null;
  decision_ref: string | null;
  recorded_at: Date;
  recognised_at: Date | null;
}

const PRACTICE_SQL = `SELECT g.id, g.team_id, t.name AS team_name, g.commune_id, ${agencyNameSql('g.commune_id')} AS commune_name,
    ${agencyProvinceSql('g.commune_id')} AS province_id, g.year, g.title,
    g.description, g.results, g.owner, g.status, g.level, g.review_note, g.decision_ref, g.recorded_at, g.recognised_at
  FROM good_practices g LEFT JOIN mobilization_teams t ON t.id = g.team_id`;

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
    return this.query(`g.commune_id = $1 AND ($2::int IS NULL OR g.year = $2)`, [area.communeId, year ?? null]);
  }

  /** The register: recognised models of the caller's commune, or of the province for province-level staff. */
  async register(actor: Actor, year?: number, communeId?: string): Promise<GoodPracticeDto[]> {
    const area = scopeOf(actor, 'area');
    if (area.kind === 'none') return [];
    const params: unknown[] = [];
    const inArea = areaScopeSql(area, params, {
      commune: 'g.commune_id',
      province: agencyProvinceSql('g.commune_id'),
    });
    params.push(year ?? null, communeId ?? null);
    return this.query(
      `g.status = 'recognised' AND ${inArea}
       AND ($2::int IS NULL OR g.year = $2) AND ($3::uuid IS NULL OR g.commune_id = $3)`,
      params,
    );
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
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO good_practices (commune_id, team_id, year, title, description, results, owner, status, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'nominated', $8, $9) RETURNING id`,
      [
        area.communeId,
        team?.id ?? null,
        body.year,
        body.title.trim(),
        body.description.trim(),
        body.results.trim(),
        body.owner.trim(),
        actor.userId,
        this.clock.now(),
      ],
    );
    return this.practice(actor, id);
  }

  async review(actor: Actor, id: string, body: ReviewGoodPracticeDto): Promise<GoodPracticeDto> {
    const row = await this.inReach(actor, id);
    if (!isBlocHead(actor, { communeId: row.commune_id })) throw Refusals.headOnly();
    const next = this.next(row, { kind: 'review', outcome: body.outcome });
    await this.db.query(`UPDATE good_practices SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5 WHERE id = $1`, [
      id,
      next.status,
      body.note.trim(),
      actor.userId,
      this.clock.now(),
    ]);
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
    await this.db.query(
      `UPDATE good_practices SET status = $2, level = $3, decision_ref = COALESCE($4, decision_ref), recognised_by = $5, recognised_at = $6 WHERE id = $1`,
      [id, next.status, next.level, body.decisionRef?.trim() || null, actor.userId, this.clock.now()],
    );
    return this.practice(actor, id);
  }

  async followUp(actor: Actor, id: string, body: AddFollowUpDto): Promise<GoodPracticeDto> {
    const row = await this.inReach(actor, id);
    if (!isBlocHead(actor, { communeId: row.commune_id }) && !isProvinceLeader(actor, { provinceId: row.province_id }))
      throw Refusals.headOnly();
    this.next(row, { kind: 'follow_up' });
    await this.db.query(
      `INSERT INTO good_practice_follow_ups (practice_id, followed_on, place, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, body.followedOn, body.place.trim(), body.note.trim(), actor.userId, this.clock.now()],
    );
    return this.practice(actor, id);
  }

  /** A leader records a team's model already recognised (straight into the register, at the leader's level). */
  async recordRecognised(actor: Actor, teamId: string, body: GoodPracticeInput): Promise<GoodPracticeDto> {
    if (!may(actor, 'team.practice.record')) throw MobilizationErrors.forbidden();
    const team = await this.teams.teamInScope(actor, teamId);
    const now = this.clock.now();
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO good_practices (commune_id, team_id, year, title, description, owner, status, level, recorded_by, recorded_at, recognised_by, recognised_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'recognised', $7, $8, $9, $8, $9) RETURNING id`,
      [
        team.communeId,
        team.id,
        body.year,
        body.title.trim(),
        body.description.trim(),
        team.name,
        actor.communeId ? 'commune' : 'province',
        actor.userId,
        now,
      ],
    );
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
    const [dto] = await this.query(`g.id = $1`, [id]);
    return dto;
  }

  private async inReach(actor: Actor, id: string): Promise<PracticeRow> {
    const rows: PracticeRow[] = await this.db.query(`${PRACTICE_SQL} WHERE g.id = $1`, [id]);
    const row = rows[0];
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

  private async query(where: string, params: unknown[]): Promise<GoodPracticeDto[]> {
    const rows: PracticeRow[] = await this.db.query(
      `${PRACTICE_SQL} WHERE ${where} ORDER BY g.year DESC, g.recognised_at DESC NULLS LAST, g.recorded_at DESC LIMIT 500`,
      params,
    );
    const followUps: {
      id: string;
      practice_id: string;
      followed_on: string;
      place: string;
      note: string;
    }[] = await this.db.query(
      `SELECT id, practice_id, followed_on::text AS followed_on, place, note FROM good_practice_follow_ups
         WHERE practice_id = ANY($1::uuid[]) ORDER BY followed_on, created_at`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      teamId: r.team_id,
      teamName: r.team_name,
      communeId: r.commune_id,
      communeName: r.commune_name,
      year: r.year,
      title: r.title,
      description: r.description,
      results: r.results,
      owner: r.owner ?? r.team_name ?? '',
      status: r.status,
      level: r.level,
      reviewNote: r.review_note,
      decisionRef: r.decision_ref,
      recordedAt: new Date(r.recorded_at).toISOString(),
      recognisedAt: r.recognised_at ? new Date(r.recognised_at).toISOString() : null,
      followUps: followUps
        .filter((f) => f.practice_id === r.id)
        .map((f) => ({
          id: f.id,
          followedOn: f.followed_on,
          place: f.place,
          note: f.note,
        })),
    }));
  }
}
