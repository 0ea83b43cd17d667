import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { DemoAccountsResponse } from '../core/api/demo.api';
import { I18n } from '../core/i18n/i18n.service';
import { LoginPage } from './login-page';

const DEMO: DemoAccountsResponse = {
  password: 'TiepDan@2026',
  accounts: [
    {
      username: 'tiepdan.anphu',
      fullName: 'Nguyễn Thị Lan',
      role: 'reception_officer',
      purpose: {
        vi: 'Tiếp công dân ở Phường An Phú',
        en: 'Receives citizens in An Phú ward',
      },
    },
    {
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      role: 'admin',
      purpose: { vi: 'Quản trị tài khoản', en: 'Manages accounts' },
    },
  ],
};

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const q = <T extends Element = HTMLElement>(testid: string) => el().querySelector<T>(`[data-testid="${testid}"]`);
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };

  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    await settle();
  });

  afterEach(() => http.verify());

  it('lists the demo accounts with their role, purpose and the shared password in demo mode', async () => {
    http.expectOne('/api/demo/accounts').flush(DEMO);
    await settle();
    const accounts = Array.from(el().querySelectorAll('[data-testid="demo-account"]')).map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(accounts).toHaveLength(2);
    expect(accounts[0]).toContain('tiepdan.anphu · Nguyễn Thị Lan');
    expect(accounts[0]).toContain('Cán bộ tiếp công dân');
    expect(accounts[0]).toContain('Tiếp công dân ở Phường An Phú');
    expect(q('demo-password')?.textContent?.trim()).toBe('Mật khẩu chung: TiepDan@2026');

    TestBed.inject(I18n).use('en');
    await settle();
    expect(q('demo-accounts')?.textContent).toContain('Receives citizens in An Phú ward');
    expect(q('demo-accounts')?.textContent).toContain('Reception officer');
    expect(q('demo-password')?.textContent?.trim()).toBe('Shared password: TiepDan@2026');
  });

  it('fills the username and password on choosing an account and moves focus to the submit button', async () => {
    http.expectOne('/api/demo/accounts').flush(DEMO);
    await settle();
    const submit = q<HTMLButtonElement>('login-submit');

    q<HTMLButtonElement>('demo-account')?.click();
    await settle();

    expect(q<HTMLInputElement>('login-username')?.value).toBe('tiepdan.anphu');
    expect(q<HTMLInputElement>('login-password')?.value).toBe('TiepDan@2026');
    expect(submit?.disabled).toBe(false);
    expect(document.activeElement).toBe(submit);

    submit?.click();
    await settle();
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({
      username: 'tiepdan.anphu',
      password: 'TiepDan@2026',
    });
  });

  it('says which field is missing on an empty submit, marks it invalid and focuses it, without asking the server', async () => {
    http.expectOne('/api/demo/accounts').flush(DEMO);
    await settle();
    document.body.appendChild(el());
    q<HTMLButtonElement>('login-submit')?.click();
    await settle();

    const username = q<HTMLInputElement>('login-username');
    expect(username?.getAttribute('aria-invalid')).toBe('true');
    const described = username?.getAttribute('aria-describedby') ?? '';
    const message = described
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim())
      .join(' ');
    expect(message).toContain('Nhập tên đăng nhập.');
    expect(document.activeElement).toBe(username);
    http.expectNone('/api/auth/login');
    el().remove();
  });

  it('ties a refused sign-in to both fields and selects the password to type it again', async () => {
    http.expectOne('/api/demo/accounts').flush(DEMO);
    await settle();
    document.body.appendChild(el());
    q<HTMLButtonElement>('demo-account')?.click();
    await settle();
    q<HTMLButtonElement>('login-submit')?.click();
    await settle();
    http.expectOne('/api/auth/login').flush(
      {
        code: 'INVALID_CREDENTIALS',
        message: {
          vi: 'Sai tên đăng nhập hoặc mật khẩu',
          en: 'Wrong username or password',
        },
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(q('login-error')?.textContent).toContain('Sai tên đăng nhập hoặc mật khẩu');
    for (const id of ['login-username', 'login-password']) {
      const field = q<HTMLInputElement>(id);
      expect(field?.getAttribute('aria-invalid')).toBe('true');
      expect(field?.getAttribute('aria-describedby')?.split(' ')).toContain('login-error');
    }
    expect(document.activeElement).toBe(q('login-password'));

    // Typing again clears the mark; the next attempt goes to the server.
    const password = q<HTMLInputElement>('login-password');
    if (password) password.value = 'TiepDan@2027';
    password?.dispatchEvent(new Event('input'));
    await settle();
    expect(password?.getAttribute('aria-invalid')).not.toBe('true');
    q<HTMLButtonElement>('login-submit')?.click();
    await settle();
    http.expectOne('/api/auth/login');
    el().remove();
  });

  it('shows no demo accounts outside demo mode (404)', async () => {
    http
      .expectOne('/api/demo/accounts')
      .flush({ message: { vi: 'Không tìm thấy', en: 'Not found' } }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(q('demo-accounts')).toBeNull();
    expect(q('login-username')).not.toBeNull();
    expect(q('login-submit')).not.toBeNull();
  });
});
