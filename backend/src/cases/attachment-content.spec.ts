import { cleanFileName, contentMatchesType } from './attachment-content';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('contentMatchesType', () => {
  it.each([
    ['application/pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31), true],
    ['application/pdf', bytes(0x4d, 0x5a, 0x90, 0x00), false],
    ['image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), true],
    ['image/jpeg', bytes(0x89, 0x50, 0x4e, 0x47), false],
    ['image/webp', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50), true],
    ['image/webp', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45), false],
    ['audio/mp4', bytes(0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70), true],
    ['application/x-msdownload', bytes(0x4d, 0x5a), false],
  ])('%s with %o → %s', (type, content, expected) => {
    expect(contentMatchesType(content, type)).toBe(expected);
  });

  it('accepts UTF-8 Vietnamese text and refuses binary or broken UTF-8 declared as text', () => {
    expect(contentMatchesType(new TextEncoder().encode('Biên bản đối thoại'), 'text/plain')).toBe(true);
    expect(contentMatchesType(bytes(0x41, 0x00, 0x42), 'text/plain')).toBe(false);
    expect(contentMatchesType(bytes(0xc3, 0x28), 'text/plain')).toBe(false);
  });
});

describe('cleanFileName', () => {
  it('keeps the Vietnamese name and drops folders, quotes and control characters', () => {
    expect(cleanFileName('C:\\Users\\a\\Đơn khiếu nại "bà Lan".pdf')).toBe('Đơn khiếu nại bà Lan.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFileName('   ')).toBe('tep-dinh-kem');
  });
});
