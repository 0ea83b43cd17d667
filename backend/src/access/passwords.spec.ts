import { DUMMY_HASH, hashPassword, isStrongPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const first = await hashPassword('TiepDan@2026');
    const second = await hashPassword('TiepDan@2026');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    await expect(verifyPassword(first, 'TiepDan@2026')).resolves.toBe(true);
    await expect(verifyPassword(first, 'TiepDan@2027')).resolves.toBe(false);
  });

  it('treats a malformed hash as a failed check, not an error', async () => {
    await expect(verifyPassword('not-a-hash', 'TiepDan@2026')).resolves.toBe(false);
  });

  it('has a dummy hash that parses and matches nothing a user could type', async () => {
    await expect(verifyPassword(DUMMY_HASH, 'TiepDan@2026')).resolves.toBe(false);
  });

  it.each([
    ['TiepDan@2026', true],
    ['ngắn1', false],
    ['chikhongcoso', false],
    ['1234567890', false],
    ['mậtkhẩu2026', true],
  ])('judges %p strong: %p', (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });
});
