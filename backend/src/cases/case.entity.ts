import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CaseCategory, CaseType, HandoffKind, IntakeChannel } from '@tiep-dan/contracts';
import { AgencyEntity } from '../organisation/agency.entity';
import { NeighbourhoodEntity } from '../organisation/neighbourhood.entity';
import { UserEntity } from '../access/user.entity';
import { LetterEntity } from '../letters/letter.entity';

/**
 * A case: the persisted snapshot of its machine next to the columns the queries need. `version` is the optimistic lock:
 * every applied event increments it, and a writer holding an older version loses with 409.
 */
@Entity({ name: 'cases' })
@Index('UQ_cases_commune_code', ['communeId', 'code'], { unique: true })
@Index('IDX_cases_scope_commune', ['communeId', 'receivedAt'])
@Index('IDX_cases_lead_agency', ['leadAgencyId', 'dueAt'])
// Maintained by the migration (GIN over an expression; TypeORM cannot describe it): keep the schema check quiet.
@Index('IDX_cases_coordinating', { synchronize: false })
@Index('IDX_cases_search', { synchronize: false })
@Index('IDX_cases_next_deadline', { synchronize: false })
// The leader overview's indexes (dashboard migration).
@Index('IDX_cases_open_commune', { synchronize: false })
@Index('IDX_cases_open_province', { synchronize: false })
@Index('IDX_cases_province_received', { synchronize: false })
@Index('IDX_cases_commune_closed', { synchronize: false })
@Index('IDX_cases_province_closed', { synchronize: false })
@Index('IDX_cases_commune_overdue', { synchronize: false })
@Index('IDX_cases_province_overdue', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Human code, e.g. KN-2026-000123: unique per commune (the year is part of it). */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  type!: CaseType;

  @Column({ name: 'machine_id', type: 'text' })
  machineId!: string;

  @Column({ name: 'machine_version', type: 'integer' })
  machineVersion!: number;

  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  @Index('IDX_cases_state')
  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'lead_agency_id', type: 'uuid', nullable: true })
  leadAgencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id', foreignKeyConstraintName: 'FK_cases_lead_agency' })
  leadAgency?: AgencyEntity;

  /** The handler of the lead agency working the case (agency inbox); reassigned by the agency head, recorded in the history. */
  @Index('IDX_cases_assigned_handler')
  @Column({ name: 'assigned_handler_id', type: 'uuid', nullable: true })
  assignedHandlerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_handler_id', foreignKeyConstraintName: 'FK_cases_assigned_handler' })
  assignedHandler?: UserEntity;

  @Column({ name: 'coordinating_agency_ids', type: 'uuid', array: true, default: () => "'{}'" })
  coordinatingAgencyIds!: string[];

  /** The commune whose people brought the case (scope of commune leaders and officers). */
  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'FK_cases_commune' })
  commune?: AgencyEntity;

  @Index('IDX_cases_province')
  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighbourhood_id', foreignKeyConstraintName: 'FK_cases_neighbourhood' })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'text' })
  category!: CaseCategory;

  @Column({ type: 'text' })
  channel!: IntakeChannel;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  content!: string;

  /** Number of citizens who came or signed together (1 for a single citizen). */
  @Column({ name: 'group_size', type: 'integer', default: 1 })
  groupSize!: number;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The commune is a remote/difficult area when the case starts: longer legal limits. */
  @Column({ name: 'remote_area', type: 'boolean', default: false })
  remoteArea!: boolean;

  @Column({ name: 'deadline_rule_id', type: 'text', nullable: true })
  deadlineRuleId!: string | null;

  @Column({ name: 'rule_set_version', type: 'text', nullable: true })
  ruleSetVersion!: string | null;

  /** When the running legal clock started (the step's start: reception, acceptance, …). */
  @Column({ name: 'clock_started_at', type: 'timestamptz', nullable: true })
  clockStartedAt!: Date | null;

  /** The running legal clock: rule, start, extensions, suspensions and the scheduler's facts (workflows/src/deadlines/legal-clock.ts). */
  @Column({ name: 'deadline_clock', type: 'jsonb', nullable: true })
  deadlineClock!: unknown;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'due_soon_at', type: 'timestamptz', nullable: true })
  dueSoonAt!: Date | null;

  /** The next instant the scheduler must act on (due-soon warning or due), null when nothing is pending. */
  @Column({ name: 'next_deadline_at', type: 'timestamptz', nullable: true })
  nextDeadlineAt!: Date | null;

  @Column({ name: 'overdue_since', type: 'timestamptz', nullable: true })
  overdueSince!: Date | null;

  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf!: string | null;

  @Column({ name: 'second_complaint_of', type: 'uuid', nullable: true })
  secondComplaintOf!: string | null;

  @Column({ name: 'forwarded_from', type: 'uuid', nullable: true })
  forwardedFrom!: string | null;

  /** The registered letter this case is a matter of. */
  @Index('IDX_cases_letter')
  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId!: string | null;

  @ManyToOne(() => LetterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'FK_cases_letter' })
  letter?: LetterEntity;

  /**
   * For a sealed matter (a denunciation at the desk, whose visit keeps no phone): SHA-256 of `<case id>:<last 4 digits>`,
   * so the citizen can still look the case up with the receipt's code and their phone's last digits.
   */
  @Column({ name: 'lookup_digest', type: 'text', nullable: true })
  lookupDigest!: string | null;

  /** The visit's reception case whose matter opened this statutory case (the reply clock stays there). */
  @Index('IDX_cases_opened_from')
  @Column({ name: 'opened_from_case_id', type: 'uuid', nullable: true })
  openedFromCaseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_from_case_id', foreignKeyConstraintName: 'FK_cases_opened_from' })
  openedFrom?: CaseEntity;

  /**
   * The case this one continues at another body: a forward, a transfer, an escalation, a second complaint or a
   * re-denunciation opened it, in the same transaction as the sender's step (`handoff_kind` says which).
   */
  @Index('IDX_cases_handed_off_from')
  @Column({ name: 'handed_off_from_case_id', type: 'uuid', nullable: true })
  handedOffFromCaseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handed_off_from_case_id', foreignKeyConstraintName: 'FK_cases_handed_off_from' })
  handedOffFrom?: CaseEntity;

  @Column({ name: 'handoff_kind', type: 'text', nullable: true })
  handoffKind!: HandoffKind | null;

  /** Unaccented, lower-case summary and citizen names for full-text search (never the denouncer's name). */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
