import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Expired counters are deleted every this many hits of an instance, so the table holds recent addresses only. */
const PRUNE_EVERY_HITS = 500;
/** Counters older than this are gone (longer than any window or backoff below). */
const KEEP_MS = 24 * 3600_000;

/** A growing delay after repeated failures: free attempts, then base × 2^n up to a ceiling, forgotten after `resetMs`. */
export interface BackoffPolicy {
  freeFailures: number;
  baseMs: number;
  maxMs: number;
  resetMs: number;
}

/** Seconds to wait after `failures` consecutive failures (0 while they are still free). */
export function backoffMs(policy: BackoffPolicy, failures: number): number {
  if (failures <= policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures - 1, 30);
  return Math.min(policy.baseMs * 2 ** doublings, policy.maxMs);
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Throttles kept in PostgreSQL, so every instance shares one budget: each hit is one atomic upsert. Instances' clocks
 * differ a little, so a window that started slightly "later" still counts; one more than a whole window in the future
 * (a testing clock moved back) starts over.
 */
@Injectable()
export class RateLimiter {
  private hitsSincePrune = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts an attempt in a fixed window; returns the seconds to wait when over the limit, or 0. */
  async hit(key: string, limit: number, windowMs: number, now: Date): Promise<number> {
    await this.pruneSometimes(now);
    const rows: { hits: number; window_start: Date }[] = await this.db.query(
      `INSERT INTO rate_limits AS r (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_start <= $3 OR r.window_start > $4 THEN 1 ELSE r.hits + 1 END,
         window_start = CASE WHEN r.window_start <= $3 OR r.window_start > $4 THEN $2 ELSE r.window_start END
       RETURNING hits, window_start`,
      [key, now, new Date(now.getTime() - windowMs), new Date(now.getTime() + windowMs)],
    );
    const { hits, window_start } = rows[0];
    if (hits <= limit) return 0;
    return seconds(new Date(window_start).getTime() + windowMs - now.getTime());
  }

  /** Seconds before the key may try again after failures (0: it may try now). */
  async blockedFor(key: string, now: Date): Promise<number> {
    const rows: { blocked_until: Date | null }[] = await this.db.query(`SELECT blocked_until FROM rate_limits WHERE key = $1`, [key]);
    const until = rows[0]?.blocked_until;
    if (!until) return 0;
    const left = new Date(until).getTime() - now.getTime();
    return left > 0 ? seconds(left) : 0;
  }

  /** Records one more consecutive failure and, past the free ones, when the next try is allowed. Returns the failures. */
  async fail(key: string, policy: BackoffPolicy, now: Date): Promise<{ failures: number; retryAfterSeconds: number }> {
    await this.pruneSometimes(now);
    const rows: { hits: number }[] = await this.db.query(
      `INSERT INTO rate_limits AS r (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_start <= $3 OR r.window_start > $4 THEN 1 ELSE r.hits + 1 END,
         window_start = $2
       RETURNING hits`,
      [key, now, new Date(now.getTime() - policy.resetMs), new Date(now.getTime() + policy.resetMs)],
    );
    const failures = rows[0].hits;
    const delay = backoffMs(policy, failures);
    await this.db.query(`UPDATE rate_limits SET blocked_until = $2 WHERE key = $1`, [key, delay ? new Date(now.getTime() + delay) : null]);
    return { failures, retryAfterSeconds: delay ? seconds(delay) : 0 };
  }

  /** Forgets a key (a successful sign-in ends its backoff). */
  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  }

  private async pruneSometimes(now: Date): Promise<void> {
    if (++this.hitsSincePrune < PRUNE_EVERY_HITS) return;
    this.hitsSincePrune = 0;
    await this.db.query(`DELETE FROM rate_limits WHERE window_start < $1 AND (blocked_until IS NULL OR blocked_until < $2)`, [
      new Date(now.getTime() - KEEP_MS),
      now,
    ]);
  }
}
