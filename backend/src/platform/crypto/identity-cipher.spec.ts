import { randomBytes } from 'node:crypto';
import { IdentityCipher } from './identity-cipher';

describe('IdentityCipher', () => {
  const cipher = new IdentityCipher(randomBytes(32));

  it('round-trips Vietnamese text and never stores it in clear', () => {
    const sealed = cipher.encrypt('Nguyễn Văn Tố, 12 Lê Lợi', 'case-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('Nguyễn');
    expect(Buffer.from(sealed.split('.')[3], 'base64url').toString('utf8')).not.toContain('Nguy');
    expect(cipher.decrypt(sealed, 'case-1')).toBe('Nguyễn Văn Tố, 12 Lê Lợi');
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt('x', 'c')).not.toBe(cipher.encrypt('x', 'c'));
  });

  it('refuses a ciphertext moved to another case, tampered with, or read with another key', () => {
    const sealed = cipher.encrypt('Trần Thị B', 'case-1');
    expect(() => cipher.decrypt(sealed, 'case-2')).toThrow();
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.'), 'case-1')).toThrow();
    expect(() => new IdentityCipher(randomBytes(32)).decrypt(sealed, 'case-1')).toThrow();
  });
});
