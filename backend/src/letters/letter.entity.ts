import type { LetterChannel } from '@tiep-dan/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from '../organisation/agency.entity';
import { NeighbourhoodEntity } from '../organisation/neighbourhood.entity';

/** A named sender as kept on a letter (never for a letter that carries a denunciation: that one is sealed). */
export interface LetterSender {
  fullName: string;
  idNumber?: string;
  address?: string;
  phone?: string;
}

/**
 * A letter (đơn thư) received by post, e-mail, the online form or forwarded by another body, registered once and split
 * into one case per matter (`cases.letter_id`). The letter keeps what the register of letters needs; each matter's
 * case carries its own statutory clock.
 */
@Entity({ name: 'letters' })
@Index('UQ_letters_commune_code', ['communeId', 'code'], { unique: true })
@Index('IDX_letters_commune_received', ['communeId', 'receivedAt'])
export class LetterEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_letters' })
  id!: string;

  /** e.g. DT-2026-000012: per commune and year, like case codes. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'FK_letters_commune' })
  commune?: AgencyEntity;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighbourhood_id', foreignKeyConstraintName: 'FK_letters_neighbourhood' })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'text' })
  channel!: LetterChannel;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** Empty when `confidential`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  senders!: LetterSender[];

  @Column({ name: 'sender_count', type: 'integer' })
  senderCount!: number;

  @Column({ name: 'signatory_count', type: 'integer' })
  signatoryCount!: number;

  /** A matter is a denunciation: the senders are in that case's vault only (Luật Tố cáo 2018 Art. 47). */
  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  @Column({ name: 'forwarded_by', type: 'text', nullable: true })
  forwardedBy!: string | null;

  @Column({ name: 'document_no', type: 'text', nullable: true })
  documentNo!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The tables the letters context owns (registered by `LettersModule`). */
export const LETTERS_ENTITIES = [LetterEntity];
