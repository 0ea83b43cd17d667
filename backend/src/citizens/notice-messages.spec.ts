import { renderNotice, type NoticeFacts } from './notice-messages';

const FACTS: NoticeFacts = {
  code: 'PA-2026-000012',
  caseType: 'reflection',
  kind: 'accepted',
  dueDate: '06/07/2026',
  agencyName: 'Công chức Địa chính – Xây dựng phường An Phú',
  answer: null,
  lookupUrl: 'https://tiepdan.example.vn/lookup?code=PA-2026-000012',
  lookupPin: null,
};

describe('renderNotice', () => {
  it('writes the e-mail in Vietnamese first, then English, with the code, the agency, the date and the lookup', () => {
    const { subject, text } = renderNotice('email', FACTS);
    expect(subject).toBe('[Tiếp Dân] PA-2026-000012: Đã thụ lý / Accepted');
    expect(text).toContain('Hồ sơ PA-2026-000012 của ông/bà đã được thụ lý giải quyết.');
    expect(text).toContain('Cơ quan giải quyết: Công chức Địa chính – Xây dựng phường An Phú.');
    expect(text).toContain('Hạn giải quyết: 06/07/2026.');
    expect(text).toContain('Tra cứu tình trạng hồ sơ: https://tiepdan.example.vn/lookup?code=PA-2026-000012');
    expect(text.indexOf('Your case')).toBeGreaterThan(text.indexOf('Kính gửi'));
  });

  it('carries the answer, and a lookup code for a citizen without a phone', () => {
    const { text } = renderNotice('email', {
      ...FACTS,
      kind: 'answered',
      answer: 'Đã thay bóng đèn.',
      lookupPin: '0427',
      dueDate: null,
    });
    expect(text).toContain('Nội dung trả lời:\nĐã thay bóng đèn.');
    expect(text).toContain('mã tra cứu 0427');
    expect(text).not.toContain('Hạn giải quyết');
  });

  it('gives a denunciation no lookup link and names no one', () => {
    const { text } = renderNotice('email', {
      ...FACTS,
      caseType: 'denunciation',
      code: 'TC-2026-000003',
      lookupUrl: null,
    });
    expect(text).not.toContain('/lookup');
    expect(text).toContain('đơn tố cáo không tra cứu trên mạng');
  });

  it('keeps SMS and Zalo to one short Vietnamese line', () => {
    const { text } = renderNotice('sms', FACTS);
    expect(text).toBe(
      'Tiếp Dân: hồ sơ PA-2026-000012 đã được thụ lý giải quyết. Hạn giải quyết: 06/07/2026. Tra cứu: https://tiepdan.example.vn/lookup?code=PA-2026-000012',
    );
    expect(text.length).toBeLessThan(160 * 2);
  });
});
