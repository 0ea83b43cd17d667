import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CASE_CATEGORY_LABELS,
  RECEPTION_CONTENT_TYPE_LABELS,
  RECEPTION_REFUSAL_LABELS,
  type ReceptionRefusalReason,
  type ReceptionRegisterDto,
  type ReceptionRegisterQuery,
  type ReceptionRegisterRowDto,
} from '@tiep-dan/contracts';
import { caseFactsOf, vnDateOf } from '@tiep-dan/workflows';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { type Actor } from '../access/actor';
import { Clock } from '../platform/clock/clock';
import { ReadDatabase } from '../platform/database/read-database';
import { renderPdf } from '../platform/documents/pdf-document';
import { receiptCase, registerCases, registerVisits, sessionDateOf, visitForNotice } from './reception-documents.read-model';
import { communeName, directionOf, labelOf, vnDisplayDate, type VisitCaseRow, SEALED_DENOUNCER } from './reception-queries';
import { ReceptionErrors } from './reception.errors';
import { communeOf } from './reception-commune';
import { scopeOf } from '../access/policy';

/** Register columns of form 03/TCD (Thông tư 04/2021/TT-TTCP), in order. */
export const REGISTER_COLUMNS: {
  key: keyof ReceptionRegisterRowDto;
  header: string;
  width: number;
}[] = [
  { key: 'no', header: 'STT', width: 6 },
  { key: 'date', header: 'Ngày tiếp', width: 12 },
  { key: 'nameAndAddress', header: 'Họ tên, địa chỉ', width: 32 },
  { key: 'idNumber', header: 'Số CCCD/CMND', width: 16 },
  { key: 'summary', header: 'Nội dung vụ việc', width: 40 },
  { key: 'type', header: 'Phân loại đơn/vụ việc', width: 18 },
  { key: 'people', header: 'Số người', width: 9 },
  { key: 'previouslyHandledBy', header: 'Cơ quan đã giải quyết', width: 22 },
  { key: 'withinCompetence', header: 'Thuộc thẩm quyền', width: 12 },
  { key: 'guidance', header: 'Hướng dẫn, trả lời', width: 32 },
  { key: 'acceptedBy', header: 'Cơ quan tiếp nhận, xử lý', width: 26 },
  { key: 'followUp', header: 'Theo dõi kết quả giải quyết', width: 28 },
  { key: 'note', header: 'Ghi chú', width: 28 },
  { key: 'caseCode', header: 'Mã hồ sơ', width: 16 },
  { key: 'statutoryCaseCode', header: 'Hồ sơ khiếu nại/tố cáo đã mở', width: 18 },
];

/** The commune's heading and the national motto, at the top of every paper the desk hands out. */
function letterhead(commune: string) {
  return {
    columns: [
      {
        width: '*',
        stack: [commune.toUpperCase(), { text: 'BỘ PHẬN TIẾP CÔNG DÂN', bold: true }],
        alignment: 'center',
        fontSize: 9,
      },
      {
        width: '*',
        stack: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }, 'Độc lập - Tự do - Hạnh phúc'],
        alignment: 'center',
        fontSize: 9,
      },
    ],
  };
}

/** Place and date, then who signs: the foot of every paper the desk hands out. */
function signature(commune: string, at: Date, signer: string) {
  return [
    {
      text: `${commune}, ngày ${vnDisplayDate(at)}`,
      italics: true,
      alignment: 'right',
      margin: [0, 16, 0, 2],
    },
    { text: signer, bold: true, alignment: 'right' },
  ];
}

const label = (text: string, value: string) => ({
  text: [{ text: `${text}: `, bold: true }, value],
  margin: [0, 3, 0, 3],
});

/**
 * The clause of Luật Tiếp công dân 2013 Art. 9 that allows each refusal: 1 intoxication or incapacity, 2 threats or a
 * breach of the reception rules, 3 a matter lawfully resolved and answered yet brought again, 4 other cases the law sets.
 */
export const REFUSAL_CLAUSE: Record<ReceptionRefusalReason, 1 | 2 | 3 | 4> = {
  intoxicated: 1,
  threatening: 2,
  already_resolved: 3,
  not_a_petition: 4,
  final_judgment: 4,
  handled_elsewhere: 4,
};

/** The citizen's receipt (PDF) and the reception register (JSON and Excel). */
@Injectable()
export class ReceptionDocumentsService {
  constructor(
    /** The receipt, printed right after its visit is logged: read from the primary. */
    @InjectDataSource() private readonly db: DataSource,
    /** The register reads from a replica when there is one (read-database.ts). */
    private readonly reads: ReadDatabase,
    private readonly clock: Clock,
  ) {}

  // ---- receipt -----------------------------------------------------------------------------------------------------

  /** Phiếu tiếp nhận: code, date, summary, what happens next, the due date and how to look the case up. */
  async receipt(actor: Actor, caseId: string, lookupUrl: string): Promise<{ code: string; pdf: Buffer }> {
    const row = await receiptCase(this.db, caseId, scopeOf(actor, 'case'));
    if (!row) throw ReceptionErrors.caseNotFound();
    const commune = await communeName(this.db, row.commune_id);
    const received = new Date(row.received_at);
    const due = row.due_at ? vnDisplayDate(new Date(row.due_at)) : null;
    const definition = {
      pageSize: 'A5',
      pageMargins: [36, 36, 36, 36],
      defaultStyle: { font: 'Roboto', fontSize: 10 },
      content: [
        letterhead(commune),
        {
          text: 'PHIẾU TIẾP NHẬN',
          style: 'title',
          alignment: 'center',
          bold: true,
          fontSize: 14,
          margin: [0, 16, 0, 2],
        },
        {
          text: '(Giấy biên nhận nội dung tiếp công dân)',
          alignment: 'center',
          italics: true,
          margin: [0, 0, 0, 12],
        },
        label('Mã hồ sơ', row.code),
        label('Ngày tiếp', vnDisplayDate(received)),
        label('Người đến', row.citizen_name),
        label('Loại nội dung', RECEPTION_CONTENT_TYPE_LABELS[row.content_type].vi),
        label('Lĩnh vực', CASE_CATEGORY_LABELS[row.category].vi),
        label('Tóm tắt nội dung', row.summary),
        label('Tình trạng', labelOf(row).vi),
        { text: 'Các bước tiếp theo', bold: true, margin: [0, 10, 0, 4] },
        { text: nextSteps(row, due), alignment: 'justify' },
        due ? label('Hạn trả lời', `${due} (10 ngày làm việc, Luật Tiếp công dân 2013 Điều 28)`) : { text: '' },
        { text: 'Tra cứu hồ sơ', bold: true, margin: [0, 10, 0, 4] },
        {
          text: `Truy cập ${lookupUrl}, nhập mã hồ sơ ${row.code} và 4 số cuối số điện thoại đã khai khi đến tiếp để xem tình trạng và hạn giải quyết.`,
          alignment: 'justify',
        },
        ...signature(commune, this.clock.now(), 'CÁN BỘ TIẾP CÔNG DÂN'),
      ],
      info: { title: `Phiếu tiếp nhận ${row.code}`, subject: 'Tiếp Dân' },
    };
    return { code: row.code, pdf: await renderPdf(definition) };
  }

  // ---- refusal notice ----------------------------------------------------------------------------------------------

  /**
   * Thông báo từ chối tiếp công dân: the written notice a refused citizen is handed, with the reason and the clause of
   * Luật Tiếp công dân 2013 Art. 9 that allows it. Only for a refused visit of the caller's commune.
   */
  async refusalNotice(actor: Actor, visitId: string): Promise<{ seq: number; pdf: Buffer }> {
    const communeId = communeOf(actor);
    const visit = await visitForNotice(this.db, visitId, communeId);
    if (!visit) throw ReceptionErrors.visitNotFound();
    if (!visit.refusal_reason) throw ReceptionErrors.notRefused();
    const commune = await communeName(this.db, communeId);
    const clause = REFUSAL_CLAUSE[visit.refusal_reason];
    const definition = {
      pageSize: 'A5',
      pageMargins: [36, 36, 36, 36],
      defaultStyle: { font: 'Roboto', fontSize: 10 },
      content: [
        letterhead(commune),
        {
          text: 'THÔNG BÁO',
          alignment: 'center',
          bold: true,
          fontSize: 14,
          margin: [0, 16, 0, 2],
        },
        {
          text: 'Về việc từ chối tiếp công dân',
          alignment: 'center',
          bold: true,
          margin: [0, 0, 0, 12],
        },
        label('Kính gửi', visit.citizen_name ?? 'Công dân'),
        ...(visit.address ? [label('Địa chỉ', visit.address)] : []),
        {
          text: `Ngày ${vnDisplayDate(new Date(visit.visited_at))}, ông/bà đến nơi tiếp công dân của ${commune}. Căn cứ khoản ${clause} Điều 9 Luật Tiếp công dân năm 2013, người tiếp công dân từ chối tiếp ông/bà vì lý do sau:`,
          alignment: 'justify',
          margin: [0, 8, 0, 4],
        },
        {
          text: RECEPTION_REFUSAL_LABELS[visit.refusal_reason].vi,
          bold: true,
          margin: [12, 2, 0, 2],
        },
        ...(visit.refusal_note ? [{ text: visit.refusal_note, italics: true, margin: [12, 2, 0, 2] }] : []),
        {
          text: 'Nếu không đồng ý, ông/bà có quyền phản ánh, kiến nghị với Chủ tịch Ủy ban nhân dân cấp xã hoặc cơ quan có thẩm quyền theo quy định của pháp luật.',
          alignment: 'justify',
          margin: [0, 8, 0, 0],
        },
        ...signature(commune, this.clock.now(), 'NGƯỜI TIẾP CÔNG DÂN'),
      ],
      info: { title: `Thông báo từ chối tiếp công dân`, subject: 'Tiếp Dân' },
    };
    return { seq: visit.seq, pdf: await renderPdf(definition) };
  }

  // ---- register ----------------------------------------------------------------------------------------------------

  /** Sổ tiếp công dân (form 03/TCD) for one session or a period (default: this month), one row per matter. */
  async register(actor: Actor, query: ReceptionRegisterQuery): Promise<ReceptionRegisterDto> {
    const communeId = communeOf(actor);
    const today = vnDateOf(this.clock.now());
    let from = query.from ?? `${today.slice(0, 8)}01`;
    let to = query.to ?? today;
    const params: unknown[] = [communeId];
    let where: string;
    if (query.sessionId) {
      const sessionDate = await sessionDateOf(this.reads, query.sessionId, communeId);
      if (!sessionDate) throw ReceptionErrors.sessionNotFound();
      from = to = sessionDate;
      params.push(query.sessionId);
      where = `v.commune_id = $1 AND v.session_id = $2`;
    } else {
      if (from > to) throw ReceptionErrors.invalid('from', 'Từ ngày phải trước đến ngày', '`from` must not be after `to`');
      params.push(from, to);
      where = `v.commune_id = $1 AND s.session_date BETWEEN $2 AND $3`;
    }
    const visits = await registerVisits(this.reads, where, params);
    const cases = await registerCases(
      this.reads,
      visits.map((v) => v.id),
    );
    const rows: ReceptionRegisterRowDto[] = [];
    for (const v of visits) {
      const base = {
        date: vnDateOf(new Date(v.visited_at)),
        nameAndAddress: [v.citizen_name, v.address].filter(Boolean).join(', '),
        idNumber: v.id_number ?? '',
        people: v.group_size,
        previouslyHandledBy: v.previously_handled_by ?? '',
      };
      // A sealed visit keeps no representatives: its group is counted, never named.
      const groupNote = v.representatives.length
        ? `Đoàn ${v.group_size} người, đại diện: ${v.representatives.map((r) => r.fullName).join(', ')}`
        : v.group_size > 1
          ? `Đoàn ${v.group_size} người`
          : '';
      const sessionNote = v.session_kind === 'ad_hoc' ? 'Tiếp đột xuất' : v.session_kind === 'regular' ? 'Tiếp thường xuyên' : '';
      if (v.refusal_reason) {
        rows.push({
          ...base,
          no: rows.length + 1,
          summary: '',
          type: '',
          withinCompetence: '',
          guidance: '',
          acceptedBy: '',
          followUp: '',
          note: join(
            `Từ chối tiếp: ${RECEPTION_REFUSAL_LABELS[v.refusal_reason].vi}${v.refusal_note ? ` (${v.refusal_note})` : ''}`,
            groupNote,
            sessionNote,
          ),
          caseCode: null,
          statutoryCaseCode: null,
        });
        continue;
      }
      for (const c of cases.filter((x) => x.visit_id === v.id)) {
        const direction = directionOf(c);
        const answer = caseFactsOf('reception', c.context).answer ?? '';
        // The denouncer's identity is in the vault only (Luật Tố cáo 2018 Art. 47); a named matter of a sealed visit
        // shows its own petitioner.
        const sealed =
          c.content_type === 'denunciation'
            ? { nameAndAddress: SEALED_DENOUNCER, idNumber: '' }
            : v.citizen_name === null && c.petitioner
              ? {
                  nameAndAddress: [c.petitioner.name, c.petitioner.address].filter(Boolean).join(', '),
                  idNumber: c.petitioner.idNumber ?? '',
                }
              : {};
        rows.push({
          ...base,
          ...sealed,
          no: rows.length + 1,
          summary: c.summary,
          type: `${RECEPTION_CONTENT_TYPE_LABELS[c.content_type].vi} – ${CASE_CATEGORY_LABELS[c.category].vi}`,
          withinCompetence: direction ? (direction.kind === 'guide' ? 'Không' : 'Có') : '',
          guidance:
            direction?.kind === 'guide'
              ? `Hướng dẫn đến ${direction.text}`
              : direction?.kind === 'answer_on_spot'
                ? `Trả lời trực tiếp: ${direction.text}`
                : '',
          acceptedBy: direction?.kind === 'assign' ? (direction.agencyName ?? '') : '',
          followUp: join(labelOf(c).vi, direction?.kind === 'assign' && answer ? `Đã trả lời: ${answer}` : ''),
          note: join(
            direction?.kind === 'refuse' ? `Từ chối: ${direction.text}` : '',
            c.repeat_of ? `Đến nhiều lần: lặp lại vụ việc ${c.repeat_of.code}` : '',
            c.carried > 0 ? `Chuyển kỳ tiếp sau (${c.carried} lần)` : '',
            groupNote,
            sessionNote,
          ),
          caseCode: c.code,
          statutoryCaseCode: c.statutory?.code ?? null,
        });
      }
    }
    const commune = await communeName(this.reads, communeId);
    return { title: `SỔ TIẾP CÔNG DÂN – ${commune}`, from, to, rows };
  }

  async registerWorkbook(actor: Actor, query: ReceptionRegisterQuery): Promise<{ fileName: string; xlsx: Buffer }> {
    const register = await this.register(actor, query);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Tiếp Dân';
    const sheet = workbook.addWorksheet('Sổ tiếp công dân', {
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
    });
    sheet.columns = REGISTER_COLUMNS.map((c) => ({
      key: c.key,
      width: c.width,
    }));
    const last = REGISTER_COLUMNS.length;
    sheet.mergeCells(1, 1, 1, last);
    sheet.getCell(1, 1).value = register.title;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(1, 1).alignment = { horizontal: 'center' };
    sheet.mergeCells(2, 1, 2, last);
    sheet.getCell(2, 1).value = `Mẫu số 03/TCD – Từ ngày ${dmy(register.from)} đến ngày ${dmy(register.to)}`;
    sheet.getCell(2, 1).alignment = { horizontal: 'center' };
    const header = sheet.getRow(4);
    REGISTER_COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
    header.font = { bold: true };
    header.alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: 'center',
    };
    for (const row of register.rows) {
      const added = sheet.addRow(REGISTER_COLUMNS.map((c) => (c.key === 'date' ? dmy(row.date) : row[c.key])));
      added.alignment = { wrapText: true, vertical: 'top' };
    }
    for (let r = 4; r <= sheet.rowCount; r++) {
      for (let col = 1; col <= last; col++) {
        sheet.getCell(r, col).border = {
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        };
      }
    }
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      fileName: `so-tiep-cong-dan_${register.from}_${register.to}.xlsx`,
      xlsx,
    };
  }
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join('; ');
}

function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** What the citizen can expect, from the leader's direction so far. */
function nextSteps(row: VisitCaseRow, due: string | null): string {
  const direction = directionOf(row);
  const by = due ? ` chậm nhất ngày ${due}` : '';
  switch (direction?.kind) {
    case 'answer_on_spot':
      return `Lãnh đạo đã trả lời trực tiếp tại buổi tiếp: ${direction.text}`;
    case 'guide':
      return `Nội dung không thuộc thẩm quyền giải quyết; công dân được hướng dẫn gửi đến: ${direction.text}.`;
    case 'refuse':
      return `Từ chối tiếp: ${direction.text}.`;
    case 'assign':
      return `Lãnh đạo đã giao ${direction.agencyName ?? 'cơ quan chuyên môn'} xem xét, xử lý${direction.dueDate ? ` (hạn báo cáo ${dmy(direction.dueDate)})` : ''}. Công dân sẽ được thông báo kết quả${by}.`;
    default:
      return `Nội dung đã được ghi vào sổ tiếp công dân và báo cáo lãnh đạo cho ý kiến chỉ đạo. Công dân sẽ được thông báo việc thụ lý, chuyển đơn hoặc hướng dẫn${by}.`;
  }
}
