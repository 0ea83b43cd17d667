import { Injectable } from '@nestjs/common';
import type {
  CaseCategory,
  ComplaintOutcome,
  ReceptionLead,
  ReceptionRefusalReason,
  ReceptionSessionKind,
} from '@tiep-dan/contracts';
import { ReadDatabase } from '../../platform/database/read-database';
import {
  HANDLING_EVENT_TYPES,
  matterOutcome,
  priorStatus,
} from './matter-outcome';
import type {
  MatterType,
  PetitionFact,
  ReportFacts,
  ReportUnit,
  ResolutionFact,
  ResolutionFinish,
  SessionFact,
  VisitFact,
  VisitMatter,
} from './report-facts';

/** Channels by which a petition arrives in writing (a case so received without a letter row is one petition). */
const LETTER_CHANNELS = ['post', 'email', 'online', 'forwarded'];
const PETITION_TYPES = ['complaint', 'denunciation', 'proposal', 'reflection'];
/** Acceptance for resolution (thụ lý): Luật Khiếu nại 2011 Art. 27, Luật Tố cáo 2018 Art. 29. */
const ACCEPTANCE_EVENTS = ['TRIAGE_ACCEPT', 'ACCEPT'];
/** The end of a resolution at this level: a decision, a conclusion, or escalation to the next level when overdue. */
const FINISH_EVENTS: Record<string, ResolutionFinish> = {
  APPROVE: 'decision',
  CONCLUDE: 'conclusion',
  ESCALATE: 'escalation',
  WITHDRAW: 'withdrawal',
};
/** The deadlines of resolution: passing one before the end makes the resolution late. */
const RESOLUTION_RULES = [
  'complaint.resolve.first',
  'complaint.resolve.second',
  'denunciation.resolve',
];

/**
 * The earlier case a matter follows on (a second complaint's first one, or the case a repeat duplicates) as it stood
 * when the matter arrived, read from its history: resolved (decided, concluded or closed), itself a second complaint,
 * overdue (a deadline of it had passed).
 */
const EARLIER_CASE = (earlierId: string, arrivedAt: string) =>
  `SELECT (t.closed_at IS NOT NULL AND t.closed_at <= ${arrivedAt})
       OR EXISTS (SELECT 1 FROM case_events a WHERE a.case_id = t.id AND a.type IN ('APPROVE', 'CONCLUDE') AND a.at <= ${arrivedAt}) AS resolved,
     t.second_complaint_of IS NOT NULL AS second_level,
     EXISTS (SELECT 1 FROM case_events d WHERE d.case_id = t.id AND d.type = 'DEADLINE_PASSED' AND d.at <= ${arrivedAt}) AS overdue
   FROM cases t WHERE t.id = ${earlierId}`;

interface EarlierRow {
  earlier_resolved: boolean | null;
  earlier_second_level: boolean | null;
  earlier_overdue: boolean | null;
}

const priorOf = (r: EarlierRow) =>
  priorStatus(
    r.earlier_resolved === null
      ? null
      : {
          resolved: r.earlier_resolved,
          secondLevel: r.earlier_second_level === true,
          overdue: r.earlier_overdue === true,
        },
  );

interface VisitRow {
  id: string;
  commune_id: string;
  seq: number;
  visited_at: Date;
  group_size: number;
  refusal_reason: ReceptionRefusalReason | null;
  session_kind: ReceptionSessionKind;
  led_by: ReceptionLead | null;
  matters: VisitMatter[];
}

interface MatterRow extends EarlierRow {
  source: PetitionFact['source'];
  petition_id: string;
  commune_id: string;
  received_at: Date;
  signatories: number;
  type: MatterType;
  case_id: string;
  code: string;
  summary: string;
  category: CaseCategory;
  second_level: boolean;
  outcome_event: string | null;
  outcome_at: Date | null;
  /** The visit's reception case (the case itself for letters). */
  entry_code: string;
  letter_code: string | null;
  letter_summary: string | null;
}

interface ResolutionRow extends EarlierRow {
  id: string;
  code: string;
  summary: string;
  type: 'complaint' | 'denunciation';
  commune_id: string;
  petition_key: string;
  second_level: boolean;
  accepted_at: Date;
  finish_event: string | null;
  finished_at: Date | null;
  outcome: ComplaintOutcome | null;
  late: boolean;
  suspended: boolean;
}

/**
 * Reads the facts of one period and area. Everything is as it stood at the end of the period: events after it are
 * ignored, so a quarter's report does not change when it is printed again later.
 */
@Injectable()
export class ReportFactsReader {
  /** A period's facts are read from a replica when there is one (read-database.ts). */
  constructor(private readonly db: ReadDatabase) {}

  async read(
    units: ReportUnit[],
    from: Date,
    to: Date,
    fromDay: string,
    toDay: string,
  ): Promise<ReportFacts> {
    const ids = units.map((u) => u.id);
    const [visits, sessions, petitions, resolutions] = await Promise.all([
      this.visits(ids, from, to),
      this.sessions(ids, to, fromDay, toDay),
      this.petitions(ids, from, to),
      this.resolutions(ids, from, to),
    ]);
    return {
      from,
      to,
      fromDay,
      toDay,
      units,
      visits,
      sessions,
      petitions,
      resolutions,
    };
  }

  private async visits(
    communes: string[],
    from: Date,
    to: Date,
  ): Promise<VisitFact[]> {
    const rows: VisitRow[] = await this.db.query(
      `SELECT v.id, v.commune_id, v.seq, v.visited_at, v.group_size, v.refusal_reason, s.kind AS session_kind, s.led_by,
         COALESCE((SELECT json_agg(json_build_object('caseId', c.id, 'code', c.code, 'summary', c.summary,
             'contentType', vc.content_type, 'repeat', c.duplicate_of IS NOT NULL) ORDER BY vc.position)
           FROM reception_visit_cases vc JOIN cases c ON c.id = vc.case_id WHERE vc.visit_id = v.id), '[]'::json) AS matters
       FROM reception_visits v JOIN reception_sessions s ON s.id = v.session_id
       WHERE v.commune_id = ANY($1::uuid[]) AND v.visited_at >= $2 AND v.visited_at < $3
       ORDER BY v.visited_at, v.seq, v.id`,
      [communes, from, to],
    );
    return rows.map((r) => ({
      id: r.id,
      communeId: r.commune_id,
      seq: r.seq,
      at: new Date(r.visited_at),
      people: r.group_size,
      sessionKind: r.session_kind,
      ledBy: r.led_by,
      refusal: r.refusal_reason,
      matters: r.matters,
    }));
  }

  /** Leaders' sessions opened on a day of the period (a session planned but never opened was not held). */
  private async sessions(
    communes: string[],
    to: Date,
    fromDay: string,
    toDay: string,
  ): Promise<SessionFact[]> {
    const rows: {
      id: string;
      commune_id: string;
      day: string;
      kind: SessionFact['kind'];
      led_by: ReceptionLead | null;
    }[] = await this.db.query(
      `SELECT id, commune_id, session_date::text AS day, kind, led_by FROM reception_sessions
       WHERE commune_id = ANY($1::uuid[]) AND kind IN ('scheduled', 'ad_hoc') AND opened_at IS NOT NULL AND opened_at < $2
         AND session_date >= $3::date AND session_date <= $4::date
       ORDER BY session_date, id`,
      [communes, to, fromDay, toDay],
    );
    return rows.map((r) => ({
      id: r.id,
      communeId: r.commune_id,
      day: r.day,
      kind: r.kind,
      ledBy: r.led_by ?? 'head',
    }));
  }

  /**
   * Petitions received before the end of the period whose handling had not ended before it began, with each matter's
   * outcome and where it stood on arrival. A visit's matter is handled by the statutory case it opened, if any, and
   * its outcome is the earliest handling event on that case or on the reception case (the leader's direction).
   */
  private async petitions(
    communes: string[],
    from: Date,
    to: Date,
  ): Promise<PetitionFact[]> {
    const rows: MatterRow[] = await this.db.query(
      `WITH m AS (
         SELECT 'visit'::text AS source, v.id AS petition_id, v.commune_id, v.visited_at AS received_at, v.group_size AS signatories,
           vc.position AS pos, vc.content_type AS type, rc.id AS entry_id, COALESCE(st.id, rc.id) AS case_id
         FROM reception_visits v
         JOIN reception_visit_cases vc ON vc.visit_id = v.id
         JOIN cases rc ON rc.id = vc.case_id
         LEFT JOIN LATERAL (SELECT s.id FROM cases s WHERE s.opened_from_case_id = rc.id ORDER BY s.created_at, s.id LIMIT 1) st ON TRUE
         WHERE v.commune_id = ANY($1::uuid[]) AND v.visited_at < $3 AND v.refusal_reason IS NULL
         UNION ALL
         SELECT 'letter', l.id, l.commune_id, l.received_at, l.signatory_count,
           (row_number() OVER (PARTITION BY l.id ORDER BY c.created_at, c.code))::int - 1, c.type, c.id, c.id
         FROM letters l JOIN cases c ON c.letter_id = l.id
         WHERE l.commune_id = ANY($1::uuid[]) AND l.received_at < $3
         UNION ALL
         SELECT 'case', c.id, c.commune_id, c.received_at, c.group_size, 0, c.type, c.id, c.id
         FROM cases c
         WHERE c.commune_id = ANY($1::uuid[]) AND c.received_at < $3 AND c.letter_id IS NULL AND c.opened_from_case_id IS NULL
           AND c.channel = ANY($5::text[]) AND c.type = ANY($6::text[])
       ), o AS (
         SELECT m.*, h.code, h.summary, h.category, h.second_complaint_of IS NOT NULL AS second_level, en.code AS entry_code,
           ev.type AS outcome_event, ev.at AS outcome_at,
           earlier.resolved AS earlier_resolved, earlier.second_level AS earlier_second_level, earlier.overdue AS earlier_overdue
         FROM m JOIN cases h ON h.id = m.case_id JOIN cases en ON en.id = m.entry_id
         LEFT JOIN LATERAL (
           SELECT e.type, e.at FROM case_events e
           WHERE e.case_id IN (m.entry_id, m.case_id) AND e.at < $3
             AND (e.type = ANY($4::text[]) AND e.type <> 'WITHDRAW' OR e.type = 'WITHDRAW' AND e.to_state = 'terminated')
           ORDER BY e.at, e.id LIMIT 1
         ) ev ON TRUE
         LEFT JOIN LATERAL (${EARLIER_CASE('COALESCE(h.second_complaint_of, h.duplicate_of, en.duplicate_of)', 'm.received_at')}) earlier ON TRUE
       ), p AS (
         SELECT o.*, bool_and(o.outcome_at IS NOT NULL AND o.outcome_at < $2) OVER (PARTITION BY o.source, o.petition_id) AS done_before
         FROM o
       )
       SELECT p.*, l.code AS letter_code, l.summary AS letter_summary
       FROM p LEFT JOIN letters l ON p.source = 'letter' AND l.id = p.petition_id
       WHERE p.received_at >= $2 OR NOT p.done_before
       ORDER BY p.received_at, p.source, p.petition_id, p.pos`,
      [
        communes,
        from,
        to,
        HANDLING_EVENT_TYPES,
        LETTER_CHANNELS,
        PETITION_TYPES,
      ],
    );
    const petitions = new Map<string, PetitionFact>();
    for (const r of rows) {
      const key = `${r.source}:${r.petition_id}`;
      let petition = petitions.get(key);
      if (!petition) {
        petition = {
          source: r.source,
          id: r.petition_id,
          communeId: r.commune_id,
          code: r.letter_code ?? r.entry_code,
          summary: r.letter_summary ?? r.summary,
          receivedAt: new Date(r.received_at),
          signatories: r.signatories,
          matters: [],
        };
        petitions.set(key, petition);
      } else if (r.source === 'visit') {
        // A visit is listed with the reception cases of its matters, as in the register.
        petition.code += `, ${r.entry_code}`;
        petition.summary += `; ${r.summary}`;
      }
      petition.matters.push({
        caseId: r.case_id,
        code: r.code,
        summary: r.summary,
        type: r.type,
        category: r.category,
        secondLevel: r.second_level,
        prior: priorOf(r),
        outcome: matterOutcome(r.outcome_event, r.type),
        outcomeAt: r.outcome_at ? new Date(r.outcome_at) : null,
      });
    }
    return [...petitions.values()];
  }

  /** Complaints and denunciations accepted before the end of the period and not finished before it began. */
  private async resolutions(
    communes: string[],
    from: Date,
    to: Date,
  ): Promise<ResolutionFact[]> {
    const rows: ResolutionRow[] = await this.db.query(
      `SELECT c.id, c.code, c.summary, c.type, c.commune_id, c.second_complaint_of IS NOT NULL AS second_level,
         COALESCE(c.letter_id, vc.visit_id, c.id)::text AS petition_key,
         acc.at AS accepted_at, fin.type AS finish_event, fin.at AS finished_at, dec.outcome,
         earlier.resolved AS earlier_resolved, earlier.second_level AS earlier_second_level, earlier.overdue AS earlier_overdue,
         EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'DEADLINE_PASSED'
           AND e.payload->>'ruleId' = ANY($5::text[]) AND e.at <= COALESCE(fin.at, $3)) AS late,
         EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'SUSPEND' AND e.at < $3
           AND (e.at >= $2 OR NOT EXISTS (SELECT 1 FROM case_events r WHERE r.case_id = c.id AND r.type = 'RESUME' AND r.at > e.at AND r.at < $2))) AS suspended
       FROM cases c
       CROSS JOIN LATERAL (SELECT min(e.at) AS at FROM case_events e WHERE e.case_id = c.id AND e.type = ANY($4::text[]) AND e.at < $3) acc
       LEFT JOIN reception_visit_cases vc ON vc.case_id = c.opened_from_case_id
       LEFT JOIN cases rc ON rc.id = c.opened_from_case_id
       LEFT JOIN LATERAL (${EARLIER_CASE('COALESCE(c.second_complaint_of, c.duplicate_of, rc.duplicate_of)', 'c.received_at')}) earlier ON TRUE
       LEFT JOIN LATERAL (
         SELECT e.type, e.at FROM case_events e WHERE e.case_id = c.id AND e.at < $3 AND e.at >= acc.at
           AND (e.type IN ('APPROVE', 'CONCLUDE', 'ESCALATE') OR e.type = 'WITHDRAW' AND e.to_state = 'terminated')
         ORDER BY e.at, e.id LIMIT 1
       ) fin ON TRUE
       LEFT JOIN LATERAL (
         SELECT e.payload->>'outcome' AS outcome FROM case_events e
         WHERE e.case_id = c.id AND e.type = 'PROPOSE_DECISION' AND e.at <= fin.at ORDER BY e.at DESC, e.id DESC LIMIT 1
       ) dec ON fin.type = 'APPROVE'
       WHERE c.type IN ('complaint', 'denunciation') AND c.commune_id = ANY($1::uuid[]) AND acc.at IS NOT NULL
         AND (fin.at IS NULL OR fin.at >= $2)
       ORDER BY acc.at, c.code`,
      [communes, from, to, ACCEPTANCE_EVENTS, RESOLUTION_RULES],
    );
    return rows.map((r) => ({
      caseId: r.id,
      code: r.code,
      summary: r.summary,
      communeId: r.commune_id,
      type: r.type,
      petitionKey: r.petition_key,
      secondLevel: r.second_level,
      prior: priorOf(r),
      acceptedAt: new Date(r.accepted_at),
      finish: r.finish_event ? (FINISH_EVENTS[r.finish_event] ?? null) : null,
      finishedAt: r.finished_at ? new Date(r.finished_at) : null,
      outcome: r.outcome,
      late: r.late,
      suspendedInPeriod: r.suspended,
    }));
  }
}
