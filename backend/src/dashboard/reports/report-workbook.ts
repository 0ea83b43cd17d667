import type { PeriodReportDto, ReportHeading, ReportTable } from '@tiep-dan/contracts';
import { Workbook, type Borders, type Worksheet } from 'exceljs';
import { vnDay } from '../dashboard-area';
import { notesText, type FormCounts, type CountedItem } from './report-spec';

/**
 * One form of one period as the circular lays it out, ready to sign: the reporting unit and the form number, the title,
 * the period, the headings merged over their sub-columns, the numbered row (MS), a row per unit and the total, "—"
 * where the system has no data (with the reason under the table), and the signature block. A second sheet lists every
 * visit, session, petition or case behind the figures and the columns each one counts in.
 */

/** Where the headings start; the layout above is fixed. */
const HEADER_ROW = 7;

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'Times New Roman';

const dmy = (day: string) => day.split('-').reverse().join('/');

function depth(headings: ReportHeading[]): number {
  return Math.max(...headings.map((h) => (h.children ? 1 + depth(h.children) : 1)));
}

function width(h: ReportHeading): number {
  return h.children ? h.children.reduce((s, c) => s + width(c), 0) : 1;
}

type ReportHeader = Omit<PeriodReportDto, 'tables'>;

export function buildWorkbook(report: ReportHeader, table: ReportTable, counts: FormCounts, units: Map<string, string>): Workbook {
  const book = new Workbook();
  book.creator = 'Tiếp Dân';
  const sheet = book.addWorksheet(`Biểu ${table.slug}`, {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  formSheet(sheet, report, table);
  listSheet(book.addWorksheet('Danh sách'), table, counts, units);
  return book;
}

function formSheet(sheet: Worksheet, report: ReportHeader, table: ReportTable): void {
  const lastCol = table.columns.length + 2; // Đơn vị, the numbered columns, Ghi chú
  const rows = depth(table.headings);
  const text = (
    row: number,
    from: number,
    to: number,
    value: string,
    style: {
      bold?: boolean;
      italic?: boolean;
      align?: 'left' | 'center' | 'right';
    } = {},
  ) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = value;
    cell.font = {
      name: FONT,
      size: 12,
      bold: style.bold,
      italic: style.italic,
    };
    cell.alignment = {
      horizontal: style.align ?? 'center',
      vertical: 'middle',
      wrapText: true,
    };
  };
  const side = Math.min(6, Math.floor(lastCol / 2));
  text(1, 1, side, report.area.name.toUpperCase(), {
    bold: true,
    align: 'left',
  });
  text(1, lastCol - side + 1, lastCol, `Biểu số: ${table.form}`, {
    bold: true,
    align: 'right',
  });
  text(3, 1, lastCol, table.title.vi, { bold: true });
  sheet.getRow(3).height = 24;
  text(4, 1, lastCol, `Số liệu tính từ ngày ${dmy(report.from)} đến ngày ${dmy(report.to)}`, { italic: true });
  text(5, 1, lastCol, '(Kèm theo báo cáo số …… ngày …… tháng …… năm …… của ……)', { italic: true });

  // Headings: a group spans its sub-columns on one row; a column spans down to the last heading row.
  const header = (top: number, bottom: number, left: number, span: number, value: string) => {
    if (bottom > top || span > 1) sheet.mergeCells(top, left, bottom, left + span - 1);
    sheet.getCell(top, left).value = value;
  };
  const lastHeaderRow = HEADER_ROW + rows - 1;
  header(HEADER_ROW, lastHeaderRow, 1, 1, 'Đơn vị');
  const place = (headings: ReportHeading[], level: number, firstCol: number) => {
    let col = firstCol;
    for (const h of headings) {
      const span = width(h);
      const top = HEADER_ROW + level;
      header(top, h.children ? top : lastHeaderRow, col, span, h.label.vi);
      if (h.children) place(h.children, level + 1, col);
      col += span;
    }
  };
  place(table.headings, 0, 2);
  header(HEADER_ROW, lastHeaderRow, lastCol, 1, 'Ghi chú');
  const msRow = HEADER_ROW + rows;
  sheet.getRow(msRow).values = ['MS', ...table.columns.map((c) => c.code), String(table.notesNo)];
  for (let r = HEADER_ROW; r <= msRow; r++)
    for (let c = 1; c <= lastCol; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = {
        name: FONT,
        size: 10,
        bold: r < msRow,
        italic: r === msRow,
      };
      cell.alignment = {
        horizontal: 'center',
        vertical: 'middle',
        wrapText: true,
      };
      cell.border = THIN;
    }

  const firstData = msRow + 1;
  [...table.rows, table.total].forEach((row, i) => {
    const r = firstData + i;
    sheet.getRow(r).values = [row.communeName, ...table.columns.map((c) => row.values[c.key] ?? '—'), notesText(table, row)];
    for (let c = 1; c <= lastCol; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: FONT, size: 11, bold: row.communeId === null };
      cell.border = THIN;
      cell.alignment = {
        horizontal: c === 1 || c === lastCol ? 'left' : 'center',
        vertical: 'middle',
        wrapText: true,
      };
    }
  });

  // Why some columns stay empty, grouped by reason.
  let r = firstData + table.rows.length + 2;
  const reasons = new Map<string, number[]>();
  for (const c of table.columns) if (c.unavailable) reasons.set(c.unavailable.vi, [...(reasons.get(c.unavailable.vi) ?? []), c.no]);
  if (reasons.size) {
    text(r++, 1, lastCol, 'Cột ghi "—": hệ thống chưa có số liệu để tổng hợp', {
      italic: true,
      align: 'left',
    });
    for (const [reason, nos] of reasons)
      text(r++, 1, lastCol, `Cột ${nos.join(', ')}: ${reason}.`, {
        italic: true,
        align: 'left',
      });
  }

  // Signature block: who prepared it (left), the head of the unit (right).
  r += 1;
  const half = Math.floor(lastCol / 2);
  text(r, half + 1, lastCol, '……, ngày …… tháng …… năm ……', { italic: true });
  text(r + 1, 1, half, 'NGƯỜI LẬP BIỂU', { bold: true });
  text(r + 1, half + 1, lastCol, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  text(r + 2, 1, half, '(Ký, ghi rõ họ tên)', { italic: true });
  text(r + 2, half + 1, lastCol, '(Ký tên, đóng dấu)', { italic: true });

  sheet.getColumn(1).width = 28;
  for (let c = 2; c < lastCol; c++) sheet.getColumn(c).width = 9;
  sheet.getColumn(lastCol).width = 30;
  for (let row = HEADER_ROW; row < msRow; row++) sheet.getRow(row).height = 48;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: msRow }];
}

const KIND_LABEL: Record<CountedItem['kind'], string> = {
  visit: 'Lượt tiếp',
  session: 'Kỳ tiếp',
  letter: 'Đơn',
  case: 'Vụ việc',
};

/** Every item behind the form's figures, once, with the columns (and notes) it counts in. */
function listSheet(sheet: Worksheet, table: ReportTable, counts: FormCounts, units: Map<string, string>): void {
  const byItem = new Map<string, { item: CountedItem; columns: string[] }>();
  const add = (key: string, label: string) => {
    for (const { item } of counts.get(key) ?? []) {
      const id = `${item.kind}:${item.id}`;
      const entry = byItem.get(id) ?? { item, columns: [] };
      if (!entry.columns.includes(label)) entry.columns.push(label);
      byItem.set(id, entry);
    }
  };
  for (const c of table.columns) add(c.key, String(c.no));
  for (const n of table.notes) add(`note:${n.key}`, `Ghi chú (${n.label.vi})`);
  const entries = [...byItem.values()].sort((a, b) => a.item.at.getTime() - b.item.at.getTime() || a.item.code.localeCompare(b.item.code));
  sheet.getRow(1).values = ['STT', 'Đơn vị', 'Loại', 'Mã hồ sơ', 'Ngày', 'Nội dung', 'Số người', `Tính vào cột của biểu ${table.form}`];
  sheet.getRow(1).font = { name: FONT, bold: true };
  entries.forEach(({ item, columns }, i) => {
    sheet.getRow(i + 2).values = [
      i + 1,
      units.get(item.communeId) ?? '',
      KIND_LABEL[item.kind],
      item.code,
      dmy(vnDay(item.at)),
      item.summary,
      item.people ?? '',
      columns.join(', '),
    ];
  });
  [6, 28, 12, 30, 12, 60, 10, 30].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: 'A1', to: 'H1' };
}
