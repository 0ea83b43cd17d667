import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CaseCategory, GoodPracticeStatus, RecognitionLevel, ScorecardMetric, TeamMemberRole } from '@tiep-dan/contracts';
import { CaseEntity } from '../cases/case.entity';
import { AgencyEntity } from '../organisation/agency.entity';
import { NeighbourhoodEntity } from '../organisation/neighbourhood.entity';

/** A neighbourhood mobilization team (tổ dân vận); a neighbourhood may have more than one. */
@Entity({ name: 'mobilization_teams' })
@Index('IDX_mobilization_teams_commune', ['communeId'])
export class MobilizationTeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_mobilization_teams_commune',
  })
  commune?: AgencyEntity;

  @Index('IDX_mobilization_teams_neighbourhood')
  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'neighbourhood_id',
    foreignKeyConstraintName: 'FK_mobilization_teams_neighbourhood',
  })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'team_members' })
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_team_members_team')
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => MobilizationTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'team_id',
    foreignKeyConstraintName: 'FK_team_members_team',
  })
  team?: MobilizationTeamEntity;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  role!: TeamMemberRole;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd!: string | null;
}

/** The monthly meeting (after the party cell meeting): attendance, topics, propaganda done, opinions collected. */
@Entity({ name: 'team_meetings' })
@Index('IDX_team_meetings_team', ['teamId', 'heldOn'])
export class TeamMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => MobilizationTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'team_id',
    foreignKeyConstraintName: 'FK_team_meetings_team',
  })
  team?: MobilizationTeamEntity;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'integer' })
  attendance!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'propaganda_sessions', type: 'integer', default: 0 })
  propagandaSessions!: number;

  @Column({ name: 'people_reached', type: 'integer', default: 0 })
  peopleReached!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'team_opinions' })
@Index('UQ_team_opinions_seq', ['meetingId', 'seq'], { unique: true })
export class TeamOpinionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => TeamMeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'meeting_id',
    foreignKeyConstraintName: 'FK_team_opinions_meeting',
  })
  meeting?: TeamMeetingEntity;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'raised_by', type: 'text', nullable: true })
  raisedBy!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text', default: 'other' })
  category!: CaseCategory;

  @Index('IDX_team_opinions_case')
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_team_opinions_case',
  })
  case?: CaseEntity;
}

@Entity({ name: 'team_tasks' })
export class TeamTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_team_tasks_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => TeamMeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'meeting_id',
    foreignKeyConstraintName: 'FK_team_tasks_meeting',
  })
  meeting?: TeamMeetingEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'member_id',
    foreignKeyConstraintName: 'FK_team_tasks_member',
  })
  member?: TeamMemberEntity;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;
}

/** Scorecard criteria: weight (points when the target is met) and the monthly target, configurable by leaders. */
@Entity({ name: 'scorecard_criteria' })
export class ScorecardCriterionEntity {
  @PrimaryColumn({ type: 'text' })
  metric!: ScorecardMetric;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  weight!: string;

  @Column({ type: 'integer' })
  target!: number;

  @Column({ type: 'integer' })
  position!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * "Dân vận khéo": a good-practice model of a commune (often of one of its teams), from its nomination with its results
 * through the bloc's review to its recognition at the commune or province level.
 */
@Entity({ name: 'good_practices' })
@Index('IDX_good_practices_year', ['year'])
export class GoodPracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_good_practices_commune')
  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_good_practices_commune',
  })
  commune?: AgencyEntity;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => MobilizationTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'team_id',
    foreignKeyConstraintName: 'FK_good_practices_team',
  })
  team?: MobilizationTeamEntity;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  results!: string | null;

  /** Who carries it out; null: the team. */
  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ type: 'text', default: 'recognised' })
  status!: GoodPracticeStatus;

  @Column({ type: 'text', nullable: true })
  level!: RecognitionLevel | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'decision_ref', type: 'text', nullable: true })
  decisionRef!: string | null;

  @Column({ name: 'recognised_by', type: 'uuid', nullable: true })
  recognisedBy!: string | null;

  @Column({ name: 'recognised_at', type: 'timestamptz', nullable: true })
  recognisedAt!: Date | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

export const MOBILIZATION_ENTITIES = [
  MobilizationTeamEntity,
  TeamMemberEntity,
  TeamMeetingEntity,
  TeamOpinionEntity,
  TeamTaskEntity,
  ScorecardCriterionEntity,
  GoodPracticeEntity,
];
