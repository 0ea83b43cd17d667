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
import type {
  BlocMemberKind,
  BlocRole,
  CaseCategory,
  MemberEvaluationDto,
  PlanTaskStatus,
  ResolutionKind,
  ReviewFiguresDto,
  ReviewKind,
  SentimentChannel,
  SentimentLevel,
} from '@tiep-dan/contracts';
import { UserEntity } from '../../access/user.entity';
import { AgencyEntity } from '../../organisation/agency.entity';
import { NeighbourhoodEntity } from '../../organisation/neighbourhood.entity';

/** The commune's bloc as a whole: its operating rules (quy chế hoạt động). One row per commune, made on first write. */
@Entity({ name: 'bloc_settings' })
export class BlocSettingsEntity {
  @PrimaryColumn({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_bloc_settings_commune',
  })
  commune?: AgencyEntity;

  @Column({ type: 'text', nullable: true })
  rules!: string | null;

  @Column({ name: 'rules_adopted_on', type: 'date', nullable: true })
  rulesAdoptedOn!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A member of the commune's bloc, for a dated term: a person, with or without an account. */
@Entity({ name: 'bloc_members' })
@Index('IDX_bloc_members_commune', ['communeId'])
export class BlocMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_bloc_members_commune',
  })
  commune?: AgencyEntity;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  position!: string;

  @Column({ type: 'text' })
  kind!: BlocMemberKind;

  @Column({ name: 'bloc_role', type: 'text' })
  blocRole!: BlocRole;

  @Index('IDX_bloc_members_user')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'user_id',
    foreignKeyConstraintName: 'FK_bloc_members_user',
  })
  user?: UserEntity;

  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The yearly programme and plan (chương trình, kế hoạch công tác dân vận): one per commune and year. */
@Entity({ name: 'bloc_plans' })
@Index('UQ_bloc_plans_year', ['communeId', 'year'], { unique: true })
export class BlocPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_bloc_plans_commune',
  })
  commune?: AgencyEntity;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A resolution the plan implements (the Party committee's, the People's Council's). */
@Entity({ name: 'bloc_resolutions' })
export class BlocResolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_bloc_resolutions_plan')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => BlocPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'plan_id',
    foreignKeyConstraintName: 'FK_bloc_resolutions_plan',
  })
  plan?: BlocPlanEntity;

  @Column({ type: 'text' })
  kind!: ResolutionKind;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** A task of the plan: tied to a resolution, owned by a member, due on a date. */
@Entity({ name: 'bloc_plan_tasks' })
export class BlocPlanTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_bloc_plan_tasks_plan')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => BlocPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'plan_id',
    foreignKeyConstraintName: 'FK_bloc_plan_tasks_plan',
  })
  plan?: BlocPlanEntity;

  @Column({ name: 'resolution_id', type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => BlocResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'resolution_id',
    foreignKeyConstraintName: 'FK_bloc_plan_tasks_resolution',
  })
  resolution?: BlocResolutionEntity;

  @Index('IDX_bloc_plan_tasks_owner')
  @Column({ name: 'owner_member_id', type: 'uuid' })
  ownerMemberId!: string;

  @ManyToOne(() => BlocMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'owner_member_id',
    foreignKeyConstraintName: 'FK_bloc_plan_tasks_owner',
  })
  owner?: BlocMemberEntity;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text', default: 'planned' })
  status!: PlanTaskStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A periodic briefing (giao ban) of the bloc. */
@Entity({ name: 'bloc_briefings' })
@Index('IDX_bloc_briefings_commune', ['communeId', 'heldOn'])
export class BlocBriefingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_bloc_briefings_commune',
  })
  commune?: AgencyEntity;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Bloc members present. */
  @Column({
    name: 'attendee_ids',
    type: 'uuid',
    array: true,
    default: () => "'{}'",
  })
  attendeeIds!: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Something heard about what people think, through a channel with no record of its own, or at a briefing. */
@Entity({ name: 'sentiment_notes' })
@Index('IDX_sentiment_notes_commune', ['communeId', 'notedOn'])
export class SentimentNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_sentiment_notes_commune',
  })
  commune?: AgencyEntity;

  @Column({ type: 'text' })
  channel!: SentimentChannel;

  @Column({ name: 'noted_on', type: 'date' })
  notedOn!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'neighbourhood_id',
    foreignKeyConstraintName: 'FK_sentiment_notes_neighbourhood',
  })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'text' })
  category!: CaseCategory;

  @Column({ type: 'text' })
  level!: SentimentLevel;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'reporter_member_id', type: 'uuid', nullable: true })
  reporterMemberId!: string | null;

  @ManyToOne(() => BlocMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'reporter_member_id',
    foreignKeyConstraintName: 'FK_sentiment_notes_reporter',
  })
  reporter?: BlocMemberEntity;

  @Index('IDX_sentiment_notes_briefing')
  @Column({ name: 'briefing_id', type: 'uuid', nullable: true })
  briefingId!: string | null;

  @ManyToOne(() => BlocBriefingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'briefing_id',
    foreignKeyConstraintName: 'FK_sentiment_notes_briefing',
  })
  briefing?: BlocBriefingEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A mid-year or year-end review, with the period's figures and the member evaluations frozen when it was held. */
@Entity({ name: 'bloc_reviews' })
@Index('UQ_bloc_reviews_period', ['communeId', 'year', 'kind'], {
  unique: true,
})
export class BlocReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_bloc_reviews_commune',
  })
  commune?: AgencyEntity;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  kind!: ReviewKind;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  shortcomings!: string | null;

  @Column({ type: 'text', nullable: true })
  directions!: string | null;

  @Column({ type: 'jsonb' })
  figures!: ReviewFiguresDto;

  @Column({ type: 'jsonb' })
  evaluations!: MemberEvaluationDto[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const BLOC_ENTITIES = [
  BlocSettingsEntity,
  BlocMemberEntity,
  BlocPlanEntity,
  BlocResolutionEntity,
  BlocPlanTaskEntity,
  BlocBriefingEntity,
  SentimentNoteEntity,
  BlocReviewEntity,
];
