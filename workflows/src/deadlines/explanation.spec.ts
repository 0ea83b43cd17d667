import { createWorkingCalendar } from '../calendar/working-calendar';
import { canExtend, computeDeadline } from './compute-deadline';

const calendar = createWorkingCalendar();
const at = (date: string) => new Date(`${date}T09:00:00+07:00`);

describe('deadline explanation', () => {
  it('explains a working-day period: the rule, the start, every skipped day and why', () => {
    const { explanation } = computeDeadline({ ruleId: 'reception.reply', startedAt: at('2025-01-20') }, calendar);
    expect(explanation).toMatchObject({
      ruleId: 'reception.reply',
      ruleVersion: 1,
      unit: 'working',
      startDate: '2025-01-20',
      length: 10,
      countedDays: 10,
      dueDate: '2025-02-10',
      dueAt: '2025-02-10T16:59:59.999Z',
      dueSoonAt: '2025-02-04T17:00:00.000Z',
      legalBasis: { article: 'Điều 28 khoản 1' },
    });
    expect(explanation.skippedDays.map((d) => `${d.date} ${d.reason.en}`)).toEqual([
      '2025-01-25 Saturday',
      '2025-01-26 Sunday',
      '2025-01-27 Lunar New Year (Tết)',
      '2025-01-28 Lunar New Year (Tết)',
      '2025-01-29 Lunar New Year (Tết)',
      '2025-01-30 Lunar New Year (Tết)',
      '2025-01-31 Lunar New Year (Tết)',
      '2025-02-01 Saturday',
      '2025-02-02 Sunday',
      '2025-02-08 Saturday',
      '2025-02-09 Sunday',
    ]);
    expect(explanation.summary.vi).toContain('10 ngày làm việc kể từ ngày 20/01/2025');
    expect(explanation.summary.vi).toContain('hạn cuối hết ngày 10/02/2025');
    expect(explanation.summary.en).toContain('11 non-working days skipped');
  });

  it('explains a roll-forward, extensions and suspensions', () => {
    const { explanation } = computeDeadline(
      {
        ruleId: 'denunciation.resolve',
        startedAt: at('2025-03-03'),
        complex: true,
        extensions: [{ reason: 'Cần xác minh thêm', at: new Date('2025-03-25T02:00:00Z') }],
        suspensions: [{ from: at('2025-03-10'), to: at('2025-03-12') }],
      },
      calendar,
    );
    // 3/3 + 30 + 30 + 2 suspended = Sunday 4/5/2025, the end of the 30/4 break: Monday 5/5.
    expect(explanation.dueDate).toBe('2025-05-05');
    expect(explanation.rolledForwardFrom).toBe('2025-05-04');
    expect(explanation.countedDays).toBe(60);
    expect(explanation.extensions).toEqual([{ days: 30, reason: 'Cần xác minh thêm', at: '2025-03-25T02:00:00.000Z' }]);
    expect(explanation.suspensions).toEqual([{ from: '2025-03-10', to: '2025-03-12', days: 2 }]);
    expect(explanation.summary.en).toContain('extended 1 time by 30 days');
    expect(explanation.summary.vi).toContain('không tính 2 ngày tạm đình chỉ');

    const rolled = computeDeadline({ ruleId: 'complaint.accept', startedAt: at('2025-01-18') }, calendar).explanation;
    expect(rolled.rolledForwardFrom).toBe('2025-01-28');
    expect(rolled.skippedDays.map((d) => d.date)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
    expect(rolled.summary.en).toContain('28/01/2025 is not a working day, so the next working day');
  });

  it('explains an open suspension and an agreed date', () => {
    const open = computeDeadline(
      { ruleId: 'complaint.resolve.first', startedAt: at('2025-03-03'), suspensions: [{ from: at('2025-03-10') }] },
      calendar,
    );
    expect(open.explanation.suspensions).toEqual([{ from: '2025-03-10', to: null, days: 0 }]);
    expect(open.explanation.summary.en).toContain('suspended');
    const agreed = computeDeadline(
      { ruleId: 'commitment.fulfil', startedAt: at('2025-03-03'), explicitDueDate: at('2025-05-20') },
      calendar,
    );
    expect(agreed.explanation).toMatchObject({ variant: 'explicit', explicitDueDate: '2025-05-20', dueDate: '2025-05-20' });
    expect(agreed.explanation.summary.vi).toContain('hạn đã cam kết 20/05/2025');
  });
});

describe('recomputation when the calendar changes', () => {
  it('a holiday declared after the clock started moves an in-flight deadline it affects, and only those', () => {
    const input = { ruleId: 'reception.reply' as const, startedAt: at('2025-03-03') };
    const before = computeDeadline(input, calendar);
    const storm = calendar.withOverrides({ closures: [{ date: '2025-03-12', name: { vi: 'Nghỉ do bão', en: 'Closed for a storm' } }] });
    const after = computeDeadline(input, storm);
    expect(before.dueDate).toBe('2025-03-17');
    expect(after.dueDate).toBe('2025-03-18');
    expect(after.dueAt?.getTime()).toBeGreaterThan(before.dueAt?.getTime() ?? 0);
    expect(after.explanation.skippedDays).toContainEqual({
      date: '2025-03-12',
      kind: 'closure',
      reason: { vi: 'Nghỉ do bão', en: 'Closed for a storm' },
    });
    const unaffected = { ruleId: 'reception.reply' as const, startedAt: at('2025-03-13') };
    expect(computeDeadline(unaffected, storm).dueDate).toBe(computeDeadline(unaffected, calendar).dueDate);
  });
});

describe('canExtend', () => {
  const base = { ruleId: 'denunciation.resolve' as const, startedAt: at('2025-03-03') };

  it('allows one extension for a complex denunciation and two for an especially complex one', () => {
    expect(canExtend({ ...base, complex: true })).toMatchObject({ allowed: true, remaining: 1, maxDays: 30 });
    const once = [{ reason: 'x', at: at('2025-03-20') }];
    expect(canExtend({ ...base, complex: true, extensions: once })).toMatchObject({ allowed: false, remaining: 0 });
    expect(canExtend({ ...base, especiallyComplex: true, extensions: once })).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('refuses with a reason in both languages', () => {
    const plain = canExtend(base);
    expect(plain.allowed).toBe(false);
    expect(plain.reason.vi).toContain('phức tạp');
    expect(plain.reason.en).toContain('complex');
    expect(canExtend({ ...base, complex: true, days: 31 })).toMatchObject({ allowed: false, maxDays: 30 });
    expect(canExtend({ ruleId: 'complaint.resolve.first', startedAt: at('2025-03-03'), complex: true })).toMatchObject({
      allowed: false,
      maxDays: 0,
    });
  });
});
