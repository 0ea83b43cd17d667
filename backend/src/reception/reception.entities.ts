import type {
  ReceptionContentType,
  ReceptionLead,
  ReceptionLeader,
  ReceptionRefusalReason,
  ReceptionSessionKind,
  ReceptionSessionStatus,
} from '@tiep-dan/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { AgencyEntity } from '../organisation/agency.entity';
import { NeighbourhoodEntity } from '../organisation/neighbourhood.entity';

/** A commune's recurring reception day. A commune without a row gets the default (Monday morning). */
@Entity({ name: 'reception_schedules' })
export class ReceptionScheduleEntity {
  @PrimaryColumn({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_reception_schedules_commune',
  })
  commune?: AgencyEntity;

  /** 1 = Monday … 5 = Friday. */
  @Column({ type: 'integer', default: 1 })
  weekday!: number;

  @Column({ name: 'start_time', type: 'text' })
  startTime!: string;

  @Column({ name: 'end_time', type: 'text' })
  endTime!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  leaders!: ReceptionLeader[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A reception session (buổi tiếp): a leader's scheduled day, possibly moved off a holiday, a leader's ad-hoc one, or the
 * officers' regular reception (`kind` 'regular'); its visits count apart in report 01/TCD.
 */
@Entity({ name: 'reception_sessions' })
@Index('IDX_reception_sessions_commune_date', ['communeId', 'sessionDate'])
// One scheduled session per commune and day (partial unique index, kept by the migration).
@Index('UQ_reception_sessions_scheduled_day', { synchronize: false })
export class ReceptionSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'commune_id',
    foreignKeyConstraintName: 'FK_reception_sessions_commune',
  })
  commune?: AgencyEntity;

  @Column({ type: 'text' })
  kind!: ReceptionSessionKind;

  @Column({ name: 'session_date', type: 'date' })
  sessionDate!: string;

  @Column({ name: 'moved_from', type: 'date', nullable: true })
  movedFrom!: string | null;

  @Column({ name: 'start_time', type: 'text' })
  startTime!: string;

  @Column({ name: 'end_time', type: 'text' })
  endTime!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  leaders!: ReceptionLeader[];

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** A leader's session: the head in person or an authorised deputy (01/TCD); null for the regular reception. */
  @Column({ name: 'led_by', type: 'text', nullable: true })
  ledBy!: ReceptionLead | null;

  @Column({ type: 'text' })
  status!: ReceptionSessionStatus;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A visit (lượt tiếp): one row of the register. The citizen's details live here, with the desk: a denunciation's
 * case carries no party (Luật Tố cáo Art. 47), so the handling agency never sees who came.
 */
@Entity({ name: 'reception_visits' })
@Index('UQ_reception_visits_session_seq', ['sessionId', 'seq'], {
  unique: true,
})
export class ReceptionVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ReceptionSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'FK_reception_visits_session',
  })
  session?: ReceptionSessionEntity;

  @Column({ name: 'commune_id', type: 'uuid' })
  communeId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'visited_at', type: 'timestamptz' })
  visitedAt!: Date;

  /** Null when the visit is `confidential`. */
  @Column({ name: 'citizen_name', type: 'text', nullable: true })
  citizenName!: string | null;

  /**
   * A matter of the visit is a denunciation: the citizen's identity is not kept on the visit but only in the
   * denunciation case's encrypted vault (Luật Tố cáo 2018 Art. 47).
   */
  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  @Index('IDX_reception_visits_id_number')
  @Column({ name: 'id_number', type: 'text', nullable: true })
  idNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'group_size', type: 'integer', default: 1 })
  groupSize!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  representatives!: {
    fullName: string;
    idNumber?: string;
    address?: string;
    phone?: string;
  }[];

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'neighbourhood_id',
    foreignKeyConstraintName: 'FK_reception_visits_neighbourhood',
  })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ name: 'previously_handled_by', type: 'text', nullable: true })
  previouslyHandledBy!: string | null;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason!: ReceptionRefusalReason | null;

  @Column({ name: 'refusal_note', type: 'text', nullable: true })
  refusalNote!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The cases opened at a visit, one per matter (mixed content is split). */
@Entity({ name: 'reception_visit_cases' })
@Index('IDX_reception_visit_cases_visit', ['visitId', 'position'])
export class ReceptionVisitCaseEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_reception_visit_cases_case',
  })
  case?: CaseEntity;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @ManyToOne(() => ReceptionVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'visit_id',
    foreignKeyConstraintName: 'FK_reception_visit_cases_visit',
  })
  visit?: ReceptionVisitEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: ReceptionContentType;
}

/** A case on a later session's agenda because it was still unresolved when an earlier session closed. */
@Entity({ name: 'reception_agenda' })
export class ReceptionAgendaEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ReceptionSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'FK_reception_agenda_session',
  })
  session?: ReceptionSessionEntity;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'FK_reception_agenda_case',
  })
  case?: CaseEntity;

  @Column({ name: 'from_session_id', type: 'uuid' })
  fromSessionId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const RECEPTION_ENTITIES = [
  ReceptionScheduleEntity,
  ReceptionSessionEntity,
  ReceptionVisitEntity,
  ReceptionVisitCaseEntity,
  ReceptionAgendaEntity,
];
