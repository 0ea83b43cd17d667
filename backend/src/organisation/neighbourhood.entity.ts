import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import type { NeighbourhoodKind } from '@tiep-dan/contracts';

/** Tổ dân phố, khu phố, thôn, ấp, bản: belongs to one commune. */
@Entity({ name: 'neighbourhoods' })
@Index('UQ_neighbourhoods_commune_name', ['communeId', 'name'], { unique: true })
export class NeighbourhoodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'FK_neighbourhoods_commune' })
  commune?: AgencyEntity;

  @Column({ type: 'text' })
  kind!: NeighbourhoodKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
