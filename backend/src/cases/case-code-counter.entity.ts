import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last number handed out per commune, year and case-type prefix (row-locked by UPDATE … RETURNING). */
@Entity({ name: 'case_code_counters' })
export class CaseCodeCounterEntity {
  @PrimaryColumn({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  prefix!: string;

  @Column({ type: 'integer' })
  last!: number;
}
