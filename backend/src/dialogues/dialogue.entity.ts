import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CaseCategory, DialogueKind, DialogueStatus } from '@tiep-dan/contracts';
import { CaseEntity } from '../cases/case.entity';
import { AgencyEntity } from '../organisation/agency.entity';
import { NeighbourhoodEntity } from '../organisation/neighbourhood.entity';

/** A dialogue, seminar, voter contact or thematic meeting between leaders and citizens, with its minutes. */
@Entity({ name: 'dialogue_sessions' })
@Index('IDX_dialogue_sessions_commune', ['communeId', 'heldOn'])
export class DialogueSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: DialogueKind;

  @Column({ type: 'text' })
  title!: string;

  /** The Vietnamese calendar day of the session. */
  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_dialogue_sessions_commune',
  })
  commune?: AgencyEntity;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'neighbourhood_id',
    foreignKeyConstraintName: 'FK_dialogue_sessions_neighbourhood',
  })
  neighbourhood?: NeighbourhoodEntity;

  /** Chairing leaders, as written in the minutes ("Đ/c Trần Văn Minh, Chủ tịch UBND phường"). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  chairs!: string[];

  @Column({
    name: 'invited_agency_ids',
    type: 'uuid',
    array: true,
    default: () => "'{}'",
  })
  invitedAgencyIds!: string[];

  @Column({ name: 'participant_count', type: 'integer', default: 0 })
  participantCount!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  representatives!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'text', default: 'scheduled' })
  status!: DialogueStatus;

  @Column({ name: 'minutes_summary', type: 'text', nullable: true })
  minutesSummary!: string | null;

  /** A complaint's mandatory dialogue: the complaint it belongs to. */
  @Index('IDX_dialogue_sessions_case')
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_dialogue_sessions_case',
  })
  case?: CaseEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One opinion of the minutes: who raised it, what, the answer given; it may become a case. */
@Entity({ name: 'dialogue_opinions' })
@Index('UQ_dialogue_opinions_seq', ['dialogueId', 'seq'], { unique: true })
export class DialogueOpinionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'dialogue_id', type: 'uuid' })
  dialogueId!: string;

  @ManyToOne(() => DialogueSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'dialogue_id',
    foreignKeyConstraintName: 'FK_dialogue_opinions_dialogue',
  })
  dialogue?: DialogueSessionEntity;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'raised_by', type: 'text', nullable: true })
  raisedBy!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'text', default: 'other' })
  category!: CaseCategory;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_dialogue_opinions_case',
  })
  case?: CaseEntity;
}

/** A commitment made at a dialogue; tracked as a `commitment` case with the owner agency and the promised date. */
@Entity({ name: 'dialogue_commitments' })
export class DialogueCommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_dialogue_commitments_dialogue')
  @Column({ name: 'dialogue_id', type: 'uuid' })
  dialogueId!: string;

  @ManyToOne(() => DialogueSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'dialogue_id',
    foreignKeyConstraintName: 'FK_dialogue_commitments_dialogue',
  })
  dialogue?: DialogueSessionEntity;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'owner_agency_id', type: 'uuid' })
  ownerAgencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'owner_agency_id',
    foreignKeyConstraintName: 'FK_dialogue_commitments_owner',
  })
  ownerAgency?: AgencyEntity;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_dialogue_commitments_case',
  })
  case?: CaseEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A file of a dialogue (signed minutes, photos, recording): its bytes in the file store under `storage_key`, checksummed. */
@Entity({ name: 'dialogue_attachments' })
export class DialogueAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_dialogue_attachments_dialogue')
  @Column({ name: 'dialogue_id', type: 'uuid' })
  dialogueId!: string;

  @ManyToOne(() => DialogueSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'dialogue_id',
    foreignKeyConstraintName: 'FK_dialogue_attachments_dialogue',
  })
  dialogue?: DialogueSessionEntity;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}

export const DIALOGUE_ENTITIES = [DialogueSessionEntity, DialogueOpinionEntity, DialogueCommitmentEntity, DialogueAttachmentEntity];
