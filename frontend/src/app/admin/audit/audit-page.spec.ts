import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { SecurityAuditEntryDto } from '@tiep-dan/contracts';
import { AuditPage } from './audit-page';

function entry(id: string, action: SecurityAuditEntryDto['action'], extra: Partial<SecurityAuditEntryDto> = {}): SecurityAuditEntryDto {
  return {
    id,
    at: '2026-03-02T02:30:00.000Z',
    action,
    actorId: 'u1',
    actorUsername: 'chuyenvien.congan',
    targetType: 'case',
    targetId: 'c1',
    ip: '10.0.0.1',
    details: {},
    ...extra,
  };
}

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const rows = () =>
    Array.from(el().querySelectorAll('[data-testid="audit-table"] tbody tr')).map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim());
  const button = (testid: string) => el().querySelector(`[data-testid="${testid}"]`) as HTMLButtonElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditPage);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('shows who did what, when (Vietnam time) and why, and pages forwards and back by cursor', async () => {
    http.expectOne('/api/security-audit?limit=25').flush({
      items: [
        entry('9', 'identity.reveal', {
          details: { reason: 'Liên hệ xác minh' },
        }),
        entry('8', 'login.success', { targetType: 'session', targetId: 's1' }),
      ],
      nextCursor: '8',
    });
    await settle();
    expect(rows()[0]).toContain('02/03/2026 09:30:00');
    expect(rows()[0]).toContain('Xem danh tính người tố cáo');
    expect(rows()[0]).toContain('chuyenvien.congan');
    expect(rows()[0]).toContain('Liên hệ xác minh');
    expect(rows()[1]).toContain('Đăng nhập thành công');
    expect(button('audit-previous').disabled).toBe(true);

    button('audit-next').click();
    await settle();
    http.expectOne('/api/security-audit?cursor=8&limit=25').flush({ items: [entry('7', 'logout')], nextCursor: null });
    await settle();
    expect(rows()).toHaveLength(1);
    expect(el().querySelector('[data-testid="audit-page"]')?.textContent).toContain('Trang 2');
    expect(button('audit-next').disabled).toBe(true);

    button('audit-previous').click();
    await settle();
    http.expectOne('/api/security-audit?limit=25').flush({ items: [entry('9', 'identity.reveal')], nextCursor: '9' });
    await settle();
    expect(el().querySelector('[data-testid="audit-page"]')?.textContent).toContain('Trang 1');
  });

  it('filters by event and target, starting again from the first page', async () => {
    http.expectOne('/api/security-audit?limit=25').flush({ items: [], nextCursor: null });
    await settle();
    expect(rows()).toEqual(['Chưa có dữ liệu.']);
    await (
      await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness.with({ selector: '[data-testid="audit-action"]' }))
    ).clickOptions({ text: 'Xem danh tính người tố cáo' });
    await settle();
    http
      .expectOne('/api/security-audit?action=identity.reveal&limit=25')
      .flush({ items: [entry('5', 'identity.reveal')], nextCursor: null });
    await settle();
    (el().querySelector('[data-testid="audit-target"]') as HTMLInputElement).value = ' c1 ';
    el().querySelector('[data-testid="audit-target"]')?.dispatchEvent(new Event('input'));
    button('audit-filter').click();
    await settle();
    const req = http.expectOne((r) => r.url === '/api/security-audit');
    expect(req.request.params.get('targetId')).toBe('c1');
    expect(req.request.params.get('action')).toBe('identity.reveal');
    expect(req.request.params.has('cursor')).toBe(false);
    req.flush({ items: [], nextCursor: null });
    await settle();
  });
});
