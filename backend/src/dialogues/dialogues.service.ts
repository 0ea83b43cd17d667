import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DialogueAttachmentDto,
  type DialogueCommitmentDto,
  type DialogueDetailDto,
  type DialogueKind,
  type DialogueOpinionDto,
  type DialogueStatus,
  type DialogueSummaryDto,
  type IntakeChannel,
} from '@tiep-dan/contracts';
import { deadlineStatus, deadlineStatusSql, vnDateOf, type DeadlineStatusRow } from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { caseScopeOf, isReadOnly, type Actor } from '../access/actor';
import { cleanFileName } from '../cases/attachment-content';
import { checkUpload, type UploadedFile } from '../cases/attachment-upload';
import { AttachmentErrors } from '../cases/attachments.errors';
import { scopeCondition } from '../cases/case-scope';
import { CasesService } from '../cases/cases.service';
import type { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';
import { IntakeService } from '../cases/intake.service';
import {
  OpinionIntakeService,
  type OpinionRow,
} from '../cases/opinion-intake.service';
import { stateLabel } from '../cases/machine-descriptions';
import { Clock } from '../platform/clock/clock';
import { FILE_STORE, type FileStore } from '../platform/storage/file-store';
import { dialogueScope } from './dialogue-scope';
import { DialogueErrors } from './dialogues.errors';
import type {
  CreateCommitmentDto,
  CreateDialogueDto,
  DialogueListQueryDto,
  RecordMinutesDto,
} from './dto/dialogue.dto';

interface DialogueRow {
  id: string;
  kind: DialogueKind;
  title: string;
  held_on: string;
  place: string;
  commune_id: string;
  commune_name: string;
  province_id: string;
  neighbourhood_id: string | null;
  status: DialogueStatus;
  case_id: string | null;
  opinion_count: number;
  commitment_count: number;
  overdue_commitment_count: number;
}

const SUMMARY_SQL = `SELECT d.id, d.kind, d.title, d.held_on::text AS held_on, d.place, d.commune_id, a.name AS commune_name, d.province_id,
    d.neighbourhood_id, d.status, d.case_id,
    (SELECT count(*)::int FROM dialogue_opinions o WHERE o.dialogue_id = d.id) AS opinion_count,
    (SELECT count(*)::int FROM dialogue_commitments k WHERE k.dialogue_id = d.id) AS commitment_count,
    (SELECT count(*)::int FROM dialogue_commitments k JOIN cases c ON c.id = k.case_id
      WHERE k.dialogue_id = d.id AND ${deadlineStatusSql('overdue', 'c', '$1')}) AS overdue_commitment_count
  FROM dialogue_sessions d JOIN agencies a ON a.id = d.commune_id`;

/** The channel a dialogue's cases arrive by: voter contacts are their own intake channel. */
const channelOf = (kind: DialogueKind): IntakeChannel =>
  kind === 'voter_contact' ? 'voter_contact' : 'dialogue';
const WRITERS = new Set([
  'leader',
  'reception_officer',
  'agency_handler',
  'agency_head',
]);

@Injectable()
export class DialoguesService {
  private readonly logger = new Logger('Dialogues');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly intake: IntakeService,
    private readonly opinionIntake: OpinionIntakeService,
    private readonly clock: Clock,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async list(
    actor: Actor,
    query: DialogueListQueryDto,
  ): Promise<DialogueSummaryDto[]> {
    const params: unknown[] = [this.clock.now()];
    const where = [dialogueScope(actor, params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.kind) add((n) => `d.kind = $${n}`, query.kind);
    if (query.communeId) add((n) => `d.commune_id = $${n}`, query.communeId);
    if (query.caseId) add((n) => `d.case_id = $${n}`, query.caseId);
    if (query.from) add((n) => `d.held_on >= $${n}::date`, query.from);
    if (query.to) add((n) => `d.held_on <= $${n}::date`, query.to);
    const rows: DialogueRow[] = await this.db.query(
      `${SUMMARY_SQL} WHERE ${where.join(' AND ')} ORDER BY d.held_on DESC, d.created_at DESC LIMIT 500`,
      params,
    );
    return rows.map(toSummary);
  }

  async get(
    actor: Actor,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<DialogueDetailDto> {
    const now = this.clock.now();
    const params: unknown[] = [now, id];
    const rows: (DialogueRow & {
      chairs: string[];
      invited_agency_ids: string[];
      participant_count: number;
      representatives: string[];
      topics: string[];
      minutes_summary: string | null;
      case_code: string | null;
    })[] = await tx.query(
      `SELECT x.*, d.chairs, d.invited_agency_ids, d.participant_count, d.representatives, d.topics, d.minutes_summary,
         (SELECT c.code FROM cases c WHERE c.id = d.case_id) AS case_code
       FROM (${SUMMARY_SQL} WHERE d.id = $2 AND ${dialogueScope(actor, params)}) x JOIN dialogue_sessions d ON d.id = x.id`,
      params,
    );
    const row = rows[0];
    if (!row) throw DialogueErrors.notFound();
    const [opinions, commitments, attachments] = await Promise.all([
      tx.query(
        `SELECT o.id, o.seq, o.raised_by, o.content, o.answer, o.category, o.case_id, c.code AS case_code
         FROM dialogue_opinions o LEFT JOIN cases c ON c.id = o.case_id WHERE o.dialogue_id = $1 ORDER BY o.seq`,
        [id],
      ) as Promise<(OpinionRow & { case_code: string | null })[]>,
      tx.query(
        `SELECT k.id, k.content, k.owner_agency_id, a.name AS owner_agency_name, k.due_date::text AS due_date, k.case_id, c.code AS case_code,
           c.state, c.machine_version, c.deadline_rule_id, c.deadline_clock, c.due_at, c.due_soon_at, c.overdue_since, c.closed_at
         FROM dialogue_commitments k JOIN cases c ON c.id = k.case_id JOIN agencies a ON a.id = k.owner_agency_id
         WHERE k.dialogue_id = $1 ORDER BY k.created_at, k.id`,
        [id],
      ) as Promise<CommitmentRow[]>,
      tx.query(
        `SELECT id, file_name, content_type, size_bytes, uploaded_at FROM dialogue_attachments WHERE dialogue_id = $1 ORDER BY uploaded_at, id`,
        [id],
      ) as Promise<
        {
          id: string;
          file_name: string;
          content_type: string;
          size_bytes: number;
          uploaded_at: Date;
        }[]
      >,
    ]);
    return {
      ...toSummary(row),
      chairs: row.chairs,
      invitedAgencyIds: row.invited_agency_ids,
      participantCount: row.participant_count,
      representatives: row.representatives,
      topics: row.topics,
      minutesSummary: row.minutes_summary,
      caseCode: row.case_code,
      opinions: opinions.map(
        (o): DialogueOpinionDto => ({
          id: o.id,
          seq: o.seq,
          raisedBy: o.raised_by,
          content: o.content,
          answer: o.answer ?? null,
          category: o.category,
          caseId: o.case_id,
          caseCode: o.case_code,
        }),
      ),
      commitments: commitments.map((k) => toCommitment(k, now)),
      attachments: attachments.map(
        (a): DialogueAttachmentDto => ({
          id: a.id,
          fileName: a.file_name,
          contentType: a.content_type,
          sizeBytes: a.size_bytes,
          uploadedAt: new Date(a.uploaded_at).toISOString(),
        }),
      ),
    };
  }

  /**
   * Creates a session. Linked to a complaint, it is that complaint's dialogue: the case's agency schedules it through
   * the engine (SCHEDULE_DIALOGUE, which refuses less than 5 days' notice), in the same transaction.
   */
  async create(
    actor: Actor,
    body: CreateDialogueDto,
  ): Promise<DialogueDetailDto> {
    this.assertWriter(actor);
    const id = await this.db.transaction(async (tx) => {
      let communeId = body.communeId ?? actor.communeId;
      if (body.caseId) {
        const params: unknown[] = [body.caseId];
        const linked: { type: string; commune_id: string }[] = await tx.query(
          `SELECT c.type, c.commune_id FROM cases c WHERE c.id = $1 AND ${scopeCondition(caseScopeOf(actor), params)}`,
          params,
        );
        if (!linked[0])
          throw DialogueErrors.invalid(
            'caseId',
            'Không tìm thấy hồ sơ',
            'Case not found',
          );
        if (linked[0].type !== 'complaint')
          throw DialogueErrors.invalid(
            'caseId',
            'Chỉ đơn khiếu nại có đối thoại bắt buộc',
            'Only complaints have a mandatory dialogue',
          );
        communeId = linked[0].commune_id;
      }
      const commune = await this.communeOf(tx, actor, communeId ?? undefined);
      await this.checkNeighbourhood(tx, commune.id, body.neighbourhoodId);
      if (body.invitedAgencyIds?.length) {
        const found: { n: number }[] = await tx.query(
          `SELECT count(*)::int AS n FROM agencies WHERE id = ANY($1::uuid[]) AND (province_id = $2 OR id = $2)`,
          [body.invitedAgencyIds, commune.province_id],
        );
        if (found[0]?.n !== new Set(body.invitedAgencyIds).size)
          throw DialogueErrors.invalid(
            'invitedAgencyIds',
            'Có cơ quan được mời không thuộc tỉnh',
            'An invited agency is not in the province',
          );
      }
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO dialogue_sessions (kind, title, held_on, place, commune_id, province_id, neighbourhood_id, chairs, invited_agency_ids,
           participant_count, representatives, topics, case_id, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
        [
          body.kind,
          body.title.trim(),
          body.date,
          body.place.trim(),
          commune.id,
          commune.province_id,
          body.neighbourhoodId ?? null,
          body.chairs.map((c) => c.trim()),
          body.invitedAgencyIds ?? [],
          body.participantCount ?? 0,
          (body.representatives ?? []).map((r) => r.trim()).filter(Boolean),
          (body.topics ?? []).map((t) => t.trim()).filter(Boolean),
          body.caseId ?? null,
          actor.userId,
          this.clock.now(),
        ],
      );
      if (body.caseId) {
        await this.cases.applyEventInTransaction(tx, actor, body.caseId, {
          type: 'SCHEDULE_DIALOGUE',
          payload: {
            date: body.date,
            place: body.place.trim(),
            participants: [...body.chairs, ...(body.representatives ?? [])]
              .map((p) => p.trim())
              .filter(Boolean),
          },
          note: body.title.trim(),
        });
      }
      return id;
    });
    return this.get(actor, id);
  }

  /**
   * Records the minutes: the summary and the opinions (edited ones keep their id; opinions already turned into cases
   * stay). The first time, a complaint's dialogue also records the minutes on the case (RECORD_DIALOGUE_MINUTES) so they
   * appear in its history.
   */
  async recordMinutes(
    actor: Actor,
    id: string,
    body: RecordMinutesDto,
  ): Promise<DialogueDetailDto> {
    this.assertWriter(actor);
    await this.db.transaction(async (tx) => {
      const row = await this.lock(tx, actor, id);
      const existing: OpinionRow[] = await tx.query(
        `SELECT id, seq, raised_by, content, answer, category, case_id FROM dialogue_opinions WHERE dialogue_id = $1`,
        [id],
      );
      const byId = new Map(existing.map((o) => [o.id, o]));
      const kept = new Set<string>();
      body.opinions.forEach((o, i) => {
        if (!o.id) return;
        if (!byId.has(o.id))
          throw DialogueErrors.invalid(
            `opinions.${i}.id`,
            'Ý kiến không thuộc biên bản này',
            'The opinion is not in these minutes',
          );
        kept.add(o.id);
      });
      const removed = existing.filter((o) => !kept.has(o.id));
      const raisedRemoved = removed.find((o) => o.case_id);
      if (raisedRemoved)
        throw DialogueErrors.opinionAlreadyRaised(
          `opinions[${raisedRemoved.seq}]`,
        );
      if (removed.length)
        await tx.query(
          `DELETE FROM dialogue_opinions WHERE id = ANY($1::uuid[])`,
          [removed.map((o) => o.id)],
        );
      let seq = Math.max(
        0,
        ...existing.filter((o) => kept.has(o.id)).map((o) => o.seq),
      );
      for (const o of body.opinions) {
        const values = [
          o.raisedBy?.trim() || null,
          o.content.trim(),
          o.answer?.trim() || null,
          o.category ?? 'other',
        ];
        if (o.id)
          await tx.query(
            `UPDATE dialogue_opinions SET raised_by = $2, content = $3, answer = $4, category = $5 WHERE id = $1`,
            [o.id, ...values],
          );
        else
          await tx.query(
            `INSERT INTO dialogue_opinions (dialogue_id, seq, raised_by, content, answer, category) VALUES ($1, $2, $3, $4, $5, $6)`,
            [id, ++seq, ...values],
          );
      }
      await tx.query(
        `UPDATE dialogue_sessions SET minutes_summary = $2, status = 'held', participant_count = COALESCE($3, participant_count),
           representatives = COALESCE($4, representatives), updated_at = $5 WHERE id = $1`,
        [
          id,
          body.summary.trim(),
          body.participantCount ?? null,
          body.representatives?.map((r) => r.trim()).filter(Boolean) ?? null,
          this.clock.now(),
        ],
      );
      if (row.case_id && row.status === 'scheduled') {
        await this.cases.applyEventInTransaction(tx, actor, row.case_id, {
          type: 'RECORD_DIALOGUE_MINUTES',
          payload: { minutes: minutesText(body) },
          note: row.title,
        });
      }
    });
    return this.get(actor, id);
  }

  /** A commitment made at the dialogue becomes a `commitment` case owned by the agency, due on the promised date. */
  async addCommitment(
    actor: Actor,
    id: string,
    body: CreateCommitmentDto,
  ): Promise<DialogueDetailDto> {
    this.assertWriter(actor);
    if (body.dueDate < vnDateOf(this.clock.now()))
      throw DialogueErrors.invalid(
        'dueDate',
        'Hạn cam kết không được ở quá khứ',
        'The due date cannot be in the past',
      );
    await this.db.transaction(async (tx) => {
      const row = await this.lock(tx, actor, id);
      const caseId = await this.intake.open(tx, actor, {
        type: 'commitment',
        channel: channelOf(row.kind),
        category: body.category ?? 'other',
        summary: body.content.trim(),
        content: `Cam kết tại ${row.title} (${row.held_on}, ${row.place})`,
        communeId: row.commune_id,
        ...(row.neighbourhood_id
          ? { neighbourhoodId: row.neighbourhood_id }
          : {}),
        ownerAgencyId: body.ownerAgencyId,
        dueDate: body.dueDate,
      });
      await tx.query(
        `INSERT INTO dialogue_commitments (dialogue_id, content, owner_agency_id, due_date, case_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          id,
          body.content.trim(),
          body.ownerAgencyId,
          body.dueDate,
          caseId,
          this.clock.now(),
        ],
      );
    });
    return this.get(actor, id);
  }

  /** Turns the chosen opinions into proposals or reflections, all in one transaction with the links back. */
  async raiseCases(
    actor: Actor,
    id: string,
    body: RaiseOpinionCasesDto,
  ): Promise<DialogueDetailDto> {
    this.assertWriter(actor);
    const dup = this.opinionIntake.duplicate(body.items);
    if (dup >= 0)
      throw DialogueErrors.invalid(
        `items.${dup}.opinionId`,
        'Ý kiến bị chọn hai lần',
        'The opinion is listed twice',
      );
    await this.db.transaction(async (tx) => {
      const row = await this.lock(tx, actor, id);
      await this.opinionIntake.raise(tx, actor, body.items, {
        lock: async (tx, opinionId) =>
          (
            (await tx.query(
              `SELECT id, seq, raised_by, content, answer, category, case_id FROM dialogue_opinions WHERE id = $1 AND dialogue_id = $2 FOR UPDATE`,
              [opinionId, id],
            )) as OpinionRow[]
          )[0] ?? null,
        link: async (tx, opinionId, caseId, sealRaiser) => {
          await tx.query(
            `UPDATE dialogue_opinions SET case_id = $2${sealRaiser ? ', raised_by = NULL' : ''} WHERE id = $1`,
            [opinionId, caseId],
          );
        },
        origin: (opinion) => ({
          channel: channelOf(row.kind),
          communeId: row.commune_id,
          neighbourhoodId: row.neighbourhood_id,
          source: `Nguồn: ${row.title} (${row.held_on}, ${row.place}), ý kiến số ${opinion.seq}`,
          receivedAt: this.clock.now().toISOString(),
        }),
        notHere: (field) =>
          DialogueErrors.invalid(
            field,
            'Ý kiến không thuộc buổi đối thoại này',
            'The opinion is not in this dialogue',
          ),
        alreadyRaised: (field) => DialogueErrors.opinionAlreadyRaised(field),
      });
    });
    return this.get(actor, id);
  }

  async addAttachment(
    actor: Actor,
    id: string,
    file: UploadedFile | undefined,
  ): Promise<DialogueDetailDto> {
    this.assertWriter(actor);
    checkUpload(file);
    await this.db.transaction(async (tx) => {
      await this.lock(tx, actor, id);
      const attachmentId = randomUUID();
      const now = this.clock.now();
      // Written whole before the row commits: a row never points at a half-written file.
      const storageKey = `dialogues/${now.getUTCFullYear()}/${id}/${attachmentId}`;
      await this.files.put(storageKey, file.buffer);
      try {
        await tx.query(
          `INSERT INTO dialogue_attachments (id, dialogue_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            attachmentId,
            id,
            cleanFileName(file.originalname),
            file.mimetype.toLowerCase(),
            file.size,
            createHash('sha256').update(file.buffer).digest('hex'),
            storageKey,
            actor.userId,
            now,
          ],
        );
      } catch (error) {
        await this.files.remove(storageKey);
        throw error;
      }
    });
    return this.get(actor, id);
  }

  async attachmentContent(
    actor: Actor,
    id: string,
    attachmentId: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const params: unknown[] = [id, attachmentId];
    const rows: {
      file_name: string;
      content_type: string;
      sha256: string;
      storage_key: string;
    }[] = await this.db.query(
      `SELECT f.file_name, f.content_type, f.sha256, f.storage_key FROM dialogue_attachments f JOIN dialogue_sessions d ON d.id = f.dialogue_id
       WHERE d.id = $1 AND f.id = $2 AND ${dialogueScope(actor, params)}`,
      params,
    );
    const row = rows[0];
    if (!row) throw DialogueErrors.notFound();
    let content: Buffer;
    try {
      content = await this.files.get(row.storage_key);
    } catch {
      this.logger.error(`dialogue ${id}: file ${row.storage_key} is missing`);
      throw AttachmentErrors.corrupt();
    }
    // As for case files: the checksum taken at upload is checked on every download.
    if (createHash('sha256').update(content).digest('hex') !== row.sha256)
      throw AttachmentErrors.corrupt();
    return {
      fileName: row.file_name,
      contentType: row.content_type,
      content,
    };
  }

  private assertWriter(actor: Actor): void {
    if (isReadOnly(actor) || !WRITERS.has(actor.role))
      throw DialogueErrors.forbidden();
  }

  private async lock(tx: EntityManager, actor: Actor, id: string) {
    const params: unknown[] = [id];
    const rows: {
      id: string;
      kind: DialogueKind;
      title: string;
      held_on: string;
      place: string;
      commune_id: string;
      neighbourhood_id: string | null;
      status: DialogueStatus;
      case_id: string | null;
    }[] = await tx.query(
      `SELECT d.id, d.kind, d.title, d.held_on::text AS held_on, d.place, d.commune_id, d.neighbourhood_id, d.status, d.case_id
       FROM dialogue_sessions d WHERE d.id = $1 AND ${dialogueScope(actor, params)} FOR UPDATE`,
      params,
    );
    if (!rows[0]) throw DialogueErrors.notFound();
    return rows[0];
  }

  private async communeOf(
    tx: EntityManager,
    actor: Actor,
    communeId: string | undefined,
  ): Promise<{ id: string; province_id: string }> {
    if (!communeId)
      throw DialogueErrors.invalid(
        'communeId',
        'Cần chọn xã/phường',
        'Choose the commune',
      );
    if (actor.communeId && communeId !== actor.communeId)
      throw DialogueErrors.invalid(
        'communeId',
        'Xã/phường ngoài địa bàn của bạn',
        'The commune is outside your area',
      );
    const rows: { id: string; province_id: string }[] = await tx.query(
      `SELECT id, province_id FROM agencies WHERE id = $1 AND kind = 'commune' AND active AND province_id = $2`,
      [communeId, actor.provinceId],
    );
    if (!rows[0])
      throw DialogueErrors.invalid(
        'communeId',
        'Không tìm thấy xã/phường',
        'Commune not found',
      );
    return rows[0];
  }

  private async checkNeighbourhood(
    tx: EntityManager,
    communeId: string,
    neighbourhoodId: string | undefined,
  ): Promise<void> {
    if (!neighbourhoodId) return;
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM neighbourhoods WHERE id = $1 AND commune_id = $2`,
      [neighbourhoodId, communeId],
    );
    if (!rows.length)
      throw DialogueErrors.invalid(
        'neighbourhoodId',
        'Tổ dân phố/thôn không thuộc xã/phường này',
        'The neighbourhood is not in this commune',
      );
  }
}

interface CommitmentRow extends DeadlineStatusRow<Date> {
  id: string;
  content: string;
  owner_agency_id: string;
  owner_agency_name: string;
  due_date: string;
  case_id: string;
  case_code: string;
  state: string;
  machine_version: number;
}

function toCommitment(k: CommitmentRow, now: Date): DialogueCommitmentDto {
  return {
    id: k.id,
    content: k.content,
    ownerAgencyId: k.owner_agency_id,
    ownerAgencyName: k.owner_agency_name,
    dueDate: k.due_date,
    caseId: k.case_id,
    caseCode: k.case_code,
    state: k.state,
    stateLabel: stateLabel('commitment', k.machine_version, k.state),
    deadlineStatus: deadlineStatus(k, now),
    overdueSince: k.overdue_since
      ? new Date(k.overdue_since).toISOString()
      : null,
  };
}

function toSummary(r: DialogueRow): DialogueSummaryDto {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    date: r.held_on,
    place: r.place,
    communeId: r.commune_id,
    communeName: r.commune_name,
    neighbourhoodId: r.neighbourhood_id,
    status: r.status,
    caseId: r.case_id,
    opinionCount: r.opinion_count,
    commitmentCount: r.commitment_count,
    overdueCommitmentCount: r.overdue_commitment_count,
  };
}

/** The minutes as the case history shows them: the summary, then each opinion with who raised it and the answer. */
export function minutesText(
  body: Pick<RecordMinutesDto, 'summary' | 'opinions'>,
): string {
  const lines = body.opinions.map(
    (o, i) =>
      `${i + 1}. ${o.raisedBy?.trim() ? `${o.raisedBy.trim()}: ` : ''}${o.content.trim()}${o.answer?.trim() ? ` — Trả lời: ${o.answer.trim()}` : ''}`,
  );
  return [body.summary.trim(), ...(lines.length ? ['Ý kiến:', ...lines] : [])]
    .join('\n')
    .slice(0, 10_000);
}
