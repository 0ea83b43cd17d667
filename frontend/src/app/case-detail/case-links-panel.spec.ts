import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseDetailDto, CaseLinkDto } from '@tiep-dan/contracts';
import { I18n } from '../core/i18n/i18n.service';
import { CaseLinksPanel } from './case-links-panel';

const link = (relation: CaseLinkDto['relation'], code: string, type: CaseLinkDto['type'], dueAt: string | null): CaseLinkDto => ({
  relation,
  caseId: code.toLowerCase(),
  code,
  type,
  state: 'received',
  stateLabel: { vi: 'Đã tiếp nhận', en: 'Received' },
  dueAt,
  accessible: true,
});

describe('CaseLinksPanel', () => {
  function render(links: CaseLinkDto[], letter: CaseDetailDto['letter'] = null) {
    TestBed.configureTestingModule({
      imports: [CaseLinksPanel],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(CaseLinksPanel);
    fixture.componentRef.setInput('links', links);
    fixture.componentRef.setInput('letter', letter);
    fixture.detectChanges();
    return fixture;
  }

  /** Each item's parts as a reader would say them, one space apart. */
  const items = (root: HTMLElement) =>
    Array.from(root.querySelectorAll('[data-testid="case-links"] li')).map((li) =>
      Array.from(li.children)
        .map((part) => part.textContent?.trim())
        .join(' '),
    );

  it('says each relation in words, with the linked case’s code, type, step and due date', () => {
    const fixture = render([
      link('reception_case', 'TD-2026-000004', 'reception', null),
      link('statutory_case', 'KN-2026-000012', 'complaint', '2026-03-13T16:59:59.999Z'),
      link('same_letter', 'TC-2026-000002', 'denunciation', '2026-03-17T16:59:59.999Z'),
    ]);
    const root = fixture.nativeElement as HTMLElement;
    expect(items(root)).toEqual([
      'Vụ việc mở từ lượt tiếp: TD-2026-000004 Lượt tiếp công dân Đã tiếp nhận',
      'Hồ sơ khiếu nại được mở: KN-2026-000012 Khiếu nại Đã tiếp nhận hạn 13/03/2026',
      'Cùng đơn: TC-2026-000002 Tố cáo Đã tiếp nhận hạn 17/03/2026',
    ]);
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/cases/td-2026-000004',
      '/cases/kn-2026-000012',
      '/cases/tc-2026-000002',
    ]);
  });

  it('says where a case went and where it came from; one outside the caller’s scope names its agency and cannot be opened', () => {
    const fixture = render([
      {
        ...link('handed_off_to', 'TC-2026-000009', 'denunciation', null),
        handoffKind: 'forward',
        agencyName: 'Xã Nậm Khoa',
        accessible: false,
      },
      { ...link('handed_off_from', 'KN-2026-000001', 'complaint', null), handoffKind: 'second_complaint', agencyName: 'Địa chính An Phú' },
    ]);
    const root = fixture.nativeElement as HTMLElement;
    expect(items(root)).toEqual([
      'Đã chuyển đơn đến: TC-2026-000009 Tố cáo Đã tiếp nhận tại Xã Nậm Khoa (ngoài phạm vi xem của bạn)',
      'Khiếu nại lần đầu: KN-2026-000001 Khiếu nại Đã tiếp nhận Địa chính An Phú',
    ]);
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['/cases/kn-2026-000001']);
  });

  it('names the letter the case came in, and switches to English', () => {
    const fixture = render([], {
      id: 'l1',
      code: 'DT-2026-000003',
      channel: 'post',
      receivedAt: '2026-03-04T17:00:00.000Z',
    });
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid="case-letter"]')?.textContent?.trim()).toBe(
      'Đơn số DT-2026-000003 nhận ngày 05/03/2026 qua bưu chính',
    );
    expect(root.querySelector('[data-testid="case-links"]')).toBeNull();
    TestBed.inject(I18n).use('en');
    fixture.detectChanges();
    expect(root.querySelector('[data-testid="case-letter"]')?.textContent?.trim()).toBe(
      'Letter DT-2026-000003 received on 05/03/2026 via post',
    );
    TestBed.inject(I18n).use('vi');
  });
});
