import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VisitCaseDto } from '@tiep-dan/contracts';
import { CaseLine } from './case-line';

const ITEM: VisitCaseDto = {
  id: 'c1',
  code: 'TD-2026-000007',
  contentType: 'complaint',
  category: 'land',
  summary: 'Khiếu nại thu hồi đất',
  state: 'logged',
  stateLabel: { vi: 'Đã ghi sổ tiếp dân', en: 'Logged' },
  version: 1,
  dueAt: '2026-03-16T16:59:59.999Z',
  deadlineStatus: 'on_time',
  leadAgencyName: null,
  direction: null,
  repeatOf: null,
  statutoryCase: null,
};

describe('CaseLine', () => {
  function render(item: VisitCaseDto) {
    TestBed.configureTestingModule({
      imports: [CaseLine],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(CaseLine);
    fixture.componentRef.setInput('item', item);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('links the complaint case the matter opened, with its step and acceptance deadline', () => {
    const root = render({
      ...ITEM,
      statutoryCase: {
        id: 'k1',
        code: 'KN-2026-000012',
        type: 'complaint',
        stateLabel: { vi: 'Đã tiếp nhận', en: 'Received' },
        deadlineRuleId: 'complaint.accept',
        dueAt: '2026-03-13T16:59:59.999Z',
      },
    });
    const link = root.querySelector('[data-testid="statutory-case-link"]');
    expect(link?.textContent?.trim()).toBe('→ Khiếu nại KN-2026-000012: Đã tiếp nhận, hạn thụ lý 13/03/2026');
    expect(link?.getAttribute('href')).toBe('/cases/k1');
  });

  it('shows no link while the matter has opened no case of its own', () => {
    const root = render(ITEM);
    expect(root.querySelector('[data-testid="statutory-case-link"]')).toBeNull();
  });

  it('marks a repeat visit with the case it repeats, linked', () => {
    const plain = render(ITEM);
    expect(plain.querySelector('[data-testid="repeat-marker"]')).toBeNull();
    TestBed.resetTestingModule();
    const root = render({
      ...ITEM,
      repeatOf: { id: 'r1', code: 'TD-2026-000002' },
    });
    const marker = root.querySelector('[data-testid="repeat-marker"]');
    expect(marker?.textContent).toContain('Đến nhiều lần · lặp lại TD-2026-000002');
    expect(marker?.getAttribute('href')).toBe('/cases/r1');
  });
});
