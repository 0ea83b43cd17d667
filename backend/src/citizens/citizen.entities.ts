import type { CitizenNoticeKind, NoticeChannel, NoticeDeliveryStatus } from '@tiep-dan/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { LetterEntity } from '../letters/letter.entity';
import { AgencyEntity } from '../organisation/agency.entity';
import { Open311ClientEntity } from '../open311/open311-client.entity';

/**
 * Where a citizen who petitioned online wants to be told of progress, and by which channels. A denunciation's contact
 * stays in its vault (`sealed`: no address here); the delivery reads it from there when it sends.
 */
@Entity({ name: 'citizen_contacts' })
export class CitizenContactEntity {
  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_citizen_contacts',
  })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_citizen_contacts_case',
  })
  case?: CaseEntity;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels!: NoticeChannel[];

  @Column({ type: 'boolean', default: false })
  sealed!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * One notice to a citizen by one channel: the outbox row that announced the case's change fans out into these, and the
 * delivery job claims due ones, sends them, and retries with backoff until it gives up (a dead letter). Holds no
 * address and no text: both are read when sending.
 */
@Entity({ name: 'citizen_notices' })
@Unique('UQ_citizen_notices_outbox_channel', ['outboxId', 'channel'])
@Index('IDX_citizen_notices_due', ['status', 'nextAttemptAt'])
export class CitizenNoticeEntity {
  @PrimaryGeneratedColumn({
    type: 'bigint',
    primaryKeyConstraintName: 'PK_citizen_notices',
  })
  id!: string;

  @Index('IDX_citizen_notices_case')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_citizen_notices_case',
  })
  case?: CaseEntity;

  @Column({ name: 'outbox_id', type: 'bigint' })
  outboxId!: string;

  @Column({ type: 'text' })
  kind!: CitizenNoticeKind;

  @Column({ type: 'text' })
  channel!: NoticeChannel;

  /** Facts of the moment the notice was announced (a lookup PIN for the receipt), never an address. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Column({ type: 'text' })
  status!: NoticeDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** While `sending`: when the claim lapses (the instance that claimed it died) and another instance may retry. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** A class of failure ("smtp 550", "http 503", "ECONNREFUSED"): never the address or the provider's text. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'provider_ref', type: 'text', nullable: true })
  providerRef!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** How a petition came in online: the public form or an Open311 client app, and the place it is about. */
@Entity({ name: 'online_petitions' })
@Index('IDX_online_petitions_source_created', ['source', 'createdAt'])
export class OnlinePetitionEntity {
  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_online_petitions',
  })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_online_petitions_case',
  })
  case?: CaseEntity;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId!: string;

  @ManyToOne(() => LetterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'letter_id',
    foreignKeyConstraintName: 'FK_online_petitions_letter',
  })
  letter?: LetterEntity;

  @Column({ type: 'text' })
  source!: 'form' | 'open311';

  @Index('IDX_online_petitions_client')
  @Column({ name: 'open311_client_id', type: 'uuid', nullable: true })
  open311ClientId!: string | null;

  @ManyToOne(() => Open311ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'open311_client_id',
    foreignKeyConstraintName: 'FK_online_petitions_open311_client',
  })
  open311Client?: Open311ClientEntity;

  @Column({ name: 'service_code', type: 'text', nullable: true })
  serviceCode!: string | null;

  /** What the citizen wrote, as sent (Open311 returns it as `description`). */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ name: 'address_id', type: 'text', nullable: true })
  addressId!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** Open311 `media_url`: kept and returned, never fetched. */
  @Column({ name: 'media_url', type: 'text', nullable: true })
  mediaUrl!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The citizen's rating of the answer to their case, once per case; counted for the agency that answered. */
@Entity({ name: 'case_ratings' })
@Check('CHK_case_ratings_stars', '"stars" BETWEEN 1 AND 5')
export class CaseRatingEntity {
  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_case_ratings',
  })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_case_ratings_case',
  })
  case?: CaseEntity;

  @Index('IDX_case_ratings_agency')
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'agency_id',
    foreignKeyConstraintName: 'FK_case_ratings_agency',
  })
  agency?: AgencyEntity;

  @Column({ type: 'smallint' })
  stars!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const CITIZEN_ENTITIES = [CitizenContactEntity, CitizenNoticeEntity, OnlinePetitionEntity, CaseRatingEntity];
