import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseNoticeKind, CaseType } from '@tiep-dan/contracts';
import { dispositionFileName, NoticesPanel } from './notices-panel';

describe('dispositionFileName', () => {
  it('prefers the RFC 5987 Vietnamese name, then the plain one', () => {
    expect(
      dispositionFileName(
        `attachment; filename="thong-bao-thu-ly-KN-2026-000001.pdf"; filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o%20th%E1%BB%A5%20l%C3%BD%20KN-2026-000001.pdf`,
      ),
    ).toBe('Thông báo thụ lý KN-2026-000001.pdf');
    expect(dispositionFileName('attachment; filename="a.pdf"')).toBe('a.pdf');
    expect(dispositionFileName(`attachment; filename="a.pdf"; filename*=UTF-8''%E0%A4%A`)).toBe('a.pdf');
    expect(dispositionFileName(null)).toBeNull();
  });
});

describe('NoticesPanel', () => {
  let http: HttpTestingController;
  let clicked: { href: string; download: string }[];

  function render(notices: CaseNoticeKind[], type: CaseType = 'complaint'): ComponentFixture<NoticesPanel> {
    const fixture = TestBed.createComponent(NoticesPanel);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('type', type);
    fixture.componentRef.setInput('notices', notices);
    fixture.detectChanges();
    return fixture;
  }
  const buttons = (fixture: ComponentFixture<NoticesPanel>) =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map((b) => b.textContent?.trim());

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    clicked = [];
    URL.createObjectURL = jest.fn(() => 'blob:notice');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('offers one print button per notice the case has now, in Vietnamese', () => {
    expect(buttons(render(['acceptance', 'refusal', 'forwarding-slip', 'guidance']))).toEqual([
      'In thông báo thụ lý',
      'In thông báo không thụ lý',
      'In phiếu chuyển đơn',
      'In văn bản hướng dẫn',
    ]);
    expect(buttons(render([]))).toEqual([]);
  });

  it('says a denunciation’s notices never name the denouncer', () => {
    const text = (render(['acceptance'], 'denunciation').nativeElement as HTMLElement).textContent;
    expect(text).toContain('không ghi thông tin người tố cáo');
    expect((render(['acceptance']).nativeElement as HTMLElement).textContent).not.toContain('người tố cáo');
  });

  it('downloads the PDF with the token-carrying client, under its Vietnamese name', async () => {
    const fixture = render(['forwarding-slip']);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="notice-forwarding-slip"]')?.click();
    const req = http.expectOne('/api/cases/c1/notices/forwarding-slip');
    expect(req.request.method).toBe('GET');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.4'], { type: 'application/pdf' }), {
      headers: {
        'Content-Disposition': `attachment; filename="phieu-chuyen-don-KN-2026-000001.pdf"; filename*=UTF-8''Phi%E1%BA%BFu%20chuy%E1%BB%83n%20%C4%91%C6%A1n%20KN-2026-000001.pdf`,
      },
    });
    await fixture.whenStable();
    expect(clicked).toEqual([{ href: 'blob:notice', download: 'Phiếu chuyển đơn KN-2026-000001.pdf' }]);
  });

  it('shows the server’s reason when the notice cannot be printed', async () => {
    // jsdom's Blob lacks text(), which every browser the app supports has.
    if (typeof Blob.prototype.text !== 'function')
      Blob.prototype.text = function (this: Blob) {
        return new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.readAsText(this);
        });
      };
    const fixture = render(['acceptance']);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="notice-acceptance"]')?.click();
    http.expectOne('/api/cases/c1/notices/acceptance').flush(
      new Blob(
        [
          JSON.stringify({
            code: 'CASE_NOTICE_NOT_AVAILABLE',
            message: {
              vi: 'Hồ sơ ở bước hiện tại không có thông báo thụ lý để in',
              en: 'The case has no acceptance notice to print in its current state',
            },
          }),
        ],
        { type: 'application/problem+json' },
      ),
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    // The problem is read from the Blob asynchronously (FileReader): wait for it, however busy the machine is.
    const alertOf = () => (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    for (let i = 0; i < 100 && !alertOf()?.textContent?.trim(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      fixture.detectChanges();
    }
    const alert = alertOf();
    expect(alert?.textContent).toContain('Hồ sơ ở bước hiện tại không có thông báo thụ lý để in');
    expect(clicked).toEqual([]);
  });
});
