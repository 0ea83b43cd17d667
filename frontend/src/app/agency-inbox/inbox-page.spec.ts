import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { InboxItemDto, InboxSummaryDto } from '@tiep-dan/contracts';
import { NOW } from '../shared/ui/due-badge';
import { InboxPage } from './inbox-page';

const NOW_AT = new Date('2026-03-20T03:00:00.000Z');

function item(code: string, extra: Partial<InboxItemDto> = {}): InboxItemDto {
  return {
    id: code,
    code,
    type: 'complaint',
    state: 'accepted.verification',
    stateLabel: { vi: 'Đang xác minh', en: 'Verification' },
    version: 2,
    category: 'land',
    channel: 'post',
    summary: `Đơn ${code}`,
    communeId: 'ap',
    neighbourhoodId: null,
    leadAgencyId: 'dc',
    leadAgencyName: 'Địa chính',
    receivedAt: '2026-03-02T02:00:00.000Z',
    deadlineRuleId: 'complaint.resolve.first',
    dueAt: '2026-03-25T16:59:59.999Z',
    dueSoonAt: '2026-03-20T17:00:00.000Z',
    overdueSince: null,
    deadlineStatus: 'on_time',
    pendingParty: 'agency',
    reassignable: true,
    closedAt: null,
    citizenName: 'Nguyễn Văn Bình',
    assignedHandler: null,
    ...extra,
  };
}

const COUNTS: InboxSummaryDto = {
  counts: {
    new: 2,
    in_progress: 5,
    due_soon: 1,
    overdue: 3,
    awaiting_approval: 0,
    closed: 9,
  },
};

describe('InboxPage', () => {
  let fixture: ComponentFixture<InboxPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  function signInAs(role: string): void {
    sessionStorage.setItem(
      'tiepdan.session',
      JSON.stringify({
        accessToken: 't',
        expiresIn: 900,
        refreshToken: 'r',
        refreshExpiresAt: '',
        user: {
          id: 'u1',
          username: 'x',
          fullName: 'Phạm Thị Hoa',
          role,
          agency: { id: 'dc', name: 'Địa chính', kind: 'unit' },
          communeId: 'ap',
          provinceId: 'ma',
          neighbourhoodId: null,
        },
      }),
    );
  }

  async function settle(): Promise<void> {
    fixture.detectChanges();
    // Let the awaited API calls resolve (they are promises, which the fixture does not track).
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  /** Answers the list and the counts; returns the list request to check its parameters. */
  async function answer(items: InboxItemDto[], nextCursor: string | null = null): Promise<TestRequest> {
    const list = http.expectOne((r) => r.url === '/api/inbox');
    const summary = http.expectOne((r) => r.url === '/api/inbox/summary');
    list.flush({ items, nextCursor });
    summary.flush(COUNTS);
    await settle();
    return list;
  }

  async function create(inputs: Record<string, string> = {}, role = 'agency_handler'): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(InboxPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/neighbourhoods')
      .flush([
        {
          id: 'n3',
          communeId: 'ap',
          kind: 'to_dan_pho',
          name: 'Tổ dân phố 3',
          active: true,
        },
      ]);
    if (role === 'agency_head')
      http.expectOne('/api/inbox/handlers').flush([
        {
          id: 'u2',
          fullName: 'Lê Văn Hùng',
          username: 'h',
          open: 4,
          dueSoon: 1,
          overdue: 2,
        },
        {
          id: 'u1',
          fullName: 'Phạm Thị Hoa',
          username: 'p',
          open: 1,
          dueSoon: 0,
          overdue: 0,
        },
      ]);
  }

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [InboxPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: NOW, useValue: () => NOW_AT },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('opens on the new assignments with a count on every tab, in Vietnamese', async () => {
    await create();
    const list = await answer([item('KN-2026-000001')]);
    expect(list.request.params.get('tab')).toBe('new');
    expect(text('[data-tab="new"]')).toBe('Mới được giao 2');
    expect(text('[data-tab="overdue"]')).toBe('Quá hạn 3');
    expect(text('[data-tab="awaiting_approval"]')).toBe('Chờ thủ trưởng duyệt 0');
    expect(text('[data-tab="closed"]')).toBe('Đã kết thúc 9');
    expect(el().querySelector('[data-tab="new"]')?.classList).toContain('mdc-tab--active');
  });

  it('shows each case with its due date and the days left or overdue said plainly, the denouncer masked', async () => {
    await create({ tab: 'overdue' });
    await answer([
      item('KN-2026-000001', {
        dueAt: '2026-03-17T16:59:59.999Z',
        deadlineStatus: 'overdue',
        overdueSince: '2026-03-17T16:59:59.999Z',
        assignedHandler: { id: 'u2', fullName: 'Lê Văn Hùng' },
      }),
      item('TC-2026-000002', {
        type: 'denunciation',
        citizenName: null,
        dueAt: '2026-03-20T16:59:59.999Z',
        deadlineStatus: 'overdue',
      }),
    ]);
    const rows = Array.from(el().querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-case'))).toEqual(['KN-2026-000001', 'TC-2026-000002']);
    expect(rows[0].textContent).toContain('17/03/2026');
    expect(rows[0].querySelector('[data-testid="due-badge"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Quá hạn · quá hạn 3 ngày');
    expect(rows[0].textContent).toContain('Lê Văn Hùng');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/cases/KN-2026-000001');
    expect(rows[1].textContent).toContain('Bảo mật');
    expect(rows[1].textContent).toContain('Chưa giao');
  });

  it('asks the server with the filters and search of the address, for the list and the counts alike', async () => {
    await create({
      tab: 'in_progress',
      type: 'complaint',
      category: 'land',
      neighbourhoodId: 'n3',
      q: 'thửa 215',
      mine: 'true',
    });
    const list = http.expectOne((r) => r.url === '/api/inbox');
    const summary = http.expectOne((r) => r.url === '/api/inbox/summary');
    for (const [name, value] of [
      ['type', 'complaint'],
      ['category', 'land'],
      ['neighbourhoodId', 'n3'],
      ['q', 'thửa 215'],
      ['mine', 'true'],
    ]) {
      expect(list.request.params.get(name)).toBe(value);
      expect(summary.request.params.get(name)).toBe(value);
    }
    expect(list.request.params.get('tab')).toBe('in_progress');
    expect(summary.request.params.has('tab')).toBe(false);
    list.flush({ items: [], nextCursor: null });
    summary.flush(COUNTS);
    await settle();
    expect(text('[data-testid="inbox-empty"]')).toBe('Không có hồ sơ nào trong mục này.');

    // A filter that is not a known value is ignored rather than sent.
    fixture.componentRef.setInput('type', 'nonsense');
    fixture.detectChanges();
    const again = http.expectOne((r) => r.url === '/api/inbox');
    expect(again.request.params.has('type')).toBe(false);
    again.flush({ items: [], nextCursor: null });
    http.expectOne((r) => r.url === '/api/inbox/summary').flush(COUNTS);
    await settle();
  });

  it('loads the next page on request', async () => {
    await create();
    await answer([item('KN-2026-000001')], 'next-1');
    const more = Array.from(el().querySelectorAll('button')).find((b) => b.textContent?.includes('Xem thêm'));
    more?.click();
    const page2 = http.expectOne((r) => r.url === '/api/inbox');
    expect(page2.request.params.get('cursor')).toBe('next-1');
    page2.flush({ items: [item('KN-2026-000002')], nextCursor: null });
    await settle();
    expect(Array.from(el().querySelectorAll('tbody tr')).map((r) => r.getAttribute('data-case'))).toEqual([
      'KN-2026-000001',
      'KN-2026-000002',
    ]);
    expect(Array.from(el().querySelectorAll('button')).some((b) => b.textContent?.includes('Xem thêm'))).toBe(false);
  });

  it('shows the agency head each handler’s load', async () => {
    await create({}, 'agency_head');
    await answer([]);
    const loads = el().querySelector('[data-testid="handler-loads"]');
    expect(loads?.textContent).toContain('Khối lượng việc của chuyên viên');
    const rows = Array.from(loads?.querySelectorAll('tbody tr') ?? []).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Lê Văn Hùng', '4', '1', '2'],
      ['Phạm Thị Hoa', '1', '0', '0'],
    ]);
  });
});
