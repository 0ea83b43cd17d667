import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AgencyKind } from '@tiep-dan/contracts';

/** A node of the agency tree: province → departments and communes → each commune's units. */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_agencies_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_agencies_parent' })
  parent?: AgencyEntity;

  @Column({ type: 'text' })
  kind!: AgencyKind;

  @Index('UQ_agencies_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'remote_area', type: 'boolean', default: false })
  remoteArea!: boolean;

  /** Denormalised from the tree so scope checks are one indexed comparison. */
  @Index('IDX_agencies_commune')
  @Column({ name: 'commune_id', type: 'uuid', nullable: true })
  communeId!: string | null;

  @Column({ name: 'province_id', type: 'uuid', nullable: true })
  provinceId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
