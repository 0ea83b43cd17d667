import {
  CASE_CATEGORY_LABELS,
  EVALUATION_GRADE_LABELS,
  REVIEW_KIND_LABELS,
  SENTIMENT_CHANNEL_LABELS,
  TENSION_LEVEL_LABELS,
  type BlocReviewDto,
  type CaseCategory,
  type MemberEvaluationDto,
  type SentimentReportDto,
} from '@tiep-dan/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The bloc's documents, in Vietnamese as they are filed: the quarterly report on what people think and the mid-year or
 * year-end review, each as a PDF (pdfmake, Roboto) and an Excel workbook (exceljs).
 */

export interface BlocFile {
  fileName: string;
  content: Buffer;
}

const dmy = (day: string) => day.split('-').reverse().join('/');
const categories = (byCategory: Partial<Record<CaseCategory, number>>) =>
  Object.entries(byCategory)
    .map(([c, n]) => `${CASE_CATEGORY_LABELS[c as CaseCategory].vi}: ${n}`)
    .join('; ');

const header = (communeName: string): Content => ({
  columns: [
    {
      text: [`ĐẢNG ỦY ${communeName.toUpperCase()}\n`, { text: 'KHỐI DÂN VẬN', bold: true }],
      alignment: 'center',
      width: '45%',
    },
    {
      text: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      bold: true,
      alignment: 'center',
      width: '55%',
    },
  ],
  margin: [0, 0, 0, 16],
});

const table = (widths: (string | number)[], head: string[], rows: (string | number)[][]): Content => ({
  table: {
    headerRows: 1,
    widths,
    body: [head.map((text) => ({ text, bold: true })), ...rows.map((r) => r.map((c) => String(c)))],
  },
  layout: 'lightHorizontalLines',
  fontSize: 9,
  margin: [0, 4, 0, 12],
});

const base = (content: Content[]): TDocumentDefinitions => ({
  pageSize: 'A4',
  pageMargins: [40, 40, 40, 40],
  defaultStyle: { font: 'Roboto', fontSize: 10 },
  styles: {
    title: { fontSize: 14, bold: true, alignment: 'center' },
    h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  },
  content,
});

// ---- the sentiment report --------------------------------------------------------------------------------------------

export function sentimentReportPdf(r: SentimentReportDto): TDocumentDefinitions {
  return base([
    header(r.communeName),
    { text: 'BÁO CÁO TÌNH HÌNH NHÂN DÂN', style: 'title' },
    {
      text: `Quý ${r.quarter} năm ${r.year} (từ ngày ${dmy(r.from)} đến ngày ${dmy(r.to)})`,
      alignment: 'center',
      margin: [0, 4, 0, 12],
    },
    {
      text: `I. Nắm tình hình qua các kênh (${r.totalItems} ý kiến, phản ánh, đơn)`,
      style: 'h2',
    },
    table(
      ['*', 50, 50, '*'],
      ['Kênh', 'Số buổi', 'Số ý kiến', 'Lĩnh vực, ví dụ'],
      r.channels.map((c) => [
        SENTIMENT_CHANNEL_LABELS[c.channel].vi,
        c.events,
        c.items,
        [categories(c.byCategory), ...c.examples.map((e) => `– ${e}`)].filter(Boolean).join('\n'),
      ]),
    ),
    {
      text: 'II. Dự báo tình hình, những vấn đề có thể phát sinh thành điểm nóng',
      style: 'h2',
    },
    r.tensions.length
      ? table(
          [90, 80, 110, '*'],
          ['Địa bàn', 'Lĩnh vực', 'Mức độ', 'Căn cứ'],
          r.tensions.map((t) => [
            t.neighbourhoodName ?? 'Toàn xã/phường',
            CASE_CATEGORY_LABELS[t.category].vi,
            TENSION_LEVEL_LABELS[t.level].vi,
            t.reasons.map((x) => x.vi).join('; '),
          ]),
        )
      : {
          text: 'Chưa phát hiện vấn đề có nguy cơ thành điểm nóng.',
          margin: [0, 0, 0, 12],
        },
    { text: 'III. Điểm nóng đang theo dõi', style: 'h2' },
    r.hotSpots.length ? { ul: r.hotSpots.map((h) => h.title.vi) } : { text: 'Không có.' },
  ]);
}

export async function sentimentReportWorkbook(r: SentimentReportDto): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Tiếp Dân';
  const sheet = book.addWorksheet('Tinh hinh nhan dan');
  title(sheet, `Báo cáo tình hình nhân dân quý ${r.quarter} năm ${r.year}`, r.communeName, r.from, r.to);
  rows(
    sheet,
    5,
    ['Kênh', 'Số buổi', 'Số ý kiến', 'Theo lĩnh vực', 'Ví dụ'],
    r.channels.map((c) => [SENTIMENT_CHANNEL_LABELS[c.channel].vi, c.events, c.items, categories(c.byCategory), c.examples.join(' | ')]),
  );
  const tensions = book.addWorksheet('Du bao');
  rows(
    tensions,
    1,
    ['Địa bàn', 'Lĩnh vực', 'Mức độ', 'Trong kỳ', 'Kỳ trước', 'Căn cứ'],
    r.tensions.map((t) => [
      t.neighbourhoodName ?? 'Toàn xã/phường',
      CASE_CATEGORY_LABELS[t.category].vi,
      TENSION_LEVEL_LABELS[t.level].vi,
      t.items,
      t.previous,
      t.reasons.map((x) => x.vi).join('; '),
    ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

// ---- the review ------------------------------------------------------------------------------------------------------

const evaluationRows = (evaluations: MemberEvaluationDto[]) =>
  evaluations.map((e, i) => [
    i + 1,
    e.fullName,
    e.position,
    ...e.lines.map((l) => (l.applies ? `${l.done}/${l.expected}: ${l.points}` : '—')),
    e.score,
    EVALUATION_GRADE_LABELS[e.grade].vi,
  ]);
const EVALUATION_HEAD = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Giao ban (30)',
  'Nhiệm vụ (40)',
  'Dự sinh hoạt thôn (20)',
  'Nắm tình hình (10)',
  'Điểm',
  'Xếp loại',
];

export function reviewPdf(r: BlocReviewDto): TDocumentDefinitions {
  const f = r.figures;
  return {
    ...base([
      header(r.communeName),
      {
        text: `BÁO CÁO ${REVIEW_KIND_LABELS[r.kind].vi.toUpperCase()} CÔNG TÁC DÂN VẬN NĂM ${r.year}`,
        style: 'title',
      },
      {
        text: `Từ ngày ${dmy(f.from)} đến ngày ${dmy(f.to)}; hội nghị ngày ${dmy(r.heldOn)}`,
        alignment: 'center',
        margin: [0, 4, 0, 12],
      },
      { text: 'I. Kết quả', style: 'h2' },
      { text: r.summary, margin: [0, 0, 0, 6] },
      {
        ul: [
          `Khối có ${f.members} thành viên; ${f.briefings} cuộc giao ban.`,
          `Kế hoạch: ${f.planTasks.total} nhiệm vụ, ${f.planTasks.due} đến hạn, ${f.planTasks.done} hoàn thành (${f.planTasks.onTime} đúng hạn), ${f.planTasks.overdue} quá hạn.`,
          `Tổ dân vận: ${f.teams.count} tổ, ${f.teams.meetings} buổi sinh hoạt, ${f.teams.monthsMissed} tháng không sinh hoạt, ${f.teams.inspections} lượt kiểm tra của cấp trên.`,
          `Nắm tình hình nhân dân: ${f.sentimentItems} ý kiến, phản ánh, đơn; ${f.tensions} vấn đề được dự báo.`,
          `Dân vận khéo: ${f.goodPractices.nominated} mô hình đề xuất, ${f.goodPractices.recognised} mô hình được công nhận.`,
        ],
      },
      ...(r.shortcomings ? [{ text: 'II. Hạn chế', style: 'h2' }, { text: r.shortcomings }] : []),
      ...(r.directions ? [{ text: 'III. Phương hướng, nhiệm vụ', style: 'h2' }, { text: r.directions }] : []),
      { text: 'Đánh giá thành viên khối dân vận', style: 'h2' },
      table([20, '*', '*', 55, 55, 65, 55, 35, 120], EVALUATION_HEAD, evaluationRows(r.evaluations)),
    ]),
    pageOrientation: 'landscape',
  };
}

export async function reviewWorkbook(r: BlocReviewDto): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Tiếp Dân';
  const f = r.figures;
  const sheet = book.addWorksheet('Ket qua');
  title(sheet, `${REVIEW_KIND_LABELS[r.kind].vi} công tác dân vận năm ${r.year}`, r.communeName, f.from, f.to);
  rows(
    sheet,
    5,
    ['Chỉ tiêu', 'Số liệu'],
    [
      ['Thành viên khối', f.members],
      ['Giao ban', f.briefings],
      ['Nhiệm vụ trong kế hoạch', f.planTasks.total],
      ['Nhiệm vụ đến hạn', f.planTasks.due],
      ['Nhiệm vụ hoàn thành', f.planTasks.done],
      ['Hoàn thành đúng hạn', f.planTasks.onTime],
      ['Nhiệm vụ quá hạn', f.planTasks.overdue],
      ['Tổ dân vận', f.teams.count],
      ['Buổi sinh hoạt tổ', f.teams.meetings],
      ['Tháng không sinh hoạt', f.teams.monthsMissed],
      ['Lượt kiểm tra của cấp trên', f.teams.inspections],
      ['Ý kiến, phản ánh, đơn', f.sentimentItems],
      ['Vấn đề được dự báo', f.tensions],
      ['Mô hình Dân vận khéo đề xuất', f.goodPractices.nominated],
      ['Mô hình Dân vận khéo được công nhận', f.goodPractices.recognised],
    ],
  );
  const evaluation = book.addWorksheet('Danh gia thanh vien');
  rows(evaluation, 1, EVALUATION_HEAD, evaluationRows(r.evaluations));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function title(sheet: Worksheet, text: string, communeName: string, from: string, to: string): void {
  sheet.getCell('A1').value = text;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `Từ ngày ${dmy(from)} đến ngày ${dmy(to)}`;
  sheet.getCell('A3').value = `Đơn vị: Khối dân vận ${communeName}`;
}

function rows(sheet: Worksheet, headRow: number, head: string[], body: (string | number)[][]): void {
  const h = sheet.getRow(headRow);
  h.values = head;
  h.font = { bold: true };
  body.forEach((values, i) => {
    sheet.getRow(headRow + 1 + i).values = values;
  });
  head.forEach((_, i) => {
    sheet.getColumn(i + 1).width = i === 0 ? 32 : 18;
  });
}
