import type { CaseSummaryDto, LetterChannel, LetterDto, LetterMatterType } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { userNameSql } from '../access/user-read-model';
import { areaScopeSql, type AreaScope } from '../access/policy';
import { letterAwaitsTriageSql } from '../cases/case-read-model';
import type { LetterSender } from './letter.entity';

/** The letters context's reads of its own table (letters) for the register (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

export interface LetterRow {
  id: string;
  code: string;
  channel: LetterChannel;
  received_at: Date;
  commune_id: string;
  neighbourhood_id: string | null;
  senders: LetterSender[];
  sender_count: number;
  signatory_count: number;
  confidential: boolean;
  forwarded_by: string | null;
  document_no: string | null;
  summary: string;
  created_at: Date;
  registered_by: string | null;
}

/** Which letters: one by id, or those of a channel, received in a period, awaiting triage or not. */
export interface LetterFilter {
  id?: string;
  channel?: LetterChannel;
  receivedFrom?: Date;
  receivedTo?: Date;
  pending?: boolean;
}

/** The letters of the area (a commune's or a province's) that pass the filter, newest first, at most `limit`. */
export async function letterRows(db: Queryable, area: AreaScope, filter: LetterFilter, limit: number): Promise<LetterRow[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (condition: string, value?: unknown) => {
    where.push(condition);
    if (value !== undefined) values.push(value);
  };
  if (filter.id !== undefined) add('l.id = $X', filter.id);
  if (filter.channel) add('l.channel = $X', filter.channel);
  if (filter.receivedFrom) add('l.received_at >= $X', filter.receivedFrom);
  if (filter.receivedTo) add('l.received_at < $X', filter.receivedTo);
  const awaiting = letterAwaitsTriageSql('l.id');
  if (filter.pending === true) add(awaiting);
  if (filter.pending === false) add(`NOT ${awaiting}`);
  const params: unknown[] = [];
  const conditions = [areaScopeSql(area, params, { commune: 'l.commune_id', province: 'l.province_id' })];
  // Each `$X` takes the next of `values`, in order.
  let next = 0;
  for (const condition of where)
    conditions.push(condition.includes('$X') ? condition.replace('$X', `$${params.push(values[next++])}`) : condition);
  return db.query(
    `SELECT l.*, ${userNameSql('l.created_by')} AS registered_by FROM letters l
       WHERE ${conditions.join(' AND ')} ORDER BY l.received_at DESC, l.code DESC LIMIT $${params.push(limit)}`,
    params,
  );
}

/** A letter as the register shows it, with the matters (its cases) the caller may reach. */
export function toLetterDto(r: LetterRow, own: CaseSummaryDto[]): LetterDto {
  return {
    id: r.id,
    code: r.code,
    channel: r.channel,
    receivedAt: new Date(r.received_at).toISOString(),
    communeId: r.commune_id,
    neighbourhoodId: r.neighbourhood_id,
    senders: r.confidential
      ? []
      : r.senders.map((s) => ({
          fullName: s.fullName,
          address: s.address ?? null,
          phone: s.phone ?? null,
          idNumber: s.idNumber ?? null,
        })),
    senderCount: r.sender_count,
    signatoryCount: r.signatory_count,
    confidential: r.confidential,
    forwardedBy: r.forwarded_by,
    documentNo: r.document_no,
    summary: r.summary,
    registeredAt: new Date(r.created_at).toISOString(),
    registeredBy: r.registered_by,
    matters: own.map((m) => ({
      caseId: m.id,
      code: m.code,
      type: m.type as LetterMatterType,
      category: m.category,
      summary: m.summary,
      state: m.state,
      stateLabel: m.stateLabel,
      leadAgencyId: m.leadAgencyId,
      leadAgencyName: m.leadAgencyName,
      deadlineRuleId: m.deadlineRuleId,
      dueAt: m.dueAt,
      deadlineStatus: m.deadlineStatus,
      closedAt: m.closedAt,
    })),
    triaged: own.every((m) => m.state !== 'received'),
  };
}
