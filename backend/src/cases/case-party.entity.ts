import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, CreateDateColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/** A citizen of a case: the petitioner or a representative of a group. Never a denouncer (see ConfidentialIdentity). */
@Entity({ name: 'case_parties' })
export class CasePartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_case_parties_case')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_parties_case' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  role!: 'petitioner' | 'representative';

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Index('IDX_case_parties_id_number')
  @Column({ name: 'id_number', type: 'text', nullable: true })
  idNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;
}

/**
 * The denouncer's identity (Luật Tố cáo 2018 Art. 9, 47, 56): kept apart from the case content, encrypted with
 * AES-GCM bound to the case id; read only through the reveal path, which records who, when and why.
 */
@Entity({ name: 'confidential_identities' })
export class ConfidentialIdentityEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_confidential_identities_case' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  ciphertext!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
