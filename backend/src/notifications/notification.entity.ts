import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../access/user.entity';

/** An in-app notification for one user. `dedupeKey` makes delivery idempotent: a retried outbox row adds nothing. */
@Entity({ name: 'notifications' })
@Index('IDX_notifications_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'case_code', type: 'text', nullable: true })
  caseCode!: string | null;

  @Column({ type: 'jsonb' })
  title!: { vi: string; en: string };

  @Column({ type: 'jsonb' })
  body!: { vi: string; en: string };

  @Index('UQ_notifications_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
