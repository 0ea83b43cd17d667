import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { I18n } from '../core/i18n/i18n.service';
import { Shell } from './shell';

describe('Shell', () => {
  function signInAs(role: string): void {
    const user = {
      id: 'u1',
      username: 'test',
      fullName: 'Người Thử',
      role,
      agency: { id: 'a1', name: 'UBND', kind: 'commune' },
      communeId: 'a1',
      provinceId: 'p1',
      neighbourhoodId: null,
    };
    sessionStorage.setItem(
      'tiepdan.session',
      JSON.stringify({
        accessToken: 't',
        expiresIn: 900,
        refreshToken: 'r',
        refreshExpiresAt: '',
        user,
      }),
    );
  }

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
  });

  it('shows a signed-out visitor only the public lookup', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const nav = (fixture.nativeElement as HTMLElement).querySelector('[role="navigation"]');
    expect(nav?.textContent?.trim()).toBe('Tra cứu hồ sơ');
  });

  it('lists the screens of the signed-in role in Vietnamese and follows the language switch', async () => {
    signInAs('leader');
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const nav = (fixture.nativeElement as HTMLElement).querySelector('[role="navigation"]');
    expect(nav?.textContent).toContain('Bàn tiếp công dân');
    expect(nav?.textContent).toContain('Tổng quan lãnh đạo');

    TestBed.inject(I18n).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(nav?.textContent).toContain('Reception desk');
  });

  it('skips to the main content in place, without following #main against the base href', async () => {
    const fixture = TestBed.createComponent(Shell);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const skip = root.querySelector<HTMLAnchorElement>('a.skip-link');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    skip?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('main#main'));
    (fixture.nativeElement as HTMLElement).remove();
  });

  it('names the language button with its visible text first (WCAG 2.5.3)', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="lang-switch"]');
    expect(button?.textContent?.trim()).toBe('VI');
    expect(button?.getAttribute('aria-label')).toBe('VI · Ngôn ngữ: Tiếng Việt');
    TestBed.inject(I18n).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(button?.textContent?.trim()).toBe('EN');
    expect(button?.getAttribute('aria-label')).toBe('EN · Language: English');
  });

  it('shows whether the server and its database answer', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const status = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="health-status"]')?.textContent ?? '';
    expect(status()).toContain('Đang kiểm tra');

    await new Promise((resolve) => setTimeout(resolve)); // the first poll fires on the next tick

    TestBed.inject(HttpTestingController)
      .expectOne('/api/health')
      .flush({ status: 'error', database: { status: 'down', mode: 'embedded' } }, { status: 503, statusText: 'Service Unavailable' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(status()).toContain('Mất kết nối cơ sở dữ liệu');
  });
});
