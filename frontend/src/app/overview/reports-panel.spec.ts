import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import type { PeriodReportDto, PeriodReportQuery, ReportTable, ReportWorkbookQuery } from '@tiep-dan/contracts';
import { of } from 'rxjs';
import { DashboardApi } from '../core/api/dashboard.api';
import { ReportsPanel } from './reports-panel';

const label = (vi: string) => ({ vi, en: vi });

/** 01/TCD cut down to three columns: a total, a group of two, and one the system cannot fill. */
const TABLE: ReportTable = {
  form: '01/TCD',
  slug: '01-TCD',
  title: label('TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT'),
  headings: [
    { label: label('Tổng số lượt tiếp'), columnKey: 'c1' },
    {
      label: label('Tiếp thường xuyên'),
      children: [
        { label: label('Số lượt tiếp'), columnKey: 'c2' },
        { label: label('Đôn đốc'), columnKey: 'c3' },
      ],
    },
  ],
  columns: [
    {
      key: 'c1',
      no: 1,
      code: '1=2',
      path: [label('Tổng số lượt tiếp')],
      unavailable: null,
    },
    {
      key: 'c2',
      no: 2,
      code: '2',
      path: [label('Tiếp thường xuyên'), label('Số lượt tiếp')],
      unavailable: null,
    },
    {
      key: 'c3',
      no: 3,
      code: '3',
      path: [label('Tiếp thường xuyên'), label('Đôn đốc')],
      unavailable: label('Không có dữ liệu'),
    },
  ],
  notesNo: 4,
  notes: [{ key: 'refused', label: label('Từ chối tiếp'), unit: label('lượt') }],
  rows: [
    {
      communeId: 'c1',
      communeName: 'Phường An Phú',
      values: { c1: 2, c2: 0, c3: null },
      notes: { refused: 1 },
    },
  ],
  total: {
    communeId: null,
    communeName: 'Tổng cộng',
    values: { c1: 2, c2: 0, c3: null },
    notes: { refused: 1 },
  },
};

describe('ReportsPanel', () => {
  const report = jest.fn((query: PeriodReportQuery) =>
    of<PeriodReportDto>({
      from: query.from,
      to: query.to,
      area: { kind: 'commune', id: 'c1', name: 'Phường An Phú' },
      tables: [TABLE],
    }),
  );
  const reportWorkbook = jest.fn((query: ReportWorkbookQuery) => {
    void query;
    return of(new Blob(['x']));
  });

  beforeEach(() => {
    report.mockClear();
    reportWorkbook.mockClear();
    TestBed.configureTestingModule({
      imports: [ReportsPanel],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        { provide: DashboardApi, useValue: { report, reportWorkbook } },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: {
              queryParamMap: convertToParamMap({
                year: '2026',
                period: 'q1',
                report: '01-TCD',
              }),
            },
          },
        },
      ],
    });
  });

  it("loads the period from the address and draws the form's layout, each figure linked to its list", async () => {
    const fixture = TestBed.createComponent(ReportsPanel);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(report).toHaveBeenCalledWith({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    const el = fixture.nativeElement as HTMLElement;
    const table = el.querySelector('[data-testid="report-table-01-TCD"]');
    if (!table) throw new Error('table missing');
    const heads = Array.from(table.querySelectorAll('thead tr:first-child th')).map((th) => [
      th.textContent?.trim(),
      th.getAttribute('colspan'),
      th.getAttribute('rowspan'),
    ]);
    expect(heads).toEqual([
      ['Đơn vị', null, '2'],
      ['Tổng số lượt tiếp', null, '2'],
      ['Tiếp thường xuyên', '2', null],
      ['Ghi chú', null, '2'],
    ]);
    const row = table.querySelector('[data-testid="report-row"]');
    const link = row?.querySelector('[data-column="1"] a');
    expect(link?.getAttribute('href')).toBe('/overview/report-items?form=01-TCD&column=c1&from=2026-01-01&to=2026-03-31&row=c1');
    // Zero is not a link; "—" carries its reason; the note opens its own list.
    expect(row?.querySelector('[data-column="2"]')?.textContent?.trim()).toBe('0');
    expect(row?.querySelector('[data-column="2"] a')).toBeNull();
    expect(row?.querySelector('[data-column="3"] .na')?.getAttribute('title')).toBe('Không có dữ liệu');
    expect(row?.querySelector('.notes a')?.getAttribute('href')).toContain('column=note:refused');
    expect(el.querySelector('[data-testid="report-missing"]')?.textContent).toContain('Cột 3');
  });

  it('exports the form shown for the period', async () => {
    const fixture = TestBed.createComponent(ReportsPanel);
    fixture.componentRef.setInput('communeId', 'c9');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="report-export-01-TCD"]');
    button?.click();
    await fixture.whenStable();
    expect(reportWorkbook).toHaveBeenCalledWith({
      from: '2026-01-01',
      to: '2026-03-31',
      communeId: 'c9',
      form: '01-TCD',
    });
  });
});
