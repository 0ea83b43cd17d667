import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { I18n } from '../../core/i18n/i18n.service';
import { AGENCIES, problem, USERS } from '../testing/admin-fixtures';
import { UsersPage } from './users-page';

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const usernames = () =>
    Array.from(el().querySelectorAll('[data-testid="user-table"] tbody tr td:first-child')).map((td) => td.textContent?.trim());
  const input = (testid: string) =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: `[data-testid="${testid}"]` }));
  const select = (testid: string) =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness.with({ selector: `[data-testid="${testid}"]` }));
  const click = async (testid: string) => {
    (el().querySelector(`[data-testid="${testid}"]`) as HTMLElement).click();
    await settle();
  };
  /** Answers the list reload, and the neighbourhoods of the edited user's commune. */
  const reload = async () => {
    http.expectOne('/api/users').flush(USERS);
    http.expectOne('/api/agencies').flush(AGENCIES);
    await settle();
    flushNeighbourhoods();
    await settle();
  };
  const flushNeighbourhoods = () => http.match((r) => r.url === '/api/neighbourhoods').forEach((r) => r.flush([]));

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [UsersPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    fixture.detectChanges();
    await reload();
  });

  afterEach(() => http.verify());

  it('lists users with their role, agency and status, filtered by text (accents optional), role and status', async () => {
    expect(usernames()).toEqual(['tiepdan.anphu', 'chuyenvien.diachinh', 'thanhtra.tinh']);
    const rows = el().querySelectorAll('[data-testid="user-table"] tbody tr');
    expect(rows[1].textContent).toContain('Chuyên viên cơ quan');
    expect(rows[1].textContent).toContain('Địa chính An Phú');
    expect(rows[1].textContent).toContain('Đang bị khóa');
    expect(rows[2].textContent).toContain('Ngừng sử dụng');

    await (await input('user-search')).setValue('le van hung');
    await settle();
    expect(usernames()).toEqual(['chuyenvien.diachinh']);

    await (await input('user-search')).setValue('');
    await (await select('user-filter-role')).clickOptions({ text: 'Thanh tra' });
    await settle();
    expect(usernames()).toEqual(['thanhtra.tinh']);
    expect(el().querySelector('[data-testid="user-count"]')?.textContent).toContain('1 người dùng');

    TestBed.inject(I18n).use('en');
    await settle();
    expect(el().querySelector('[data-testid="user-count"]')?.textContent).toContain('1 user(s)');
  });

  it('creates a user with a role and an agency, and shows a refused password beside its field', async () => {
    await click('user-new');
    await (await input('user-username')).setValue('moi.nguoi');
    await (await input('user-fullname')).setValue('Người Mới');
    await (await input('user-password')).setValue('ngan');
    await (await select('user-role')).clickOptions({ text: 'Tổ trưởng tổ dân vận' });
    await (await select('user-agency')).clickOptions({ text: /Phường An Phú/ });
    await settle();
    // The agency is a commune: its neighbourhoods can be picked.
    http.expectOne('/api/neighbourhoods?communeId=ap').flush([
      {
        id: 'n3',
        communeId: 'ap',
        kind: 'to_dan_pho',
        name: 'Tổ dân phố 3',
        active: true,
      },
    ]);
    await settle();
    await (await select('user-neighbourhood')).clickOptions({ text: 'Tổ dân phố 3' });
    await click('user-save');

    const req = http.expectOne('/api/users');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      username: 'moi.nguoi',
      fullName: 'Người Mới',
      password: 'ngan',
      role: 'mobilization_lead',
      agencyId: 'ap',
      neighbourhoodId: 'n3',
    });
    const weak = problem(400, 'WEAK_PASSWORD', 'password', 'Mật khẩu quá yếu');
    req.flush(weak.body, weak.init);
    await settle();
    const field = el().querySelector('[data-testid="user-password"]')?.closest('mat-form-field');
    expect(field?.querySelector('mat-error')?.textContent).toContain('Mật khẩu quá yếu');
  });

  it('changes a role, unlocks a locked account and resets a password', async () => {
    await click('user-edit-chuyenvien.diachinh');
    flushNeighbourhoods();
    expect(el().querySelector('[data-testid="user-password"]')).toBeNull();
    await (await select('user-role')).clickOptions({ text: 'Thủ trưởng cơ quan' });
    await click('user-save');
    let req = http.expectOne('/api/users/u2');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toMatchObject({
      role: 'agency_head',
      agencyId: 'ap-dc',
      active: true,
    });
    req.flush({ ...USERS[1], role: 'agency_head' });
    await settle();
    await reload();
    expect(el().querySelector('[data-testid="form-notice"]')?.textContent).toContain('Đã lưu');

    await click('user-unlock');
    req = http.expectOne('/api/users/u2');
    expect(req.request.body).toEqual({ unlock: true });
    req.flush({ ...USERS[1], lockedUntil: null });
    await settle();
    await reload();
    expect(el().querySelector('[data-testid="form-notice"]')?.textContent).toContain('Đã mở khóa');

    await (await input('user-new-password')).setValue('MatKhauMoi2027');
    await click('user-reset');
    req = http.expectOne('/api/users/u2/password');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ newPassword: 'MatKhauMoi2027' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await reload();
    expect(el().querySelector('[data-testid="form-notice"]')?.textContent).toContain('Đã đặt lại mật khẩu');
  });
});
