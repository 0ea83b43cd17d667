import { REPORT_FORMS } from '@tiep-dan/contracts';
import { FORM_SPECS } from './forms';
import { matterOutcome, priorStatus } from './matter-outcome';
import type { ReportFacts } from './report-facts';
import { countForm, leaves, notesText, tableOf } from './report-spec';

/** The number of numbered columns each form of Thông tư 02/2021/TT-TTCP has before "Ghi chú". */
const COLUMNS: Record<(typeof REPORT_FORMS)[number], number> = {
  '01/TCD': 29,
  '02/TCD': 16,
  '01/XLD': 26,
  '02/XLD': 30,
  '03/XLD': 33,
  '04/XLD': 24,
  '01/KQGQ': 26,
  '03/KQGQ': 31,
};

const EMPTY: ReportFacts = {
  from: new Date('2025-12-31T17:00:00.000Z'),
  to: new Date('2026-03-31T17:00:00.000Z'),
  fromDay: '2026-01-01',
  toDay: '2026-03-31',
  units: [{ id: 'u1', name: 'Phường Một' }],
  visits: [],
  sessions: [],
  petitions: [],
  resolutions: [],
};

describe('form definitions', () => {
  it.each(REPORT_FORMS)('%s numbers its columns 1..n in order, and every sum names columns of the form', (form) => {
    const columns = leaves(FORM_SPECS[form].headings).map((c) => c.spec);
    expect(columns.map((c) => c.no)).toEqual(Array.from({ length: COLUMNS[form] }, (_, i) => i + 1));
    for (const c of columns) {
      // Either counted or explained, never a silent zero.
      expect(Boolean(c.count) !== Boolean(c.unavailable)).toBe(true);
      const code = c.code ?? String(c.no);
      expect(code.startsWith(`${c.no}`)).toBe(true);
      const named = code.match(/\d+/g)?.map(Number) ?? [];
      for (const n of named) expect(n).toBeLessThanOrEqual(COLUMNS[form]);
    }
  });

  it('makes an empty table: zeros where counted, null where the data cannot fill the column, no notes', () => {
    const spec = FORM_SPECS['01/KQGQ'];
    const table = tableOf(spec, EMPTY, countForm(spec, EMPTY));
    expect(table.rows).toHaveLength(1);
    expect(table.total.communeName).toBe('Tổng cộng');
    expect(table.columns.filter((c) => c.unavailable).map((c) => c.no)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(table.total.values['c5']).toBe(0);
    expect(table.total.values['c7']).toBeNull();
    expect(table.notesNo).toBe(27);
    expect(notesText(table, table.total)).toBe('');
  });
});

describe('matter outcome', () => {
  it.each([
    ['ASSIGN', 'complaint', 'accepted'],
    ['ANSWER_ON_SPOT', 'proposal', 'accepted'],
    ['TRIAGE_REFUSE', 'complaint', 'not_accepted'],
    ['GUIDE', 'complaint', 'guided'],
    ['GUIDE', 'denunciation', 'forwarded'],
    ['TRANSFER', 'reflection', 'forwarded'],
    ['TRIAGE_ARCHIVE', 'complaint', 'not_eligible'],
    ['REFUSE', 'proposal', 'not_eligible'],
    [null, 'complaint', null],
  ] as const)('%s on a %s matter is %s', (event, type, outcome) => {
    expect(matterOutcome(event, type)).toBe(outcome);
  });

  it('tells where a matter stood from the case it follows on', () => {
    expect(priorStatus(null)).toBe('none');
    expect(priorStatus({ resolved: true, secondLevel: false, overdue: true })).toBe('resolved_once');
    expect(priorStatus({ resolved: true, secondLevel: true, overdue: false })).toBe('resolved_twice');
    expect(priorStatus({ resolved: false, secondLevel: false, overdue: true })).toBe('overdue');
    expect(priorStatus({ resolved: false, secondLevel: false, overdue: false })).toBe('in_progress');
  });
});
