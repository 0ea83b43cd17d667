import { createHash } from 'node:crypto';
import { checkSolution, issueChallenge, leadingZeroBits, solveChallenge } from './proof-of-work';

const KEY = createHash('sha256').update('test key').digest();
const NOW = new Date('2026-06-15T03:00:00.000Z');

describe('proof of work', () => {
  it('accepts a solved challenge it signed, before it expires', () => {
    const { challenge, expiresAt } = issueChallenge(KEY, 8, NOW);
    const solution = solveChallenge(challenge);
    const digest = createHash('sha256').update(`${challenge}:${solution}`).digest();
    expect(leadingZeroBits(digest)).toBeGreaterThanOrEqual(8);
    expect(checkSolution(KEY, challenge, solution, 8, NOW)).toMatchObject({
      ok: true,
      expiresAt,
    });
  });

  it('refuses a wrong solution, a forged or lowered challenge, another key, and an expired one', () => {
    const { challenge } = issueChallenge(KEY, 12, NOW);
    const solution = solveChallenge(challenge);
    const wrong = [...Array(50).keys()].map(String).find((s) => s !== solution && !checkSolution(KEY, challenge, s, 12, NOW).ok) ?? 'x';
    expect(checkSolution(KEY, challenge, wrong, 12, NOW)).toEqual({
      ok: false,
      reason: 'insufficient',
    });
    const [expires, nonce, , mac] = challenge.split('.');
    expect(checkSolution(KEY, `${expires}.${nonce}.1.${mac}`, solution, 1, NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSolution(KEY, challenge, solution, 16, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkSolution(createHash('sha256').update('other').digest(), challenge, solution, 12, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkSolution(KEY, challenge, solution, 12, new Date(NOW.getTime() + 3 * 3600_000))).toEqual({ ok: false, reason: 'expired' });
    expect(checkSolution(KEY, 'garbage', solution, 12, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('counts zero bits across bytes', () => {
    expect(leadingZeroBits(Buffer.from([0, 0, 0x01]))).toBe(23);
    expect(leadingZeroBits(Buffer.from([0x7f]))).toBe(1);
  });
});
