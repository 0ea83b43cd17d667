import type { AgencyKind, CaseDeciderDto, CaseType } from '@tiep-dan/contracts';
import { competenceOf, seatAgencyOf, seatRole, type Competence } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { activeUsersJsonSql } from '../access/user-read-model';
import { agencyFacts, agencyNameSql } from '../organisation/organisation-read-model';

/** What the competence rule reads of a case. */
export interface CompetenceCase {
  type: CaseType;
  snapshot: unknown;
  lead_agency_id: string | null;
  commune_id: string;
  province_id: string;
}

function levelOf(snapshot: unknown): 'first' | 'second' {
  return (snapshot as { context?: { level?: unknown } }).context?.level === 'second' ? 'second' : 'first';
}

/** The kind of the case's lead agency, read in the caller's transaction (null while no agency leads it). */
export async function leadAgencyKind(tx: EntityManager, c: Pick<CompetenceCase, 'lead_agency_id'>): Promise<AgencyKind | null> {
  if (!c.lead_agency_id) return null;
  const [agency] = await agencyFacts(tx, [c.lead_agency_id]);
  return agency?.kind ?? null;
}

/** The competence table entry of this case and the agency whose leader or head holds the seat. */
export function seatOf(c: CompetenceCase, kind: AgencyKind | null): { competence: Competence; agencyId: string | null } | null {
  const competence = competenceOf({ type: c.type, level: levelOf(c.snapshot), leadAgencyKind: kind });
  if (!competence) return null;
  return {
    competence,
    agencyId: seatAgencyOf(competence.seat, { communeId: c.commune_id, provinceId: c.province_id, leadAgencyId: c.lead_agency_id }),
  };
}

/** Whether the signed-in person holds the seat: the seat's role at the seat's agency (the tree, not a name). */
export function holdsSeat(actor: Pick<Actor, 'role' | 'agencyId'>, seat: ReturnType<typeof seatOf>): boolean {
  return !!seat && !!seat.agencyId && actor.agencyId === seat.agencyId && actor.role === seatRole(seat.competence.seat);
}

/** Does the caller decide this case? One query for the lead agency's kind when the type has a seat. */
export async function decides(tx: EntityManager, actor: Pick<Actor, 'role' | 'agencyId'>, c: CompetenceCase): Promise<boolean> {
  if (!competenceOf({ type: c.type, leadAgencyKind: null })) return false;
  return holdsSeat(actor, seatOf(c, await leadAgencyKind(tx, c)));
}

/** The case page's "who decides": the seat, its agency and the people holding it (`kind`: the lead agency's, if known). */
export async function deciderOf(
  tx: EntityManager,
  actor: Pick<Actor, 'role' | 'agencyId'>,
  c: CompetenceCase,
  kind?: AgencyKind | null,
): Promise<CaseDeciderDto | null> {
  const seat = seatOf(c, kind !== undefined ? kind : await leadAgencyKind(tx, c));
  if (!seat) return null;
  const params: unknown[] = [];
  const rows: { found: SeatHolders | null }[] = seat.agencyId
    ? await tx.query(`SELECT ${seatHoldersSql(seat, params)} AS found`, params)
    : [];
  return deciderDto(actor, seat, rows[0]?.found ?? null);
}

/** The seat's agency name and the people holding the seat, as read by `seatHoldersSql`. */
export interface SeatHolders {
  agency_name: string | null;
  people: { id: string; fullName: string }[];
}

/** A json expression (`SeatHolders`; NULL without a seat agency) for a query of the caller's; appends its parameters. */
export function seatHoldersSql(seat: ReturnType<typeof seatOf>, params: unknown[]): string {
  if (!seat?.agencyId) return 'NULL::json';
  params.push(seat.agencyId, seatRole(seat.competence.seat));
  const [agency, role] = [params.length - 1, params.length];
  return `json_build_object('agency_name', ${agencyNameSql(`$${agency}::uuid`)}, 'people', ${activeUsersJsonSql(`$${agency}::uuid`, `$${role}::text`)})`;
}

export function deciderDto(
  actor: Pick<Actor, 'role' | 'agencyId'>,
  seat: NonNullable<ReturnType<typeof seatOf>>,
  found: SeatHolders | null,
): CaseDeciderDto {
  return {
    seat: seat.competence.seat,
    title: seat.competence.title,
    basis: seat.competence.basis,
    agencyId: seat.agencyId,
    agencyName: found?.agency_name ?? null,
    people: found?.people ?? [],
    isCaller: holdsSeat(actor, seat),
  };
}
