import { TestBed } from '@angular/core/testing';
import { I18n } from '../../core/i18n/i18n.service';
import { DueBadge, NOW, daysUntilDue } from './due-badge';

describe('daysUntilDue', () => {
  it('counts Vietnam civil days, whatever the hour', () => {
    const due = '2026-03-25T16:59:59.999Z'; // end of 25 March in Vietnam
    expect(daysUntilDue(due, new Date('2026-03-24T16:59:00.000Z'))).toBe(1); // 23:59 on the 24th
    expect(daysUntilDue(due, new Date('2026-03-24T17:00:00.000Z'))).toBe(0); // 00:00 on the 25th
    expect(daysUntilDue(due, new Date('2026-03-28T01:00:00.000Z'))).toBe(-3);
  });
});

describe('DueBadge', () => {
  function render(status: string, dueAt: string | null): string {
    const fixture = TestBed.createComponent(DueBadge);
    fixture.componentRef.setInput('status', status);
    fixture.componentRef.setInput('dueAt', dueAt);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [{ provide: NOW, useValue: () => new Date('2026-03-20T03:00:00.000Z') }],
    });
  });

  it('says the days left, the due day, or the days overdue plainly', () => {
    expect(render('on_time', '2026-03-30T16:59:59.999Z')).toBe('Trong hạn · còn 10 ngày');
    expect(render('due_soon', '2026-03-20T16:59:59.999Z')).toBe('Sắp đến hạn · hết hạn hôm nay');
    expect(render('overdue', '2026-03-18T16:59:59.999Z')).toBe('Quá hạn · quá hạn 2 ngày');
    expect(render('suspended', null)).toBe('Tạm dừng tính hạn');
    expect(render('none', '2026-03-30T16:59:59.999Z')).toBe('Không tính hạn');
  });

  it('says one day and several days right in English; Vietnamese does not inflect', () => {
    TestBed.inject(I18n).use('en');
    expect(render('due_soon', '2026-03-21T16:59:59.999Z')).toBe('Due soon · 1 day left');
    expect(render('on_time', '2026-03-30T16:59:59.999Z')).toBe('On time · 10 days left');
    expect(render('overdue', '2026-03-19T16:59:59.999Z')).toBe('Overdue · 1 day overdue');
    expect(render('overdue', '2026-03-18T16:59:59.999Z')).toBe('Overdue · 2 days overdue');
    TestBed.inject(I18n).use('vi');
    expect(render('overdue', '2026-03-19T16:59:59.999Z')).toBe('Quá hạn · quá hạn 1 ngày');
  });
});
