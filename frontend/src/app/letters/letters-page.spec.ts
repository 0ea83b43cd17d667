import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { DeadlineRuleDto, LetterDto } from '@tiep-dan/contracts';
import { LetterForm } from './letter-form';
import { LettersPage } from './letters-page';

const matter = (caseId: string, code: string, type: 'complaint' | 'proposal', deadlineRuleId: string): LetterDto['matters'][number] => ({
  caseId,
  code,
  type,
  category: 'land',
  summary: code,
  state: 'received',
  stateLabel: { vi: 'Đã tiếp nhận', en: 'Received' },
  leadAgencyId: null,
  leadAgencyName: null,
  deadlineRuleId,
  dueAt: '2026-03-13T16:59:59.999Z',
  deadlineStatus: 'on_time',
  closedAt: null,
});

const LETTER: LetterDto = {
  id: 'l1',
  code: 'DT-2026-000003',
  channel: 'post',
  receivedAt: '2026-03-06T03:00:00.000Z',
  communeId: 'ap',
  neighbourhoodId: null,
  senders: [],
  senderCount: 1,
  signatoryCount: 1,
  confidential: false,
  forwardedBy: null,
  documentNo: null,
  summary: 'Đơn hai nội dung',
  registeredAt: '2026-03-06T03:00:00.000Z',
  registeredBy: 'u1',
  matters: [matter('c1', 'KN-2026-000012', 'complaint', 'complaint.accept'), matter('c2', 'KNG-2026-000004', 'proposal', 'letter.triage')],
  triaged: false,
};

const rule = (id: string, vi: string) => ({ id, step: { vi, en: vi } }) as DeadlineRuleDto;

describe('LettersPage', () => {
  it('shows the cases a letter opened with their deadline’s name, and attaches the scans to each', async () => {
    TestBed.configureTestingModule({
      imports: [LettersPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LettersPage);
    fixture.detectChanges();
    http.expectOne('/api/agencies').flush([]);
    http.expectOne('/api/deadline-rules').flush([rule('complaint.accept', 'Thụ lý khiếu nại'), rule('letter.triage', 'Xử lý đơn')]);
    http.expectOne((r) => r.url === '/api/letters').flush({ items: [] });
    await fixture.whenStable();

    const scan = new File(['%PDF'], 'don.pdf', { type: 'application/pdf' });
    fixture.debugElement.query(By.directive(LetterForm)).componentInstance.registered.emit({ letter: LETTER, files: [scan] });
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/letters').flush({ items: [LETTER] });

    const root = fixture.nativeElement as HTMLElement;
    const cases = Array.from(root.querySelectorAll('[data-testid="letter-created-case"]')).map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(cases[0]).toContain('KN-2026-000012');
    expect(cases[0]).toContain('Thụ lý khiếu nại: hạn 13/03/2026');
    expect(cases[1]).toContain('Xử lý đơn: hạn 13/03/2026');
    expect(document.activeElement?.tagName).toBe('H2');

    const first = http.expectOne('/api/cases/c1/attachments');
    expect((first.request.body as FormData).get('file')).toBeInstanceOf(File);
    first.flush({});
    await fixture.whenStable();
    http.expectOne('/api/cases/c2/attachments').flush(
      {
        code: 'ATTACHMENT_TYPE',
        message: { vi: 'Sai loại tệp', en: 'Bad type' },
      },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(root.querySelector('[data-testid="letter-uploads"]')?.textContent).toContain('don.pdf: không tải lên được (Sai loại tệp)');
    http.verify();
  });
});
