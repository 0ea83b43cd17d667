import type { BackoffPolicy } from '../platform/throttle/rate-limiter';

/** Login attempts a single address may make per window before it must wait (shared by every instance). */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MS = 60_000;

/**
 * Failed sign-ins of one account from one address: three are free, then the next try waits 2 s, 4 s, 8 s … up to
 * 15 minutes; an hour without failures forgets them. Keyed by account AND address, so a stranger guessing from
 * elsewhere cannot lock the owner out, and an unknown username is treated exactly like a real one (no enumeration).
 */
export const LOGIN_BACKOFF: BackoffPolicy = {
  freeFailures: 3,
  baseMs: 2_000,
  maxMs: 15 * 60_000,
  resetMs: 60 * 60_000,
};

export const loginAddressKey = (ip: string | null) => `login:${ip ?? 'unknown'}`;
export const loginFailureKey = (username: string, ip: string | null) => `login-failures:${username}:${ip ?? 'unknown'}`;
