import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  MAX_REPRESENTATIVES,
  RECEPTION_CONTENT_TYPES,
  RECEPTION_LEADS,
  RECEPTION_REFUSAL_REASONS,
  RECEPTION_SESSION_KINDS,
  type CaseCategory,
  type DuplicateQuery,
  type LogVisitRequest,
  type OpenReceptionSessionRequest,
  type PublicLookupRequest,
  type ReceptionContentType,
  type ReceptionLead,
  type ReceptionLeader,
  type ReceptionRefusalReason,
  type ReceptionRegisterQuery,
  type ReceptionSessionKind,
  type UpdateReceptionScheduleRequest,
  type VisitContentInput,
  type VisitRefusalInput,
} from '@tiep-dan/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CasePartyDto } from '../../cases/dto/case.dto';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ReceptionLeaderDto implements ReceptionLeader {
  @ApiProperty({ example: 'Trần Văn Minh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
  @ApiProperty({ example: 'Chủ tịch UBND phường' })
  @IsString()
  @MaxLength(200)
  title!: string;
}

export class UpdateReceptionScheduleDto implements UpdateReceptionScheduleRequest {
  @ApiProperty({ minimum: 1, maximum: 5, description: '1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(5)
  weekday!: number;
  @ApiProperty({ example: '07:30' }) @Matches(TIME) startTime!: string;
  @ApiProperty({ example: '11:30' }) @Matches(TIME) endTime!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) place!: string;
  @ApiProperty({ type: [ReceptionLeaderDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReceptionLeaderDto)
  leaders!: ReceptionLeaderDto[];
}

export class OpenReceptionSessionDto implements OpenReceptionSessionRequest {
  @ApiProperty({
    enum: RECEPTION_SESSION_KINDS,
    description: "'scheduled': the leader's reception day; 'ad_hoc': a leader's ad-hoc session; 'regular': the officers' regular reception",
  })
  @IsIn(RECEPTION_SESSION_KINDS)
  kind!: ReceptionSessionKind;
  @ApiPropertyOptional({
    enum: RECEPTION_LEADS,
    description: "A leader's session: the head in person ('head', the default) or an authorised deputy; not for a regular session",
  })
  @IsOptional()
  @IsIn(RECEPTION_LEADS)
  ledBy?: ReceptionLead;
  @ApiPropertyOptional({
    description: 'Ad-hoc sessions: the heated or crowd matter',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place?: string;
  @ApiPropertyOptional({ type: [ReceptionLeaderDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReceptionLeaderDto)
  leaders?: ReceptionLeaderDto[];
}

export class VisitContentDto implements VisitContentInput {
  @ApiProperty({ enum: RECEPTION_CONTENT_TYPES })
  @IsIn(RECEPTION_CONTENT_TYPES)
  contentType!: ReceptionContentType;
  @ApiProperty({ enum: CASE_CATEGORIES })
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) summary!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  content?: string;
}

export class VisitRefusalDto implements VisitRefusalInput {
  @ApiProperty({ enum: RECEPTION_REFUSAL_REASONS })
  @IsIn(RECEPTION_REFUSAL_REASONS)
  reason!: ReceptionRefusalReason;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class LogVisitDto implements LogVisitRequest {
  @ApiProperty({ type: CasePartyDto })
  @ValidateNested()
  @Type(() => CasePartyDto)
  citizen!: CasePartyDto;
  @ApiPropertyOptional({ minimum: 1, maximum: 10_000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  groupSize?: number;
  @ApiPropertyOptional({ type: [CasePartyDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REPRESENTATIVES)
  @ValidateNested({ each: true })
  @Type(() => CasePartyDto)
  representatives?: CasePartyDto[];
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  previouslyHandledBy?: string;
  @ApiProperty({ type: [VisitContentDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => VisitContentDto)
  contents!: VisitContentDto[];
  @ApiPropertyOptional({ type: VisitRefusalDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitRefusalDto)
  refusal?: VisitRefusalDto;
  @ApiPropertyOptional() @IsOptional() @IsUUID() duplicateOf?: string;
}

export class DuplicateQueryDto implements DuplicateQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^(\d{9}|\d{12})$/)
  idNumber?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
}

export class ReceptionRegisterQueryDto implements ReceptionRegisterQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() sessionId?: string;
  @ApiPropertyOptional({ example: '2026-03-01' })
  @IsOptional()
  @Matches(ISO_DATE)
  from?: string;
  @ApiPropertyOptional({ example: '2026-03-31' })
  @IsOptional()
  @Matches(ISO_DATE)
  to?: string;
}

export class PublicLookupDto implements PublicLookupRequest {
  @ApiProperty({ example: 'TD-2026-000001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  code!: string;
  @ApiProperty({ example: '5678' })
  @IsString()
  @Matches(/^\d{4}$/)
  phoneLast4!: string;
}

export class SessionListQueryDto {
  @ApiPropertyOptional({ example: '2026-03-01' })
  @IsOptional()
  @Matches(ISO_DATE)
  from?: string;
  @ApiPropertyOptional({ example: '2026-03-31' })
  @IsOptional()
  @Matches(ISO_DATE)
  to?: string;
}
