import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { DuplicateCheckResponse, ReceptionVisitDto } from '@tiep-dan/contracts';
import { VisitForm } from './visit-form';

const VISIT: ReceptionVisitDto = {
  id: 'v1',
  sessionId: 's1',
  seq: 4,
  visitedAt: '2026-03-02T02:00:00.000Z',
  citizen: {
    fullName: 'Nguyễn Văn Bình',
    idNumber: '001200012345',
    address: null,
    phone: '0912345678',
  },
  groupSize: 1,
  representatives: [],
  neighbourhoodId: null,
  previouslyHandledBy: null,
  refusal: null,
  cases: [
    {
      id: 'c1',
      code: 'TD-2026-000007',
      contentType: 'reflection',
      category: 'environment',
      summary: 'Xưởng gỗ gây ồn',
      state: 'logged',
      stateLabel: { vi: 'Đã ghi sổ tiếp dân', en: 'Logged' },
      version: 1,
      dueAt: '2026-03-16T16:59:59.999Z',
      deadlineStatus: 'on_time',
      leadAgencyName: null,
      direction: null,
      repeatOf: null,
      statutoryCase: null,
    },
  ],
};

describe('VisitForm', () => {
  let fixture: ComponentFixture<VisitForm>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement>(id: string) => el().querySelector(`[data-testid="${id}"]`) as T;

  async function fill(id: string, value: string): Promise<void> {
    const input = field<HTMLInputElement | HTMLSelectElement>(id);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [VisitForm],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitForm);
    fixture.componentRef.setInput('sessionId', 's1');
    fixture.detectChanges();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('saves a simple visit with Ctrl+Enter and is ready for the next citizen', async () => {
    await fill('visit-name', 'Nguyễn Văn Bình');
    await fill('visit-phone', '0912345678');
    await fill('matter-type-0', 'reflection');
    await fill('matter-category-0', 'environment');
    await fill('matter-summary-0', 'Xưởng gỗ gây ồn');
    field('visit-name').dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
      }),
    );
    const request = http.expectOne('/api/reception/sessions/s1/visits');
    expect(request.request.body).toEqual({
      citizen: { fullName: 'Nguyễn Văn Bình', phone: '0912345678' },
      groupSize: 1,
      contents: [
        {
          contentType: 'reflection',
          category: 'environment',
          summary: 'Xưởng gỗ gây ồn',
        },
      ],
    });
    request.flush(VISIT);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(field('visit-saved').textContent).toContain('Đã ghi lượt tiếp số 4');
    expect(field('visit-saved').textContent).toContain('TD-2026-000007');
    expect(field<HTMLInputElement>('visit-name').value).toBe('');
  });

  it('splits mixed content with Alt+N into several matters of one visit', async () => {
    await fill('visit-name', 'Trần Thị Hạnh');
    await fill('matter-summary-0', 'Tiếng ồn');
    field('visit-name').dispatchEvent(new KeyboardEvent('keydown', { key: 'n', altKey: true, bubbles: true }));
    fixture.detectChanges();
    await fixture.whenStable();
    await fill('matter-type-1', 'denunciation');
    await fill('matter-summary-1', 'Tố cáo cán bộ');
    field<HTMLButtonElement>('visit-save').click();
    const request = http.expectOne('/api/reception/sessions/s1/visits');
    expect(request.request.body.contents).toEqual([
      { contentType: 'complaint', category: 'land', summary: 'Tiếng ồn' },
      {
        contentType: 'denunciation',
        category: 'land',
        summary: 'Tố cáo cán bộ',
      },
    ]);
    request.flush(VISIT);
    await fixture.whenStable();
  });

  it('warns of a repeat as soon as a full ID number is typed, with the earlier outcome', async () => {
    jest.useFakeTimers();
    try {
      await fill('visit-id-number', '001200012345');
      jest.advanceTimersByTime(300);
      const request = http.expectOne((r) => r.url === '/api/reception/duplicates');
      expect(request.request.method).toBe('POST');
      expect(request.request.body.idNumber).toBe('001200012345');
      expect(request.request.urlWithParams).not.toContain('001200012345');
      const response: DuplicateCheckResponse = {
        candidates: [
          {
            caseId: 'c0',
            code: 'TD-2026-000001',
            summary: 'Tranh chấp ranh giới đất',
            receivedAt: '2026-01-05T02:00:00.000Z',
            stateLabel: { vi: 'Đã trả lời công dân', en: 'Citizen answered' },
            match: 'id_number',
            similarity: null,
            outcome: 'Đã trả lời: giữ nguyên hiện trạng',
            resolved: true,
          },
        ],
      };
      request.flush(response);
      fixture.detectChanges();
      const warning = field('duplicate-warning').textContent ?? '';
      expect(warning).toContain('TD-2026-000001');
      expect(warning).toContain('Cùng số CCCD');
      expect(warning).toContain('Đã trả lời: giữ nguyên hiện trạng');
      expect(warning).toContain('có thể từ chối tiếp');
    } finally {
      jest.useRealTimers();
    }
  });
});
