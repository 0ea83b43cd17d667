import { Injectable } from '@nestjs/common';
import { petitionMatterRows, resolutionRows, visitMattersJsonSql, type EarlierCaseRow } from '../../cases/case-read-model';
import { ReadDatabase } from '../../platform/database/read-database';
import { heldSessions, visitsOfPeriod } from '../../reception/reception-read-model';
import { HANDLING_EVENT_TYPES, matterOutcome, priorStatus } from './matter-outcome';
import type {
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
const RESOLUTION_RULES = ['complaint.resolve.first', 'complaint.resolve.second', 'denunciation.resolve'];

type EarlierRow = EarlierCaseRow;

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

/**
 * Reads the facts of one period and area. Everything is as it stood at the end of the period: events after it are
 * ignored, so a quarter's report does not change when it is printed again later.
 */
@Injectable()
export class ReportFactsReader {
  /** A period's facts are read from a replica when there is one (read-database.ts). */
  constructor(private readonly db: ReadDatabase) {}

  async read(units: ReportUnit[], from: Date, to: Date, fromDay: string, toDay: string): Promise<ReportFacts> {
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

  private async visits(communes: string[], from: Date, to: Date): Promise<VisitFact[]> {
    const rows = await visitsOfPeriod<VisitMatter>(this.db, communes, from, to, visitMattersJsonSql);
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
  private async sessions(communes: string[], to: Date, fromDay: string, toDay: string): Promise<SessionFact[]> {
    const rows = await heldSessions(this.db, communes, to, fromDay, toDay);
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
  private async petitions(communes: string[], from: Date, to: Date): Promise<PetitionFact[]> {
    const rows = await petitionMatterRows(this.db, {
      communes,
      from,
      to,
      handlingEvents: HANDLING_EVENT_TYPES,
      letterChannels: LETTER_CHANNELS,
      petitionTypes: PETITION_TYPES,
    });
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
  private async resolutions(communes: string[], from: Date, to: Date): Promise<ResolutionFact[]> {
    const rows = await resolutionRows(this.db, {
      communes,
      from,
      to,
      acceptanceEvents: ACCEPTANCE_EVENTS,
      resolutionRules: RESOLUTION_RULES,
    });
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
