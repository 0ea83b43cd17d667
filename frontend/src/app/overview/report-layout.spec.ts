import type { ReportTable } from '@tiep-dan/contracts';
import { itemsQueryOf } from './report-items-page';
import { headingRows, periodOf } from './report-layout';

const label = (vi: string) => ({ vi, en: vi });

describe('report layout', () => {
  it('lays the headings out as the form: groups over their columns, columns down to the last heading row', () => {
    const table = {
      headings: [
        { label: label('Tổng số lượt tiếp'), columnKey: 'c1' },
        {
          label: label('Tiếp thường xuyên'),
          children: [
            { label: label('Số lượt tiếp'), columnKey: 'c2' },
            {
              label: label('Số vụ việc'),
              children: [
                { label: label('Tiếp lần đầu'), columnKey: 'c3' },
                { label: label('Tiếp nhiều lần'), columnKey: 'c4' },
              ],
            },
          ],
        },
      ],
    } as unknown as ReportTable;
    const rows = headingRows(table).map((r) => r.map((c) => [c.label.vi, c.colspan, c.rowspan]));
    expect(rows).toEqual([
      [
        ['Đơn vị', 1, 3],
        ['Tổng số lượt tiếp', 1, 3],
        ['Tiếp thường xuyên', 3, 1],
        ['Ghi chú', 1, 3],
      ],
      [
        ['Số lượt tiếp', 1, 2],
        ['Số vụ việc', 2, 1],
      ],
      [
        ['Tiếp lần đầu', 1, 1],
        ['Tiếp nhiều lần', 1, 1],
      ],
    ]);
  });

  it('finds the period of the screen from its days', () => {
    expect(periodOf('2026-01-01', '2026-03-31')).toEqual({
      year: 2026,
      period: 'q1',
    });
    expect(periodOf('2026-01-01', '2026-09-30')).toEqual({
      year: 2026,
      period: 'm9',
    });
    expect(periodOf('2026-01-05', '2026-03-31')).toBeNull();
  });
});

describe('the address of a figure’s list', () => {
  it('keeps the form, column, row and period, and refuses an unknown form', () => {
    expect(
      itemsQueryOf({
        form: '01-TCD',
        column: 'c4',
        from: '2026-01-01',
        to: '2026-03-31',
        row: 'c1',
        junk: 'x',
      }),
    ).toEqual({
      form: '01-TCD',
      column: 'c4',
      from: '2026-01-01',
      to: '2026-03-31',
      row: 'c1',
    });
    expect(itemsQueryOf({ form: '09-ABC', column: 'c4', from: 'a', to: 'b' })).toBeNull();
    expect(itemsQueryOf({ form: '01-TCD', column: 'c4' })).toBeNull();
  });
});
