import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { AGENCIES, problem } from '../testing/admin-fixtures';
import { AgenciesPage } from './agencies-page';

describe('AgenciesPage', () => {
  let fixture: ComponentFixture<AgenciesPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const rowNames = () => Array.from(el().querySelectorAll('.tree li .node')).map((n) => n.textContent?.trim());
  const button = (text: string) =>
    Array.from(el().querySelectorAll('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AgenciesPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgenciesPage);
    fixture.detectChanges();
    http.expectOne('/api/agencies').flush(AGENCIES);
    await settle();
  });

  afterEach(() => http.verify());

  it('shows the province, its departments and communes, and each commune’s units as a tree', async () => {
    expect(rowNames()).toEqual(['Tỉnh Minh An', 'Thanh tra tỉnh', 'Phường An Phú', 'Địa chính An Phú', 'Xã Nậm Khoa', 'Công an Nậm Khoa']);
    const nk = el().querySelector('[data-testid="agency-NK"]');
    expect(nk?.textContent).toContain('Vùng khó khăn');
    expect(el().querySelector('[data-testid="agency-NK-CA"]')?.textContent).toContain('Ngừng sử dụng');

    const toggle = nk?.querySelector('button.toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await settle();
    expect(rowNames()).not.toContain('Công an Nậm Khoa');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('adds a unit under a commune and shows the API’s field error beside the field', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    (el().querySelector('[data-testid="agency-AP"] button[mat-button]') as HTMLButtonElement).click();
    await settle();
    const kind = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="agency-kind"]' }));
    expect(await kind.getValueText()).toBe('Bộ phận, đơn vị cấp xã');
    const parent = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="agency-parent"]' }));
    expect(await parent.getValueText()).toBe('Phường An Phú');
    await parent.open();
    expect((await parent.getOptions()).length).toBe(2); // only communes may hold a unit
    await parent.close();

    await (await loader.getHarness(MatInputHarness.with({ selector: '[data-testid="agency-code"]' }))).setValue('AP-TP');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[data-testid="agency-name"]' }))).setValue('Tư pháp An Phú');
    button('Lưu').click();
    await settle();

    const req = http.expectOne('/api/agencies');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      kind: 'unit',
      parentId: 'ap',
      code: 'AP-TP',
      name: 'Tư pháp An Phú',
      remoteArea: false,
    });
    const refused = problem(409, 'AGENCY_CODE_TAKEN', 'code', 'Mã cơ quan đã tồn tại');
    req.flush(refused.body, refused.init);
    await settle();
    const codeField = el().querySelector('[data-testid="agency-code"]')?.closest('mat-form-field');
    expect(codeField?.querySelector('mat-error')?.textContent).toContain('Mã cơ quan đã tồn tại');
    expect(el().querySelector('[data-testid="form-error"]')?.textContent).toContain('Mã cơ quan đã tồn tại');
  });

  it('edits the name and the remote-area flag; level, parent and code stay fixed', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    button('Phường An Phú').click();
    await settle();
    expect(el().querySelector('[data-testid="agency-code"]')).toBeNull();
    expect(el().querySelector('.readonly')?.textContent).toContain('AP');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[data-testid="agency-name"]' }))).setValue('Phường An Phú mới');
    await (await loader.getHarness(MatCheckboxHarness.with({ selector: '[data-testid="agency-remote"]' }))).check();
    button('Lưu').click();
    await settle();
    const req = http.expectOne('/api/agencies/ap');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      name: 'Phường An Phú mới',
      remoteArea: true,
      active: true,
    });
    req.flush({ ...AGENCIES[2], name: 'Phường An Phú mới', remoteArea: true });
    await settle();
    http.expectOne('/api/agencies').flush(AGENCIES.map((a) => (a.id === 'ap' ? { ...a, name: 'Phường An Phú mới', remoteArea: true } : a)));
    await settle();
    expect(rowNames()).toContain('Phường An Phú mới');
    expect(el().textContent).toContain('Đã lưu');
  });
});
