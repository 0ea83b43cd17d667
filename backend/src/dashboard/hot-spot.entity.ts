import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseCategory, HotSpotKind } from '@tiep-dan/contracts';

/** A hot-spot flag (điểm nóng): raised once per subject while its rule holds, cleared when it no longer does. */
@Entity({ name: 'hot_spots' })
// Partial unique index (one active flag per subject) and its lookup index live in the migration.
@Index('UQ_hot_spots_active_subject', { synchronize: false })
@Index('IDX_hot_spots_commune', { synchronize: false })
export class HotSpotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_hot_spots' })
  id!: string;

  /** What the flag is about, e.g. `cluster:<neighbourhood>:<category>` or `group_visit:<case>`. */
  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  kind!: HotSpotKind;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: CaseCategory | null;

  @Column({
    name: 'case_ids',
    type: 'uuid',
    array: true,
    default: () => "'{}'",
  })
  caseIds!: string[];

  @Column({ name: 'case_count', type: 'integer' })
  caseCount!: number;

  @Column({ name: 'detected_at', type: 'timestamptz' })
  detectedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;
}

/** A claimed run of a scheduled dashboard job: the primary key lets exactly one instance run each slot. */
@Entity({ name: 'dashboard_job_runs' })
export class DashboardJobRunEntity {
  @PrimaryColumn({
    type: 'text',
    primaryKeyConstraintName: 'PK_dashboard_job_runs',
  })
  job!: string;

  @PrimaryColumn({
    type: 'text',
    primaryKeyConstraintName: 'PK_dashboard_job_runs',
  })
  slot!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/**
 * Weekly counters of a commune (Vietnam weeks, Monday first) kept by triggers on `cases` and `case_events` (dashboard
 * migration): the overview's trend reads a dozen rows instead of every case of the period.
 */
@Entity({ name: 'case_week_counts' })
@Index('IDX_case_week_counts_province', ['provinceId', 'week'])
export class CaseWeekCountEntity {
  @PrimaryColumn({
    name: 'commune_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_case_week_counts',
  })
  communeId!: string;

  @PrimaryColumn({
    type: 'date',
    primaryKeyConstraintName: 'PK_case_week_counts',
  })
  week!: string;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ type: 'integer', default: 0 })
  received!: number;

  @Column({ type: 'integer', default: 0 })
  resolved!: number;

  @Column({ name: 'became_overdue', type: 'integer', default: 0 })
  becameOverdue!: number;
}

/** The tables the dashboard context owns (registered by `DashboardModule`). */
export const DASHBOARD_ENTITIES = [HotSpotEntity, DashboardJobRunEntity, CaseWeekCountEntity];
