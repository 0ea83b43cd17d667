import type { CaseSummaryDto } from '@tiep-dan/contracts';
import { casesCsv, UTF8_BOM } from './cases-csv';

const item = (extra: Partial<CaseSummaryDto>): CaseSummaryDto =>
  ({
    id: 'c1',
    code: 'KN-2026-000001',
    type: 'complaint',
    summary: 'Khiếu nại "thu hồi" đất, thửa 215',
    leadAgencyName: 'Địa chính An Phú',
    stateLabel: { vi: 'Đang xác minh', en: 'Under verification' },
    receivedAt: '2026-03-01T17:30:00.000Z',
    dueAt: '2026-03-31T16:59:59.999Z',
    deadlineStatus: 'overdue',
    citizenName: 'Nguyễn Văn Bình',
    ...extra,
  }) as CaseSummaryDto;

describe('casesCsv', () => {
  const labels = {
    header: ['Mã', 'Loại', 'Nội dung', 'Cơ quan', 'Bước', 'Ngày nhận', 'Hạn', 'Tình trạng'],
    type: () => 'Khiếu nại',
    state: (l: { vi: string }) => l.vi,
    status: () => 'Quá hạn',
    noAgency: 'Chưa giao cơ quan',
  };

  it('starts with a BOM, quotes what needs it, writes Vietnam dates and no citizen’s name', () => {
    const csv = casesCsv(
      [
        item({}),
        item({
          code: 'KN-2',
          leadAgencyName: null,
          summary: '=HYPERLINK("x")',
        }),
      ],
      labels,
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Mã,Loại,Nội dung,Cơ quan,Bước,Ngày nhận,Hạn,Tình trạng');
    // 00:30 on 2 March in Vietnam, though still 1 March in UTC.
    expect(lines[1]).toBe(
      'KN-2026-000001,Khiếu nại,"Khiếu nại ""thu hồi"" đất, thửa 215",Địa chính An Phú,Đang xác minh,02/03/2026,31/03/2026,Quá hạn',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")",Chưa giao cơ quan`);
    expect(lines[3]).toBe('');
    expect(csv).not.toContain('Nguyễn Văn Bình');
  });
});
