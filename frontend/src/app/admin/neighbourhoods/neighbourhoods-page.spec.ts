import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { NeighbourhoodDto } from '@tiep-dan/contracts';
import { AGENCIES, problem } from '../testing/admin-fixtures';
import { NeighbourhoodsPage } from './neighbourhoods-page';

const NK_HAMLETS: NeighbourhoodDto[] = [
  {
    id: 'n1',
    communeId: 'nk',
    kind: 'thon',
    name: 'Thôn Pà Vầy',
    active: true,
  },
  {
    id: 'n2',
    communeId: 'nk',
    kind: 'ban',
    name: 'Bản Tả Phìn',
    active: false,
  },
];

describe('NeighbourhoodsPage', () => {
  let fixture: ComponentFixture<NeighbourhoodsPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const rows = () =>
    Array.from(el().querySelectorAll('[data-testid="nb-table"] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td'))
        .map((td) => td.textContent?.trim())
        .join(' | '),
    );
  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const click = async (testid: string) => {
    (el().querySelector(`[data-testid="${testid}"]`) as HTMLElement).click();
    await settle();
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [NeighbourhoodsPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NeighbourhoodsPage);
    fixture.detectChanges();
    http.expectOne('/api/agencies').flush(AGENCIES);
    await settle();
    // The first commune alphabetically opens by itself.
    http.expectOne('/api/neighbourhoods?communeId=ap').flush([]);
    await settle();
  });

  afterEach(() => http.verify());

  it('lists the neighbourhoods of the chosen commune, by name, with their kind and status', async () => {
    expect(rows()).toEqual(['Chưa có dữ liệu.']);
    await (
      await loader().getHarness(MatSelectHarness.with({ selector: '[data-testid="nb-commune"]' }))
    ).clickOptions({ text: 'Xã Nậm Khoa' });
    await settle();
    http.expectOne('/api/neighbourhoods?communeId=nk').flush(NK_HAMLETS);
    await settle();
    expect(rows()).toEqual(['Bản Tả Phìn | Bản | Ngừng sử dụng | Sửa', 'Thôn Pà Vầy | Thôn | Đang sử dụng | Sửa']);
  });

  it('adds a neighbourhood to the commune; a duplicate name is shown beside the name', async () => {
    document.body.appendChild(el());
    await click('nb-new');
    await (await loader().getHarness(MatInputHarness.with({ selector: '[data-testid="nb-name"]' }))).setValue('Tổ dân phố 9');
    await (await loader().getHarness(MatSelectHarness.with({ selector: '[data-testid="nb-kind"]' }))).clickOptions({ text: 'Khu phố' });
    await click('nb-save');
    const req = http.expectOne('/api/neighbourhoods');
    expect(req.request.body).toEqual({
      communeId: 'ap',
      kind: 'khu_pho',
      name: 'Tổ dân phố 9',
    });
    const dup = problem(409, 'NEIGHBOURHOOD_NAME_TAKEN', 'name', 'Tên đã tồn tại');
    req.flush(dup.body, dup.init);
    await settle();
    const field = el().querySelector('[data-testid="nb-name"]')?.closest('mat-form-field');
    expect(field?.querySelector('mat-error')?.textContent).toContain('Tên đã tồn tại');
    // The refused field is marked, described by its message, and has the focus.
    const name = el().querySelector<HTMLInputElement>('[data-testid="nb-name"]');
    expect(name?.getAttribute('aria-invalid')).toBe('true');
    expect(name?.getAttribute('aria-describedby')).toContain(field?.querySelector('mat-error')?.id ?? 'no error id');
    expect(document.activeElement).toBe(name);

    await (await loader().getHarness(MatInputHarness.with({ selector: '[data-testid="nb-name"]' }))).setValue('Tổ dân phố 10');
    await click('nb-save');
    http.expectOne('/api/neighbourhoods').flush({
      id: 'n9',
      communeId: 'ap',
      kind: 'khu_pho',
      name: 'Tổ dân phố 10',
      active: true,
    });
    await settle();
    http.expectOne('/api/neighbourhoods?communeId=ap').flush([
      {
        id: 'n9',
        communeId: 'ap',
        kind: 'khu_pho',
        name: 'Tổ dân phố 10',
        active: true,
      },
    ]);
    await settle();
    expect(rows()).toEqual(['Tổ dân phố 10 | Khu phố | Đang sử dụng | Sửa']);
    expect(el().textContent).toContain('Sửa tổ dân phố/thôn');
    el().remove();
  });
});
