import { backoffMs } from '../platform/throttle/rate-limiter';
import { LOGIN_BACKOFF, loginFailureKey } from './login-throttle';

describe('login backoff', () => {
  it('lets three failures through, then doubles the wait up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(LOGIN_BACKOFF, n))).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(backoffMs(LOGIN_BACKOFF, 20)).toBe(15 * 60_000);
    expect(backoffMs(LOGIN_BACKOFF, 10_000)).toBe(15 * 60_000);
  });

  it('keys failures by account and address', () => {
    expect(loginFailureKey('quantri', '10.0.0.1')).not.toBe(loginFailureKey('quantri', '10.0.0.2'));
  });
});
