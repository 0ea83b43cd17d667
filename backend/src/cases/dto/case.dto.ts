import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  CASE_TYPES,
  INTAKE_CHANNELS,
  PENDING_PARTIES,
  type ApplyCaseEventRequest,
  type CaseCategory,
  type CaseListQuery,
  type CaseReminderRequest,
  type CasePartyInput,
  type CaseType,
  type CreateCaseRequest,
  type DenouncerIdentityInput,
  type IntakeChannel,
  type PendingParty,
  type ReDenunciationRequest,
  type RevealIdentityRequest,
  type SecondComplaintRequest,
} from '@tiep-dan/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CasePartyDto implements CasePartyInput {
  @ApiProperty({ example: 'Nguyễn Văn An' }) @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @ApiPropertyOptional({ description: 'CCCD: 12 digits (older IDs 9)' }) @IsOptional() @Matches(/^(\d{9}|\d{12})$/) idNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) address?: string;
  @ApiPropertyOptional({ example: '0912345678' }) @IsOptional() @Matches(/^\+?[0-9 .-]{8,15}$/) phone?: string;
}

export class DenouncerDto extends CasePartyDto implements DenouncerIdentityInput {
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
}

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ enum: CASE_TYPES }) @IsIn(CASE_TYPES) type!: CaseType;
  @ApiProperty({ enum: INTAKE_CHANNELS }) @IsIn(INTAKE_CHANNELS) channel!: IntakeChannel;
  @ApiProperty({ enum: CASE_CATEGORIES }) @IsIn(CASE_CATEGORIES) category!: CaseCategory;
  @ApiProperty({ example: 'Đề nghị bồi thường khi thu hồi đất' }) @IsString() @IsNotEmpty() @MaxLength(1000) summary!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20_000) content?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) receivedAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiPropertyOptional({ description: 'The agency that triages and handles the letter' }) @IsOptional() @IsUUID() leadAgencyId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 10_000 }) @IsOptional() @IsInt() @Min(1) @Max(10_000) groupSize?: number;
  @ApiPropertyOptional({ type: CasePartyDto }) @IsOptional() @ValidateNested() @Type(() => CasePartyDto) petitioner?: CasePartyDto;
  @ApiPropertyOptional({ type: [CasePartyDto], description: 'Group visits: 1–5 representatives' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => CasePartyDto)
  representatives?: CasePartyDto[];
  @ApiPropertyOptional({ type: DenouncerDto }) @IsOptional() @ValidateNested() @Type(() => DenouncerDto) denouncer?: DenouncerDto;
  @ApiPropertyOptional({ enum: ['first', 'second'] }) @IsOptional() @IsIn(['first', 'second']) level?: 'first' | 'second';
  @ApiPropertyOptional() @IsOptional() @IsUUID() secondComplaintOf?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() duplicateOf?: string;
  @ApiPropertyOptional({
    description: 'Complaint: the date (YYYY-MM-DD) the complainant received or learned of the decision (90-day limitation, Art. 9)',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  learnedAt?: string;
  @ApiPropertyOptional({ description: 'Complaint: an obstacle that kept the complainant from filing in time (Art. 9)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  limitationObstacle?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() forwardedFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() sessionId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() ownerAgencyId?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsDateString({ strict: true }) dueDate?: string;
}

export class ApplyCaseEventDto implements ApplyCaseEventRequest {
  @ApiProperty({ example: 'TRIAGE_ACCEPT' }) @IsString() @Matches(/^[A-Z][A-Z_]{1,63}$/) type!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject() payload?: Record<string, unknown>;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;

export class CaseListQueryDto implements CaseListQuery {
  @ApiPropertyOptional({ enum: CASE_TYPES }) @IsOptional() @IsIn(CASE_TYPES) type?: CaseType;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-zA-Z.]{1,100}$/) state?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: CaseCategory;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() dueSoon?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsDateString() receivedFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() receivedTo?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() open?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsUUID() leadAgencyId?: string;
  @ApiPropertyOptional({ description: 'Only cases given to no agency yet' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  noLeadAgency?: boolean;
  @ApiPropertyOptional({ description: 'Only cases whose neighbourhood is not known' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  noNeighbourhood?: boolean;
  @ApiPropertyOptional({ enum: PENDING_PARTIES, description: 'Whose step the case waits for' })
  @IsOptional()
  @IsIn(PENDING_PARTIES)
  pendingParty?: PendingParty;
  @ApiPropertyOptional() @IsOptional() @IsDateString() closedFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() closedTo?: string;
  @ApiPropertyOptional({ description: 'Words of the summary or a citizen name, accents optional' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** A second complaint on a first one (POST /api/cases/:id/second-complaint). */
export class SecondComplaintDto implements SecondComplaintRequest {
  @ApiPropertyOptional({ description: 'When the second complaint was received (default now)' })
  @IsOptional()
  @IsDateString({ strict: true })
  receivedAt?: string;
  @ApiPropertyOptional({ enum: INTAKE_CHANNELS }) @IsOptional() @IsIn(INTAKE_CHANNELS) channel?: IntakeChannel;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES, description: 'By default the first complaint’s' })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;
  @ApiPropertyOptional({ description: 'What the complainant disputes in the first decision' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20_000) content?: string;
  @ApiPropertyOptional({ description: 'An obstacle that kept the complainant from filing within 30 (45) days (Art. 33, 9)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  obstacle?: string;
}

/** A re-denunciation at the next level (POST /api/cases/:id/re-denunciation). */
export class ReDenunciationDto implements ReDenunciationRequest {
  @ApiProperty({ example: 'Người tố cáo cho rằng kết luận chưa xem xét đủ chứng cứ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
  @ApiPropertyOptional({ description: 'The next level (default: the province)' }) @IsOptional() @IsUUID() toAgencyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) receivedAt?: string;
  @ApiPropertyOptional({ enum: INTAKE_CHANNELS }) @IsOptional() @IsIn(INTAKE_CHANNELS) channel?: IntakeChannel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) summary?: string;
}

export class RevealIdentityDto implements RevealIdentityRequest {
  @ApiProperty({ example: 'Xác minh nội dung tố cáo, cần liên hệ người tố cáo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

/** A leader's reminder to the agency (POST /api/cases/:id/reminders). */
export class CaseReminderRequestDto implements CaseReminderRequest {
  @ApiPropertyOptional({ example: 'Đề nghị báo cáo kết quả trước ngày 20/3' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
