import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { SecurityAuditAction } from '@tiep-dan/contracts';

/**
 * Append-only record of security events: logins, lock-outs, role changes, identity reveals, history months archived.
 * Partitioned by month of `at` (1765300000000-history-partitions), hence the key (id, at).
 */
@Entity({ name: 'security_audit' })
export class SecurityAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index('IDX_security_audit_at')
  @PrimaryColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  action!: SecurityAuditAction;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_username', type: 'text', nullable: true })
  actorUsername!: string | null;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Index('IDX_security_audit_target')
  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
