import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LetterDto } from '@tiep-dan/contracts';
import { NOW } from '../shared/ui/due-badge';
import { LetterList } from './letter-list';

const letter = (code: string, change: Partial<LetterDto> = {}): LetterDto => ({
  id: code,
  code,
  channel: 'post',
  receivedAt: '2026-03-04T17:00:00.000Z',
  communeId: 'ap',
  neighbourhoodId: null,
  senders: [{ fullName: 'Lê Văn Tám', address: null, phone: null, idNumber: null }],
  senderCount: 1,
  signatoryCount: 1,
  confidential: false,
  forwardedBy: null,
  documentNo: null,
  summary: 'Đơn về đất',
  registeredAt: '2026-03-05T02:00:00.000Z',
  registeredBy: 'u1',
  matters: [
    {
      caseId: `${code}-1`,
      code: 'KN-2026-000012',
      type: 'complaint',
      category: 'land',
      summary: 'Khiếu nại thu hồi đất',
      state: 'received',
      stateLabel: { vi: 'Đã tiếp nhận', en: 'Received' },
      leadAgencyId: 'dc',
      leadAgencyName: 'Địa chính',
      deadlineRuleId: 'complaint.accept',
      dueAt: '2026-03-13T16:59:59.999Z',
      deadlineStatus: 'on_time',
      closedAt: null,
    },
  ],
  triaged: false,
  ...change,
});

describe('LetterList', () => {
  function render(letters: LetterDto[]) {
    TestBed.configureTestingModule({
      imports: [LetterList],
      providers: [provideRouter([]), { provide: NOW, useValue: () => new Date('2026-03-06T03:00:00Z') }],
    });
    const fixture = TestBed.createComponent(LetterList);
    fixture.componentRef.setInput('letters', letters);
    fixture.detectChanges();
    return fixture;
  }

  it('shows each letter’s channel, date, senders, summary and its matters’ cases with their deadline', () => {
    const fixture = render([letter('DT-2026-000002', { signatoryCount: 25 })]);
    const row = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="letter-DT-2026-000002"]') as HTMLElement;
    const text = row.textContent ?? '';
    expect(text).toContain('Bưu chính');
    expect(text).toContain('05/03/2026');
    expect(row.querySelector('[data-testid="letter-senders"]')?.textContent).toBe('Lê Văn Tám');
    expect(text).toContain('25 người ký');
    expect(text).toContain('KN-2026-000012');
    expect(text).toContain('Đã tiếp nhận');
    expect(row.querySelector('[data-testid="due-badge"]')?.getAttribute('data-status')).toBe('on_time');
    expect(row.querySelector('a')?.getAttribute('href')).toBe('/cases/DT-2026-000002-1');
  });

  it('never names the senders of a letter carrying a denunciation', () => {
    const fixture = render([letter('DT-2026-000003', { confidential: true, senders: [] })]);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid="letter-senders-sealed"]')?.textContent).toContain('Đã bảo mật');
    expect(root.querySelector('[data-testid="letter-senders"]')).toBeNull();
  });

  it('asks for the letters not yet triaged', () => {
    const fixture = render([]);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('Chưa có đơn nào.');
    (root.querySelector('[data-testid="letters-pending"] input') as HTMLInputElement).click();
    expect(fixture.componentInstance.pending()).toBe(true);
  });
});
