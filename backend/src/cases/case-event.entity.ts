import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorRole } from '@tiep-dan/contracts';
import { CaseEntity } from './case.entity';

/**
 * The history of a case: one row per accepted event, append-only (a trigger refuses UPDATE and DELETE), partitioned by
 * month of `at` (1765300000000-history-partitions). A partitioned table's keys must hold the partition key, hence
 * (id, at) and (case_id, seq, at); the row lock every writer holds on the case keeps `seq` gapless and unique per case.
 */
@Entity({ name: 'case_events' })
@Index('UQ_case_events_case_seq', ['caseId', 'seq', 'at'], { unique: true })
// The dashboard's trend and reports read events by type and time (dashboard migration).
@Index('IDX_case_events_type_at', { synchronize: false })
export class CaseEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_events_case' })
  case?: CaseEntity;

  /** 1, 2, 3… per case with no gaps: the case version after this event. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: ActorRole;

  @PrimaryColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
