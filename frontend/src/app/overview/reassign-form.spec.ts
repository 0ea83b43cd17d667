import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { AgencyDto, CaseDetailDto, CaseEventAnswerDto } from '@tiep-dan/contracts';
import { ReassignForm } from './reassign-form';

const agency = (id: string, name: string, kind: AgencyDto['kind'], communeId: string | null): AgencyDto => ({
  id,
  parentId: null,
  kind,
  code: id,
  name,
  remoteArea: false,
  communeId,
  provinceId: 'ma',
  active: true,
});

const AGENCIES: AgencyDto[] = [
  agency('ma', 'Tỉnh Minh An', 'province', null),
  agency('xd', 'Sở Xây dựng', 'department', null),
  agency('nnmt', 'Sở Nông nghiệp và Môi trường', 'department', null),
  agency('ap', 'Phường An Phú', 'commune', 'ap'),
  agency('dc', 'Công chức Địa chính – Xây dựng', 'unit', 'ap'),
  agency('tp', 'Công chức Tư pháp – Hộ tịch', 'unit', 'ap'),
  agency('nk-dc', 'Địa chính xã Nậm Khoa', 'unit', 'nk'),
];

describe('ReassignForm', () => {
  let fixture: ComponentFixture<ReassignForm>;
  let http: HttpTestingController;
  let reassigned: CaseEventAnswerDto[];
  let stale: number;

  const q = <T extends HTMLElement = HTMLElement>(selector: string) => (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const choose = (id: string) => {
    const select = q<HTMLSelectElement>('[data-testid="reassign-agency"]');
    if (!select) throw new Error('no agency picker');
    select.value = id;
    select.dispatchEvent(new Event('change'));
  };
  const type = (text: string) => {
    const reason = q<HTMLTextAreaElement>('[data-testid="reassign-reason"]');
    if (!reason) throw new Error('no reason field');
    reason.value = text;
    reason.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    q('[data-testid="reassign-send"]')?.click();
    await settle();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ReassignForm],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReassignForm);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('code', 'KN-2026-000042');
    fixture.componentRef.setInput('version', 4);
    fixture.componentRef.setInput('communeId', 'ap');
    fixture.componentRef.setInput('leadAgencyId', 'dc');
    fixture.componentRef.setInput('agencyName', 'Công chức Địa chính – Xây dựng');
    fixture.componentRef.setInput('agencies', AGENCIES);
    reassigned = [];
    stale = 0;
    fixture.componentInstance.reassigned.subscribe((d) => reassigned.push(d));
    fixture.componentInstance.stale.subscribe(() => stale++);
    await settle();
  });

  afterEach(() => http.verify());

  it('offers the commune’s units, then the province’s departments, never the agency leading the case; the picker has the focus', () => {
    const groups = Array.from(q('[data-testid="reassign-agency"]')?.querySelectorAll('optgroup') ?? []).map((g) => [
      g.label,
      Array.from(g.querySelectorAll('option')).map((o) => o.textContent?.trim()),
    ]);
    expect(groups).toEqual([
      ['Đơn vị thuộc xã/phường', ['Công chức Tư pháp – Hộ tịch']],
      ['Sở, ngành của tỉnh', ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng']],
    ]);
    expect(document.activeElement).toBe(q('[data-testid="reassign-agency"]'));
    expect(q('.what')?.textContent).toContain('đang do Công chức Địa chính – Xây dựng chủ trì');
  });

  it('asks for the agency and the reason under their fields, and sends nothing without them', async () => {
    await submit();
    const errors = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Chọn cơ quan sẽ chủ trì giải quyết.', 'Nêu lý do giao lại.']);
    // Blank words are no reason.
    choose('nnmt');
    type('   ');
    await submit();
    expect(Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-error')).map((e) => e.textContent?.trim())).toEqual([
      'Nêu lý do giao lại.',
    ]);
    http.expectNone('/api/cases/c1/events');
  });

  it('sends the reassignment through the case’s lifecycle with the version it shows', async () => {
    choose('nnmt');
    type('  Quyết định do Sở ban hành  ');
    await submit();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/cases/c1/events',
    });
    expect(post.request.body).toEqual({
      type: 'REASSIGN_AGENCY',
      payload: { toAgencyId: 'nnmt', reason: 'Quyết định do Sở ban hành' },
      expectedVersion: 4,
    });
    expect(post.request.headers.get('Idempotency-Key')).toBeTruthy();
    post.flush({ id: 'c1', leadAgencyId: 'nnmt' } as CaseDetailDto);
    await settle();
    expect(reassigned.map((d) => d.leadAgencyId)).toEqual(['nnmt']);
  });

  it('shows a refused agency under the picker in the server’s words, and a stale case above the form', async () => {
    choose('tp');
    type('Thử');
    await submit();
    http.expectOne('/api/cases/c1/events').flush(
      {
        code: 'CASE_INVALID_PAYLOAD',
        message: { vi: 'Tham chiếu không hợp lệ', en: 'Invalid reference' },
        errors: [
          {
            field: 'payload.toAgencyId',
            code: 'reference',
            message: {
              vi: 'Chỉ giao lại cho một đơn vị của xã/phường có hồ sơ hoặc một sở, ngành của tỉnh',
              en: 'x',
            },
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(q('mat-error')?.textContent).toContain('Chỉ giao lại cho một đơn vị của xã/phường');
    expect(q('[data-testid="reassign-error"]')).toBeNull();
    expect(q('[data-testid="reassign-agency"]')?.getAttribute('aria-invalid')).toBe('true');

    choose('xd');
    await submit();
    http.expectOne('/api/cases/c1/events').flush(
      {
        code: 'CASE_VERSION_CONFLICT',
        message: { vi: 'x', en: 'x' },
        currentVersion: 5,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(q('[data-testid="reassign-error"]')?.textContent).toContain('Hồ sơ vừa được người khác cập nhật');
    expect(stale).toBe(1);
    expect(reassigned).toEqual([]);
  });
});
