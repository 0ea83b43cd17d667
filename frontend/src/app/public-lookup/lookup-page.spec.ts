import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { LookupPage } from './lookup-page';

describe('LookupPage', () => {
  let fixture: ComponentFixture<LookupPage>;
  let http: HttpTestingController;
  const root = () => fixture.nativeElement as HTMLElement;
  const q = <T extends HTMLElement = HTMLElement>(testid: string) => root().querySelector<T>(`[data-testid="${testid}"]`) as T;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const type = (testid: string, value: string) => {
    const input = q<HTMLInputElement>(testid);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  /** The texts an element's aria-describedby points at. */
  const description = (element: HTMLElement) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LookupPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        // The lookup reads a notice link's code from the address and links to the petition form.
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LookupPage);
    document.body.appendChild(root());
    await settle();
  });

  afterEach(() => {
    http.verify();
    root().remove();
  });

  it('asks for the missing fields by name without a request, and focuses the first', async () => {
    q('lookup-submit').click();
    await settle();
    http.expectNone('/api/public/lookup');
    const code = q<HTMLInputElement>('lookup-code');
    const phone = q<HTMLInputElement>('lookup-phone');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(description(code)).toContain('Nhập mã hồ sơ in trên phiếu.');
    expect(description(phone)).toContain('Nhập 4 số cuối điện thoại.');
    expect(document.activeElement).toBe(code);
  });

  it('shows the fields the server refused by their labels, never the API’s names', async () => {
    type('lookup-code', 'KN-2026-000123');
    type('lookup-phone', '1234');
    q('lookup-submit').click();
    await settle();
    http.expectOne('/api/public/lookup').flush(
      {
        code: 'VALIDATION_FAILED',
        message: {
          vi: 'Dữ liệu gửi lên không hợp lệ: code',
          en: 'The request is invalid: code',
        },
        errors: [
          {
            field: 'code',
            code: 'maxLength',
            message: { vi: 'Trường "code" quá dài', en: 'code is too long' },
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const error = q('lookup-error').textContent ?? '';
    expect(error).toContain('Vui lòng kiểm tra lại: Mã hồ sơ.');
    expect(error).not.toContain('code');
    const code = q<HTMLInputElement>('lookup-code');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(description(code)).toContain('Mã hồ sơ: quá dài.');
    expect(document.activeElement).toBe(code);
  });

  it('reads the result out in a live region, and keeps the focus on the button', async () => {
    type('lookup-code', 'KN-2026-000123');
    type('lookup-phone', '1234');
    const submit = q('lookup-submit');
    submit.focus();
    submit.click();
    await settle();
    http.expectOne('/api/public/lookup').flush({
      code: 'KN-2026-000123',
      receivedOn: '2026-03-02',
      status: { vi: 'Đang xác minh', en: 'Under verification' },
      closed: false,
      nextDueDate: '2026-04-01',
      outcome: null,
    });
    await settle();
    const live = q('lookup-live');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent).toContain('Hồ sơ KN-2026-000123');
    expect(live.textContent).toContain('Đang xác minh');
    expect(document.activeElement).toBe(submit);
  });

  it('tells a complainant the outcome, the day of the decision and until when a second complaint may be filed', async () => {
    type('lookup-code', 'KN-2026-000124');
    type('lookup-phone', '1234');
    q('lookup-submit').click();
    await settle();
    http.expectOne('/api/public/lookup').flush({
      code: 'KN-2026-000124',
      receivedOn: '2026-09-02',
      status: { vi: 'Đã gửi quyết định', en: 'Parties notified' },
      closed: false,
      nextDueDate: null,
      outcome: {
        vi: 'Đã có quyết định giải quyết: Khiếu nại của ông/bà đúng một phần.',
        en: 'Decided: Your complaint was found partly right.',
      },
      decidedOn: '2026-10-05',
      secondComplaint: { until: '2026-11-04', basis: 'decision' },
      answered: true,
      rating: null,
    });
    await settle();
    expect(q('lookup-outcome').textContent).toContain('đúng một phần');
    expect(q('lookup-decided-on').textContent).toContain('05/10/2026');
    expect(q('lookup-second-complaint').textContent).toContain('khiếu nại lần hai đến hết ngày 04/11/2026');
  });
});
