import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('lets the limit through, then asks to wait until the window ends', () => {
    const throttle = new LoginThrottle(3, 60_000);
    expect([0, 1, 2].map((i) => throttle.hit('1.2.3.4', 1000 + i))).toEqual([0, 0, 0]);
    expect(throttle.hit('1.2.3.4', 11_000)).toBe(50);
    expect(throttle.hit('5.6.7.8', 11_000)).toBe(0);
    expect(throttle.hit('1.2.3.4', 61_000)).toBe(0);
  });
});
