/** Login attempts a single address may make per window before it must wait (per instance). */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MS = 60_000;
/** Consecutive failures that lock an account, and for how long (stored on the user: holds across instances). */
export const FAILURES_BEFORE_LOCK = 5;
export const LOCK_DURATION_MS = 15 * 60_000;

/**
 * A fixed-window counter of login attempts per client address, kept in memory: it slows down password guessing from
 * one address; the account lock-out in the database stops guessing of one account from many addresses.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit = LOGIN_ATTEMPTS_PER_WINDOW,
    private readonly windowMs = LOGIN_WINDOW_MS,
  ) {}

  /** Counts an attempt; returns the seconds to wait when over the limit, or 0. */
  hit(key: string, now: number): number {
    const current = this.windows.get(key);
    if (!current || now - current.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      this.prune(now);
      return 0;
    }
    current.count++;
    return current.count > this.limit ? Math.ceil((current.start + this.windowMs - now) / 1000) : 0;
  }

  private prune(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
