import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../access/user.entity';
import { AgencyEntity } from '../../organisation/agency.entity';
import { NeighbourhoodEntity } from '../../organisation/neighbourhood.entity';
import { GoodPracticeEntity, MobilizationTeamEntity } from '../team.entity';
import { BlocMemberEntity } from './bloc.entity';

/** A visit from the level above: did the team hold its monthly meeting and keep its rules? */
@Entity({ name: 'team_inspections' })
@Index('IDX_team_inspections_commune', ['communeId', 'month'])
export class TeamInspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_team_inspections_team')
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => MobilizationTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'team_id',
    foreignKeyConstraintName: 'FK_team_inspections_team',
  })
  team?: MobilizationTeamEntity;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  /** YYYY-MM. */
  @Column({ type: 'text' })
  month!: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column({ name: 'meeting_held', type: 'boolean' })
  meetingHeld!: boolean;

  @Column({ name: 'rules_kept', type: 'boolean' })
  rulesKept!: boolean;

  @Column({ type: 'text' })
  findings!: string;

  @Column({ type: 'text', nullable: true })
  recommendations!: string | null;

  @Column({ name: 'inspector_id', type: 'uuid' })
  inspectorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'inspector_id',
    foreignKeyConstraintName: 'FK_team_inspections_inspector',
  })
  inspector?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A commune cadre (a bloc member) assigned to attend a village team's meeting of a month. */
@Entity({ name: 'meeting_assignments' })
@Index('UQ_meeting_assignments', ['teamId', 'memberId', 'month'], {
  unique: true,
})
export class MeetingAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => MobilizationTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'team_id',
    foreignKeyConstraintName: 'FK_meeting_assignments_team',
  })
  team?: MobilizationTeamEntity;

  @Index('IDX_meeting_assignments_member')
  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => BlocMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'member_id',
    foreignKeyConstraintName: 'FK_meeting_assignments_member',
  })
  member?: BlocMemberEntity;

  /** YYYY-MM. */
  @Column({ type: 'text' })
  month!: string;

  /** Null until reported. */
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A village chosen for the focused quality programme of a year, with a scorecard of its own. */
@Entity({ name: 'focus_villages' })
@Index('UQ_focus_villages_year', ['neighbourhoodId', 'year'], { unique: true })
export class FocusVillageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_focus_villages_commune')
  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_focus_villages_commune',
  })
  commune?: AgencyEntity;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'neighbourhood_id',
    foreignKeyConstraintName: 'FK_focus_villages_neighbourhood',
  })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'integer' })
  year!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'focus_criteria' })
export class FocusCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_focus_criteria_village')
  @Column({ name: 'focus_id', type: 'uuid' })
  focusId!: string;

  @ManyToOne(() => FocusVillageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'focus_id',
    foreignKeyConstraintName: 'FK_focus_criteria_village',
  })
  focus?: FocusVillageEntity;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  weight!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  target!: string;

  @Column({ type: 'integer' })
  position!: number;
}

@Entity({ name: 'focus_scores' })
export class FocusScoreEntity {
  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => FocusCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'criterion_id',
    foreignKeyConstraintName: 'FK_focus_scores_criterion',
  })
  criterion?: FocusCriterionEntity;

  /** YYYY-MM. */
  @PrimaryColumn({ type: 'text' })
  month!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  value!: string;
}

/** Where a recognised model was replicated. */
@Entity({ name: 'good_practice_follow_ups' })
export class GoodPracticeFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_good_practice_follow_ups_practice')
  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practice_id',
    foreignKeyConstraintName: 'FK_good_practice_follow_ups_practice',
  })
  practice?: GoodPracticeEntity;

  @Column({ name: 'followed_on', type: 'date' })
  followedOn!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const OVERSIGHT_ENTITIES = [
  TeamInspectionEntity,
  MeetingAssignmentEntity,
  FocusVillageEntity,
  FocusCriterionEntity,
  FocusScoreEntity,
  GoodPracticeFollowUpEntity,
];
