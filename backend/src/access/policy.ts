import { ROLES, type CaseType, type Role } from '@tiep-dan/contracts';
import { canSend } from '@tiep-dan/workflows';
import type { Actor } from './actor';

/**
 * Who may do what, and who reaches which records: the one place that says it (issue 20). Pure data and functions, no
 * Nest: controllers name an action with `@Allow('…')` (read by the global AuthGuard, auth.guard.ts), services ask
 * `may(actor, action, resource)`, and every query limits its rows with `scopeOf(actor, kind)` turned into SQL by
 * `caseScopeSql` / `areaScopeSql` (the bloc's, which reads the agency tree, by `reachCondition` in bloc-access.ts).
 *
 * An action's `roles` are who may do it. Where today's answer to a refused role comes from the service, with a more
 * precise refusal than the guard's ROLE_NOT_ALLOWED (an inspector creating a case hears CASE_CREATE_FORBIDDEN; sending an
 * event, CASE_READ_ONLY), the action's `door` names the wider set the route lets through; `may` always answers with
 * `roles`. Which machine events a role may send on a case type stays in workflows (`permissions.ts`): `case.event`
 * with an `event` asks it.
 *
 * Adding an action: a line in POLICY (roles, and a check if a resource or the actor's seat decides too), `@Allow` on the
 * route, `may` in the service if it judges a resource, and its rows in policy.spec.ts.
 */

/** The person asking; only what the rules read. */
export type PolicyActor = Pick<Actor, 'role' | 'agencyId' | 'communeId' | 'provinceId'> &
  Partial<Pick<Actor, 'userId' | 'neighbourhoodId'>>;

// ---- who reaches what (the scopes) -----------------------------------------------------------------------------------

/**
 * What part of the case data an actor may see (DOMAIN.md; issue "Agencies, people and access"):
 * - agency: cases where one of these agencies is lead or coordinating (handlers and agency heads)
 * - commune: cases of these communes (commune leaders, inspectors, reception officers and team leads of a commune)
 * - province: every case of the province (province leaders, inspectors, reception officers and team leads)
 * - none: no case data at all (administrators manage people and organisation, not cases)
 */
export type CaseScope =
  | { kind: 'agency'; agencyIds: string[] }
  | { kind: 'commune'; communeIds: string[] }
  | { kind: 'province'; provinceId: string }
  | { kind: 'none' };

/**
 * The area of a commune's public records (dialogues, letters, mobilization teams, the good-practice register): everyone
 * working in a commune reaches its commune, province-level users the province, administrators nothing.
 */
export type AreaScope = { kind: 'commune'; communeId: string } | { kind: 'province'; provinceId: string } | { kind: 'none' };

/**
 * Who follows a commune's mobilization bloc: the people of a commune (every role but administrators) their commune's;
 * province leaders and inspectors every commune of the province; administrators and other province-level staff none.
 */
export type BlocReach = { kind: 'commune'; communeId: string } | { kind: 'province'; provinceId: string };

export interface Scopes {
  case: CaseScope;
  area: AreaScope;
  bloc: BlocReach | null;
}
export type ScopeKind = keyof Scopes;

/** Where an actor sits: enough for the area and bloc scopes (the case scope also needs the agency). */
export type Seat = Pick<Actor, 'role' | 'communeId' | 'provinceId'>;

/** What this actor reaches of one kind of record. */
export function scopeOf(actor: PolicyActor, kind: 'case'): CaseScope;
export function scopeOf(actor: Seat, kind: 'area'): AreaScope;
export function scopeOf(actor: Seat, kind: 'bloc'): BlocReach | null;
export function scopeOf(actor: Seat & Partial<Pick<Actor, 'agencyId'>>, kind: ScopeKind): Scopes[ScopeKind] {
  switch (kind) {
    case 'case':
      return caseScope(actor as PolicyActor);
    case 'area':
      if (actor.role === 'admin') return { kind: 'none' };
      return actor.communeId ? { kind: 'commune', communeId: actor.communeId } : { kind: 'province', provinceId: actor.provinceId };
    case 'bloc':
      if (actor.role === 'admin') return null;
      if (actor.communeId) return { kind: 'commune', communeId: actor.communeId };
      if (actor.role === 'leader' || actor.role === 'inspector') return { kind: 'province', provinceId: actor.provinceId };
      return null;
  }
}

/** Scope of a role held at an agency. Province-level agencies widen the commune roles to the province. */
function caseScope(actor: PolicyActor): CaseScope {
  switch (actor.role) {
    case 'agency_handler':
    case 'agency_head':
      return { kind: 'agency', agencyIds: [actor.agencyId] };
    case 'leader':
    case 'inspector':
    case 'reception_officer':
    case 'mobilization_lead':
      return actor.communeId ? { kind: 'commune', communeIds: [actor.communeId] } : { kind: 'province', provinceId: actor.provinceId };
    case 'admin':
      return { kind: 'none' };
  }
}

/**
 * A case scope as SQL over the case row `alias` (every case query and every case action adds it). Parameters are
 * appended to `params`; the fragment refers to them by number.
 */
export function caseScopeSql(scope: CaseScope, params: unknown[], alias = 'c'): string {
  switch (scope.kind) {
    case 'agency':
      params.push(scope.agencyIds);
      return `(${alias}.lead_agency_id = ANY($${params.length}::uuid[]) OR ${alias}.coordinating_agency_ids && $${params.length}::uuid[])`;
    case 'commune':
      params.push(scope.communeIds);
      return `${alias}.commune_id = ANY($${params.length}::uuid[])`;
    case 'province':
      params.push(scope.provinceId);
      return `${alias}.province_id = $${params.length}`;
    case 'none':
      return 'FALSE';
  }
}

/** An area scope as SQL: the record's commune column, or its province column (`a.province_id` of a joined commune). */
export function areaScopeSql(scope: AreaScope, params: unknown[], columns: { commune: string; province: string }): string {
  switch (scope.kind) {
    case 'commune':
      params.push(scope.communeId);
      return `${columns.commune} = $${params.length}`;
    case 'province':
      params.push(scope.provinceId);
      return `${columns.province} = $${params.length}`;
    case 'none':
      return 'FALSE';
  }
}

// ---- the resources a rule judges ---------------------------------------------------------------------------------------

/** A case as the rules read it (the columns of `cases`). */
export interface CaseFacts {
  commune_id: string;
  province_id: string;
  lead_agency_id: string | null;
  coordinating_agency_ids?: readonly string[] | null;
}
/** A machine event on a case: the machines say which roles send it (workflows `permissions.ts`). */
export interface CaseEventFacts extends CaseFacts {
  type: CaseType;
  event?: { type: string; /** The caller holds the case's deciding seat (competence.ts). */ decides?: boolean };
}
/** What the reveal rule reads of a case found in scope; `assigned_by_*` is the actor of the latest HANDLER_ASSIGNED. */
export interface RevealFacts {
  lead_agency_id: string | null;
  lead_agency_kind: string | null;
  assigned_handler_id: string | null;
  assigned_by_id: string | null;
  assigned_by_role: string | null;
  commune_id: string;
}
/** A commune-level record (a dialogue, a letter, a team, a bloc's plan). */
export interface AreaFacts {
  communeId: string;
  provinceId: string;
}
/** A mobilization team: its commune and neighbourhood. */
export interface TeamFacts {
  communeId: string;
  neighbourhoodId: string;
}

/** Whether a case is within a scope, the same test `caseScopeSql` makes in SQL. */
export function reachesCase(scope: CaseScope, c: CaseFacts): boolean {
  switch (scope.kind) {
    case 'agency':
      return (
        (!!c.lead_agency_id && scope.agencyIds.includes(c.lead_agency_id)) ||
        (c.coordinating_agency_ids ?? []).some((a) => scope.agencyIds.includes(a))
      );
    case 'commune':
      return scope.communeIds.includes(c.commune_id);
    case 'province':
      return scope.provinceId === c.province_id;
    case 'none':
      return false;
  }
}

/** Whether a commune-level record is within an area scope, the same test `areaScopeSql` makes in SQL. */
export function reachesArea(scope: AreaScope, record: AreaFacts): boolean {
  if (scope.kind === 'none') return false;
  return scope.kind === 'commune' ? scope.communeId === record.communeId : scope.provinceId === record.provinceId;
}

/** Whether a commune's bloc record is within the actor's bloc reach. */
export function reachesBloc(reach: BlocReach | null, record: AreaFacts): boolean {
  if (!reach) return false;
  return reach.kind === 'commune' ? reach.communeId === record.communeId : reach.provinceId === record.provinceId;
}

// ---- the catalogue -----------------------------------------------------------------------------------------------------

/** Every role but administrators (who manage people and organisation, not cases or meetings). */
const STAFF: readonly Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head', 'inspector', 'mobilization_lead'];
/** Staff who act, not only read: every role but administrators and inspectors. */
const ACTORS: readonly Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head', 'mobilization_lead'];
/** The people who take in letters and hold meetings with citizens: the desk, leaders and agencies (never inspectors or team leads). */
const WRITERS: readonly Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head'];
const AGENCY: readonly Role[] = ['agency_handler', 'agency_head'];
const DESK: readonly Role[] = ['reception_officer', 'leader'];
const OVERSIGHT: readonly Role[] = ['leader', 'inspector'];
const LEADER: readonly Role[] = ['leader'];
const ADMIN: readonly Role[] = ['admin'];
const ANYONE: readonly Role[] = ROLES;

/** Handlers who gave a case to a handler in a way that lets the handler see the denouncer (not a self-claim). */
const ASSIGNERS_WHO_APPROVE: readonly string[] = ['agency_head', 'leader'];

interface Rule<R> {
  /** Who may. */
  roles: readonly Role[];
  /** The roles a route naming this action lets through, when wider than `roles` (the service then refuses the rest). */
  door?: readonly Role[];
  /** Beyond the role: what the actor's seat, or the resource given to `may`, must be. */
  check?: (actor: PolicyActor, resource: R | undefined) => boolean;
  /** In a sentence, for the catalogue's readers and the spec's names. */
  what: string;
}
const rule = <R = never>(r: Rule<R>): Rule<R> => r;

const leads = (actor: PolicyActor, c: { lead_agency_id: string | null }) => !!c.lead_agency_id && c.lead_agency_id === actor.agencyId;
const provinceSeat = (actor: PolicyActor, area?: Pick<AreaFacts, 'provinceId'>) =>
  actor.communeId === null && (!area || actor.provinceId === area.provinceId);

export const POLICY = {
  // ---- oneself and the organisation
  'account.self': rule({ roles: ANYONE, what: 'own session, password and notifications' }),
  'organisation.read': rule({ roles: ANYONE, what: 'the agency tree and neighbourhoods (to pick an agency)' }),
  'organisation.manage': rule({ roles: ADMIN, what: 'create and change agencies and neighbourhoods' }),
  'users.manage': rule({ roles: ADMIN, what: 'accounts, roles, passwords and the security audit log' }),
  'open311.manage': rule({ roles: ADMIN, what: 'Open311 client keys' }),
  'clock.move': rule({ roles: ADMIN, what: 'move the testing clock' }),
  'deadlines.read': rule({ roles: ANYONE, what: 'the deadline rules and their preview' }),

  // ---- cases
  'case.read': rule<CaseFacts>({
    roles: STAFF,
    check: (a, c) => !c || reachesCase(scopeOf(a, 'case'), c),
    what: 'list and read cases, their files, notices and assignee, within the case scope',
  }),
  'case.create': rule({
    roles: ACTORS,
    door: STAFF,
    what: 'take in a new case (inspectors reach the route and hear CASE_CREATE_FORBIDDEN)',
  }),
  'case.event': rule<CaseEventFacts>({
    roles: ACTORS,
    door: STAFF,
    check: (a, c) =>
      !c ||
      (reachesCase(scopeOf(a, 'case'), c) &&
        // Agency staff act on the cases their agency leads; a coordinating agency follows the case but does not move it.
        (!AGENCY.includes(a.role) || leads(a, c)) &&
        (!c.event || canSend(c.type, c.event.type, a.role, c.event.decides ?? false))),
    what: 'send a machine event on a case (inspectors hear CASE_READ_ONLY; which event, the machines say)',
  }),
  'case.attach': rule<CaseFacts>({
    roles: ACTORS,
    door: STAFF,
    check: (a, c) => !c || reachesCase(scopeOf(a, 'case'), c),
    what: 'add a file to a case (inspectors hear CASE_READ_ONLY)',
  }),
  'case.follow-up': rule({ roles: WRITERS, what: 'file a second complaint or a re-denunciation at the next level' }),
  'case.remind': rule<CaseFacts>({
    roles: LEADER,
    check: (a, c) => !c || reachesCase(scopeOf(a, 'case'), c),
    what: 'urge the agency handling a case (đôn đốc)',
  }),
  'case.identity.reveal': rule<RevealFacts>({
    roles: ['agency_handler', 'agency_head', 'leader'],
    check: (a, c) => {
      if (!c) return true;
      switch (a.role) {
        case 'agency_handler':
          // Taking a case oneself does not qualify: the head (or a leader) must have given it to this handler.
          return (
            leads(a, c) &&
            c.assigned_handler_id === a.userId &&
            c.assigned_by_id !== a.userId &&
            ASSIGNERS_WHO_APPROVE.includes(c.assigned_by_role ?? '')
          );
        case 'agency_head':
          return leads(a, c);
        case 'leader':
          return a.communeId !== null
            ? a.communeId === c.commune_id
            : c.lead_agency_kind === 'province' || c.lead_agency_kind === 'department';
        default:
          return false;
      }
    },
    what: "read a denouncer's identity (Luật Tố cáo 2018 Art. 47): the assigned handler, the lead agency's head, the resolving leader",
  }),
  'case.assign': rule({ roles: AGENCY, what: 'give a case to a handler of the agency' }),
  'case.assign.any': rule<Pick<CaseFacts, 'lead_agency_id'>>({
    roles: ['agency_head'],
    check: (a, c) => !c || leads(a, c),
    what: 'give a case the own agency leads to any of its handlers, or move it from one to another (the head; a handler only takes or hands back their own)',
  }),
  'case.claim': rule<Pick<CaseFacts, 'lead_agency_id'>>({
    roles: ['agency_handler'],
    check: (a, c) => !c || leads(a, c),
    what: 'take a case of the own agency with the first action on it (ownership.ts)',
  }),
  'case.accept': rule<{ agencyId: string }>({
    roles: ANYONE,
    check: (a, r) => !r || !AGENCY.includes(a.role) || r.agencyId === a.agencyId,
    what: 'name the accepting agency of ACCEPT / TRIAGE_ACCEPT (who sends them, the machines say): agency staff their own only',
  }),
  'case.reassign': rule({ roles: LEADER, what: 'give a case to another lead agency, within the leader’s reach (reassignment.ts)' }),
  'inbox.read': rule({ roles: ['agency_handler', 'agency_head', 'leader', 'inspector'], what: 'the agency inbox and its summary' }),
  'inbox.handlers': rule({ roles: ['agency_head'], what: "the handlers' loads of the own agency" }),

  // ---- letters, reception, dialogues
  'letter.register': rule({ roles: WRITERS, what: 'register a letter and give each of its matters a case' }),
  'letter.read': rule<AreaFacts>({
    roles: [...WRITERS, 'inspector'],
    check: (a, l) => !l || reachesArea(scopeOf(a, 'area'), l),
    what: 'the register of letters of the commune or province',
  }),
  'reception.read': rule({ roles: [...DESK, 'inspector'], what: 'the reception day, sessions, visits and register' }),
  'reception.desk': rule({ roles: DESK, what: 'work the desk: schedule, sessions, visits, receipts' }),
  'dialogue.read': rule<AreaFacts>({
    roles: STAFF,
    check: (a, d) => !d || reachesArea(scopeOf(a, 'area'), d),
    what: 'dialogues of the commune or province',
  }),
  'dialogue.write': rule<AreaFacts>({
    roles: WRITERS,
    check: (a, d) => !d || reachesArea(scopeOf(a, 'area'), d),
    what: 'hold a dialogue: schedule, minutes, commitments, cases, files',
  }),

  // ---- dashboard and settings
  'reports.read': rule({ roles: OVERSIGHT, what: 'the overview, periodic reports and the ratings by agency' }),
  'settings.read': rule({ roles: ['leader', 'inspector', 'admin'], what: 'the hot-spot thresholds' }),
  'settings.update': rule({
    roles: ['leader', 'admin'],
    check: (a) => a.role === 'admin' || provinceSeat(a),
    what: 'province-wide settings (hot-spot thresholds, scorecard criteria): administrators and province leaders',
  }),

  // ---- mobilization teams
  'team.read': rule<AreaFacts>({
    roles: STAFF,
    check: (a, t) => !t || reachesArea(scopeOf(a, 'area'), t),
    what: 'teams, the ranking, scorecards and the good-practice register',
  }),
  'team.criteria.read': rule({ roles: ANYONE, what: 'the scorecard criteria' }),
  'team.create': rule({ roles: LEADER, what: 'set up a mobilization team' }),
  'team.lead': rule<Pick<TeamFacts, 'neighbourhoodId'>>({
    roles: ['mobilization_lead'],
    check: (a, t) => !t || a.neighbourhoodId === t.neighbourhoodId,
    what: "lead the team of one's own neighbourhood",
  }),
  'team.record': rule<TeamFacts>({
    roles: ['leader', 'reception_officer', 'mobilization_lead'],
    check: (a, t) => {
      if (!t) return true;
      if (a.role === 'mobilization_lead') return a.neighbourhoodId === t.neighbourhoodId;
      return a.communeId === null || a.communeId === t.communeId;
    },
    what: "keep a team's records: its own lead, or the commune's leaders and reception officers",
  }),
  'team.practice.record': rule({ roles: LEADER, what: "record a team's model already recognised" }),

  // ---- the mobilization bloc
  'bloc.read': rule<AreaFacts>({
    roles: STAFF,
    check: (a, r) => !r || reachesBloc(scopeOf(a, 'bloc'), r),
    what: "follow a commune's bloc, its plans, briefings, reports and models",
  }),
  'bloc.report': rule({ roles: ACTORS, what: 'report on own bloc work, note opinions, nominate models (members; inspectors read)' }),
  'bloc.lead': rule<Pick<AreaFacts, 'communeId'>>({
    roles: LEADER,
    check: (a, r) => !r || a.communeId === r.communeId,
    what: "act as the commune's bloc head: a leader of that commune",
  }),
  'bloc.province': rule<Pick<AreaFacts, 'provinceId'>>({
    roles: LEADER,
    check: (a, r) => provinceSeat(a, r),
    what: "act as the province's leader on its communes' models (recognise at the province level, follow up)",
  }),
  'bloc.inspect': rule<Pick<AreaFacts, 'provinceId'>>({
    roles: OVERSIGHT,
    check: (a, r) => provinceSeat(a, r),
    what: 'inspect a village team from the level above: a province leader or inspector of its province',
  }),
} as const;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];
/** The resource an action's rule judges (`never` for role-only actions). */
export type ResourceOf<A extends Action> = (typeof POLICY)[A] extends Rule<infer R> ? R : never;

/** The roles allowed an action. */
export function rolesFor(action: Action): readonly Role[] {
  return POLICY[action].roles;
}

/** The roles a route naming this action lets through (the guard's check); the service refuses the rest of `door`. */
export function rolesAtDoor(action: Action): readonly Role[] {
  const r = POLICY[action] as Rule<unknown>;
  return r.door ?? r.roles;
}

/**
 * May this actor do this (to this resource)? Without a resource: the role, and the actor's seat where the action needs
 * one (a province seat for province-wide settings). With one: also whether the actor reaches it and the action's rule.
 */
export function may<A extends Action>(actor: PolicyActor, action: A, resource?: ResourceOf<A>): boolean {
  const r = POLICY[action] as unknown as Rule<ResourceOf<A>>;
  if (!r.roles.includes(actor.role)) return false;
  return r.check ? r.check(actor, resource) : true;
}

/** Inspectors see their area read-only. */
export function isReadOnly(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'inspector';
}
