import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counter of a throttle, shared by every instance (a per-process counter gave N instances N budgets): attempts
 * per client address in a window, or consecutive failed sign-ins of one account from one address and the time before
 * the next try is allowed.
 */
@Entity({ name: 'rate_limits' })
@Index('IDX_rate_limits_window_start', ['windowStart'])
export class RateLimitEntity {
  /** `<purpose>:<address>` or `<purpose>:<account>:<address>`. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
