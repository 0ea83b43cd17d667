import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../access/user.entity';
import { AgencyEntity } from '../organisation/agency.entity';

/**
 * A client app of the Open311 GeoReport v2 API. Its api_key is shown once when issued; only its SHA-256 is kept (the
 * key is 32 random bytes, so a fast hash is enough), with a prefix to recognise it. It may file requests in the
 * communes of the province of the administrator who issued it.
 */
@Entity({ name: 'open311_clients' })
export class Open311ClientEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'PK_open311_clients',
  })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('IDX_open311_clients_province')
  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'province_id',
    foreignKeyConstraintName: 'FK_open311_clients_province',
  })
  province?: AgencyEntity;

  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix!: string;

  @Index('UQ_open311_clients_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'text' })
  keyHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by',
    foreignKeyConstraintName: 'FK_open311_clients_created_by',
  })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}

/** The tables the Open311 context owns (registered by `Open311Module`). */
export const OPEN311_ENTITIES = [Open311ClientEntity];
