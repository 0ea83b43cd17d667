import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { I18n, LANGUAGE_STORAGE_KEY, fillMessage } from './i18n.service';
import { MESSAGES } from './messages';

describe('I18n', () => {
  beforeEach(() => localStorage.clear());

  function create(): { i18n: I18n; document: Document } {
    TestBed.resetTestingModule();
    const i18n = TestBed.inject(I18n);
    TestBed.tick();
    return { i18n, document: TestBed.inject(DOCUMENT) };
  }

  it('speaks Vietnamese by default and sets <html lang>', () => {
    const { i18n, document } = create();
    expect(i18n.lang()).toBe('vi');
    expect(i18n.t('nav.reception')).toBe('Bàn tiếp công dân');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English, remembers it and restores it on the next visit', () => {
    const first = create();
    first.i18n.use('en');
    TestBed.tick();
    expect(first.i18n.t('nav.reception')).toBe('Reception desk');
    expect(first.document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    const second = create();
    expect(second.i18n.lang()).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(create().i18n.lang()).toBe('vi');
  });

  it('fills placeholders', () => {
    const { i18n } = create();
    expect(i18n.pick({ vi: 'Còn {n} ngày', en: '{n} days left' }, { n: 3 })).toBe('Còn 3 ngày');
  });

  it('chooses the English singular or plural by the count, the same Vietnamese text for any count', () => {
    const { i18n } = create();
    const text = { vi: 'quá hạn {n} ngày', en: '{n} {n:day|days} overdue' };
    expect(i18n.pick(text, { n: 1 })).toBe('quá hạn 1 ngày');
    i18n.use('en');
    expect(i18n.pick(text, { n: 1 })).toBe('1 day overdue');
    expect(i18n.pick(text, { n: 2 })).toBe('2 days overdue');
    expect(i18n.pick(text, { n: 0 })).toBe('0 days overdue');
    expect(i18n.t('case.due.daysLeft', { n: 1 })).toBe('1 day left');
    expect(i18n.t('case.why.unit.working', { n: 1 })).toBe('1 working day');
    expect(i18n.t('case.why.unit.calendar', { n: 30 })).toBe('30 calendar days');
    expect(i18n.t('overview.days', { n: 1 })).toBe('1 day');
  });

  it('reads a count given as text, and leaves a choice untouched when its count is missing', () => {
    expect(fillMessage('{n} {n:day|days}', 'en', {})).toBe('{n} {n:day|days}');
    expect(fillMessage('{n} {n:day|days}', 'en', { n: '1' })).toBe('1 day');
    expect(fillMessage('{n:day|days}', 'en')).toBe('{n:day|days}');
  });

  it('has a non-empty text in both languages for every key', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect({
        key,
        vi: text.vi.trim().length > 0,
        en: text.en.trim().length > 0,
      }).toEqual({ key, vi: true, en: true });
    }
  });
});
