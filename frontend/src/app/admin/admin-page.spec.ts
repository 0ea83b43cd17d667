import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ADMIN_ROUTES } from './admin.routes';
import { AGENCIES } from './testing/admin-fixtures';

describe('ADMIN_ROUTES', () => {
  it('opens on the agencies tab and moves between the five sections, each its own address', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin', children: ADMIN_ROUTES }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/admin');
    const settle = async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    await settle();
    const el = harness.routeNativeElement as HTMLElement;
    const tabs = Array.from(el.querySelectorAll('a[mat-tab-link]'));
    expect(tabs.map((a) => a.textContent?.trim())).toEqual([
      'Cơ quan',
      'Tổ dân phố, thôn',
      'Người dùng',
      'Nhật ký an ninh',
      'Ứng dụng Open311',
    ]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    http.expectOne('/api/agencies').flush(AGENCIES);

    await harness.navigateByUrl('/admin/audit');
    await settle();
    expect(el.querySelector('[data-testid="admin-tab-audit"]')?.getAttribute('aria-selected')).toBe('true');
    expect(el.querySelector('[data-testid="audit-table"]')).not.toBeNull();
    http.expectOne('/api/security-audit?limit=25').flush({ items: [], nextCursor: null });
    http.verify();
  });
});
