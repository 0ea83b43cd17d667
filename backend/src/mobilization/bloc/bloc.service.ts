import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BLOC_SIZE, type BlocDto, type BlocMemberDto, type BlocRole } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { activeUserSeat } from '../../access/user-read-model';
import { agencyFacts } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { inReach, isBlocHead, resolveBlocArea, type BlocArea } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import { memberOfCommune, memberRows, memberRowsOfUser, memberWithProvince, blocSettings, type MemberRow } from './bloc.read-model';
import { endBlocMemberTerm, insertBlocMember, lockBlocMembers, upsertBlocRules } from './bloc.repository';
import type { BlocMemberInputDto, BlocRulesDto } from './dto/bloc.dto';

/** Serving on a day: the term has started and not ended. */
export const serving = (m: { term_start: string; term_end: string | null }, day: string) =>
  m.term_start <= day && (m.term_end === null || m.term_end >= day);

/** The commune's bloc itself: its members (dated terms) and operating rules. */
@Injectable()
export class BlocService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return vnDateOf(this.clock.now());
  }

  area(actor: Actor, communeId?: string): Promise<BlocArea> {
    return resolveBlocArea(this.db, actor, communeId);
  }

  /** The commune the caller leads as the bloc's head, or 404 / 403. */
  async headArea(actor: Actor, communeId?: string): Promise<BlocArea> {
    const area = await this.area(actor, communeId);
    if (!isBlocHead(actor, area)) throw Refusals.headOnly();
    return area;
  }

  async bloc(actor: Actor, communeId?: string): Promise<BlocDto> {
    const area = await this.area(actor, communeId);
    const [settings, members] = await Promise.all([
      blocSettings(this.db.manager, area.communeId),
      this.members(this.db.manager, area.communeId),
    ]);
    const current = members.filter((m) => m.current);
    return {
      communeId: area.communeId,
      communeName: area.communeName,
      rules: settings?.rules ?? null,
      rulesAdoptedOn: settings?.rules_adopted_on ?? null,
      members,
      currentCount: current.length,
      sizeOk: current.length >= BLOC_SIZE.min && current.length <= BLOC_SIZE.max,
      headName: current.find((m) => m.blocRole === 'head')?.fullName ?? null,
      canManage: isBlocHead(actor, area),
      myMemberId: current.find((m) => m.userId !== null && m.userId === actor.userId)?.id ?? null,
    };
  }

  async setRules(actor: Actor, body: BlocRulesDto): Promise<BlocDto> {
    const area = await this.headArea(actor, body.communeId);
    await upsertBlocRules(this.db.manager, area.communeId, body.rules.trim(), body.adoptedOn, this.clock.now());
    return this.bloc(actor, area.communeId);
  }

  /**
   * Adds a member (kiện toàn). The head is the Party committee's secretary or deputy, one at a time; the bloc has at
   * most 13 members serving at once; an account is of the commune and is one member at a time.
   */
  async addMember(actor: Actor, body: BlocMemberInputDto): Promise<BlocDto> {
    const area = await this.headArea(actor, body.communeId);
    await this.db.transaction(async (tx) => {
      await lockBlocMembers(tx, area.communeId);
      if (body.blocRole === 'head' && body.kind !== 'party_committee')
        throw BlocErrors.invalid(
          'kind',
          'Trưởng khối là Bí thư hoặc Phó Bí thư Đảng ủy xã/phường',
          'The head is the Party committee’s secretary or deputy secretary',
        );
      const members = await memberRows(tx, area.communeId);
      const at = body.termStart;
      const servingThen = members.filter((m) => serving(m, at) || m.term_start > at);
      if (body.blocRole === 'head' && servingThen.some((m) => m.bloc_role === 'head'))
        throw BlocErrors.conflict(
          'Khối đã có trưởng khối: kết thúc nhiệm kỳ của người cũ trước',
          'The bloc has a head: end their term first',
        );
      if (servingThen.length >= BLOC_SIZE.max)
        throw BlocErrors.conflict(`Khối dân vận có tối đa ${BLOC_SIZE.max} thành viên`, `A bloc has at most ${BLOC_SIZE.max} members`);
      if (body.userId) {
        // An active account of an agency of this commune (its people's committee, offices, police).
        const seat = await activeUserSeat(tx, body.userId);
        const [agency] = seat?.agencyId ? await agencyFacts(tx, [seat.agencyId]) : [];
        if (!agency || agency.commune_id !== area.communeId)
          throw BlocErrors.invalid('userId', 'Tài khoản không thuộc xã/phường này', 'The account is not of this commune');
        if (servingThen.some((m) => m.user_id === body.userId))
          throw BlocErrors.conflict('Tài khoản này đã là thành viên của khối', 'This account is already a member of the bloc');
      }
      await insertBlocMember(tx, {
        communeId: area.communeId,
        fullName: body.fullName.trim(),
        position: body.position.trim(),
        kind: body.kind,
        blocRole: body.blocRole,
        userId: body.userId ?? null,
        termStart: body.termStart,
        createdAt: this.clock.now(),
      });
    });
    return this.bloc(actor, area.communeId);
  }

  async endMemberTerm(actor: Actor, memberId: string, termEnd: string): Promise<BlocDto> {
    const member = await this.memberInReach(actor, memberId);
    if (!isBlocHead(actor, { communeId: member.commune_id })) throw Refusals.headOnly();
    if (termEnd < member.term_start)
      throw BlocErrors.invalid('termEnd', 'Ngày kết thúc nhiệm kỳ trước ngày bắt đầu', 'The term ends before it starts');
    await endBlocMemberTerm(this.db.manager, memberId, termEnd);
    return this.bloc(actor, member.commune_id);
  }

  /** Every member of the commune's bloc, serving ones first (head, deputy, members), then past ones. */
  async members(db: EntityManager, communeId: string): Promise<BlocMemberDto[]> {
    const today = this.today();
    return (await memberRows(db, communeId))
      .map(
        (m): BlocMemberDto => ({
          id: m.id,
          fullName: m.full_name,
          position: m.position,
          kind: m.kind,
          blocRole: m.bloc_role,
          userId: m.user_id,
          termStart: m.term_start,
          termEnd: m.term_end,
          current: serving(m, today),
        }),
      )
      .sort(
        (a, b) =>
          Number(b.current) - Number(a.current) ||
          ROLE_ORDER[a.blocRole] - ROLE_ORDER[b.blocRole] ||
          a.fullName.localeCompare(b.fullName, 'vi'),
      );
  }

  /** A member of the commune's bloc named in a request (a task owner, an attendee), or a 400 on that field. */
  async memberOf(db: EntityManager, communeId: string, memberId: string, field: string): Promise<MemberRow> {
    const row = await memberOfCommune(db, communeId, memberId);
    if (!row) throw BlocErrors.invalid(field, 'Không phải thành viên của khối', 'Not a member of the bloc');
    return row;
  }

  /** The caller's own serving member record in the commune's bloc, if any. */
  async memberIdOf(db: EntityManager, actor: Actor, communeId: string): Promise<string | null> {
    const rows = await memberRowsOfUser(db, actor.userId, communeId);
    return rows.find((m) => serving(m, this.today()))?.id ?? null;
  }

  private async memberInReach(actor: Actor, memberId: string): Promise<MemberRow> {
    const row = await memberWithProvince(this.db.manager, memberId);
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

const ROLE_ORDER: Record<BlocRole, number> = { head: 0, deputy: 1, member: 2 };
