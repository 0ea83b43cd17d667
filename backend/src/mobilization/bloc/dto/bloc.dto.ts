import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BLOC_MEMBER_KINDS,
  BLOC_ROLES,
  CASE_CATEGORIES,
  NOTE_CHANNELS,
  RECOGNITION_LEVELS,
  RESOLUTION_KINDS,
  REVIEW_KINDS,
  SENTIMENT_LEVELS,
  type AddFollowUpRequest,
  type AddPlanTaskRequest,
  type BlocMemberInput,
  type BlocMemberKind,
  type BlocRole,
  type BlocRulesRequest,
  type CaseCategory,
  type CreateAssignmentRequest,
  type CreateBriefingRequest,
  type CreateInspectionRequest,
  type CreatePlanRequest,
  type CreateReviewRequest,
  type CreateSentimentNoteRequest,
  type EndTermRequest,
  type EvaluationQuery,
  type FocusCriterionInput,
  type NominateGoodPracticeRequest,
  type NoteChannel,
  type PlanTaskProgressRequest,
  type RecogniseGoodPracticeRequest,
  type RecognitionLevel,
  type RecordFocusScoresRequest,
  type ReportAssignmentRequest,
  type ResolutionInput,
  type ResolutionKind,
  type ReviewGoodPracticeRequest,
  type ReviewKind,
  type SelectFocusVillageRequest,
  type SentimentLevel,
  type SentimentNoteInput,
  type SentimentReportQuery,
} from '@tiep-dan/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ISO_DAY } from '../../../platform/http/iso-day';

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const Text = (max: number) => (target: object, key: string) => {
  IsString()(target, key);
  IsNotEmpty()(target, key);
  MaxLength(max)(target, key);
};

const Year = () => (target: object, key: string) => {
  Type(() => Number)(target, key);
  IsInt()(target, key);
  Min(2000)(target, key);
  Max(2100)(target, key);
};

export class CommuneQueryDto {
  @ApiPropertyOptional({
    description: 'Province users name the commune; commune users default to theirs',
  })
  @IsOptional()
  @IsUUID()
  communeId?: string;
}

export class YearQueryDto extends CommuneQueryDto {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Year() year?: number;
}

// ---- the bloc --------------------------------------------------------------------------------------------------------

export class BlocMemberInputDto implements BlocMemberInput {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ example: 'Nguyễn Thị Hồng' }) @Text(200) fullName!: string;
  @ApiProperty({ example: 'Chủ tịch Ủy ban MTTQ Việt Nam phường' })
  @Text(300)
  position!: string;
  @ApiProperty({ enum: BLOC_MEMBER_KINDS })
  @IsIn(BLOC_MEMBER_KINDS)
  kind!: BlocMemberKind;
  @ApiProperty({ enum: BLOC_ROLES }) @IsIn(BLOC_ROLES) blocRole!: BlocRole;
  @ApiPropertyOptional() @IsOptional() @IsUUID() userId?: string;
  @ApiProperty({ example: '2026-01-01' }) @Matches(ISO_DAY) termStart!: string;
}

export class EndTermDto implements EndTermRequest {
  @ApiProperty({ example: '2026-09-15' }) @Matches(ISO_DAY) termEnd!: string;
}

export class BlocRulesDto implements BlocRulesRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty() @Text(50_000) rules!: string;
  @ApiProperty({ example: '2026-01-15' }) @Matches(ISO_DAY) adoptedOn!: string;
}

// ---- the plan --------------------------------------------------------------------------------------------------------

export class ResolutionInputDto implements ResolutionInput {
  @ApiProperty({ enum: RESOLUTION_KINDS })
  @IsIn(RESOLUTION_KINDS)
  kind!: ResolutionKind;
  @ApiProperty({ example: '05-NQ/ĐU' }) @Text(100) reference!: string;
  @ApiProperty() @Text(1000) title!: string;
}

export class CreatePlanDto implements CreatePlanRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty() @Text(500) title!: string;
  @ApiProperty({ type: [ResolutionInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ResolutionInputDto)
  resolutions!: ResolutionInputDto[];
}

export class AddPlanTaskDto implements AddPlanTaskRequest {
  @ApiProperty() @Text(2000) content!: string;
  @ApiProperty() @IsUUID() resolutionId!: string;
  @ApiProperty() @IsUUID() ownerMemberId!: string;
  @ApiProperty({ example: '2026-12-15' }) @Matches(ISO_DAY) dueDate!: string;
}

export class PlanTaskProgressDto implements PlanTaskProgressRequest {
  @ApiProperty({ enum: ['in_progress', 'done'] })
  @IsIn(['in_progress', 'done'])
  status!: 'in_progress' | 'done';
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

// ---- briefings and notes ---------------------------------------------------------------------------------------------

export class SentimentNoteInputDto implements SentimentNoteInput {
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiProperty({ enum: CASE_CATEGORIES })
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;
  @ApiProperty({ enum: SENTIMENT_LEVELS })
  @IsIn(SENTIMENT_LEVELS)
  level!: SentimentLevel;
  @ApiProperty() @Text(5000) content!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() reporterMemberId?: string;
}

export class CreateSentimentNoteDto extends SentimentNoteInputDto implements CreateSentimentNoteRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ enum: NOTE_CHANNELS })
  @IsIn(NOTE_CHANNELS)
  channel!: NoteChannel;
  @ApiProperty({ example: '2026-10-03' }) @Matches(ISO_DAY) notedOn!: string;
}

export class CreateBriefingDto implements CreateBriefingRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ example: '2026-10-05' }) @Matches(ISO_DAY) heldOn!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  attendeeIds!: string[];
  @ApiProperty() @Text(20_000) summary!: string;
  @ApiPropertyOptional({ type: [SentimentNoteInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SentimentNoteInputDto)
  situations?: SentimentNoteInputDto[];
}

export class NotesQueryDto extends CommuneQueryDto {
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) from?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) to?: string;
}

export class SentimentReportQueryDto extends CommuneQueryDto implements SentimentReportQuery {
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty({ example: 4, minimum: 1, maximum: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter!: number;
}

// ---- evaluation and reviews ------------------------------------------------------------------------------------------

export class EvaluationQueryDto extends CommuneQueryDto implements EvaluationQuery {
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty({ enum: REVIEW_KINDS }) @IsIn(REVIEW_KINDS) kind!: ReviewKind;
}

export class CreateReviewDto implements CreateReviewRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty({ enum: REVIEW_KINDS }) @IsIn(REVIEW_KINDS) kind!: ReviewKind;
  @ApiProperty({ example: '2026-07-10' }) @Matches(ISO_DAY) heldOn!: string;
  @ApiProperty() @Text(50_000) summary!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  shortcomings?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  directions?: string;
}

// ---- inspections, assignments, focused villages ------------------------------------------------------------------------

export class CreateInspectionDto implements CreateInspectionRequest {
  @ApiProperty() @IsUUID() teamId!: string;
  @ApiProperty({ example: '2026-10-07' }) @Matches(ISO_DAY) visitedOn!: string;
  @ApiProperty({ example: '2026-09' }) @Matches(MONTH) month!: string;
  @ApiProperty() @IsBoolean() meetingHeld!: boolean;
  @ApiProperty() @IsBoolean() rulesKept!: boolean;
  @ApiProperty() @Text(20_000) findings!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  recommendations?: string;
}

export class MonthQueryDto extends CommuneQueryDto {
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(MONTH)
  month?: string;
}

export class CreateAssignmentDto implements CreateAssignmentRequest {
  @ApiProperty() @IsUUID() teamId!: string;
  @ApiProperty() @IsUUID() memberId!: string;
  @ApiProperty({ example: '2026-10' }) @Matches(MONTH) month!: string;
}

export class ReportAssignmentDto implements ReportAssignmentRequest {
  @ApiProperty() @IsBoolean() attended!: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class FocusCriterionInputDto implements FocusCriterionInput {
  @ApiProperty({ example: 'Hộ gia đình ký cam kết không tảo hôn (%)' })
  @Text(500)
  label!: string;
  @ApiProperty()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  weight!: number;
  @ApiProperty()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1_000_000)
  target!: number;
}

export class SelectFocusVillageDto implements SelectFocusVillageRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty() @IsUUID() neighbourhoodId!: string;
  @ApiProperty({ type: [FocusCriterionInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => FocusCriterionInputDto)
  criteria!: FocusCriterionInputDto[];
}

export class FocusValueDto {
  @ApiProperty() @IsUUID() criterionId!: string;
  @ApiProperty()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000)
  value!: number;
}

export class RecordFocusScoresDto implements RecordFocusScoresRequest {
  @ApiProperty({ example: '2026-10' }) @Matches(MONTH) month!: string;
  @ApiProperty({ type: [FocusValueDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => FocusValueDto)
  values!: FocusValueDto[];
}

// ---- Dân vận khéo ------------------------------------------------------------------------------------------------------

export class NominateGoodPracticeDto implements NominateGoodPracticeRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty() @Text(500) title!: string;
  @ApiProperty() @Text(20_000) description!: string;
  @ApiProperty() @Text(20_000) results!: string;
  @ApiProperty({ example: 'Chi hội Phụ nữ Tổ dân phố 1' })
  @Text(300)
  owner!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() teamId?: string;
}

export class ReviewGoodPracticeDto implements ReviewGoodPracticeRequest {
  @ApiProperty({ enum: ['endorse', 'reject'] })
  @IsIn(['endorse', 'reject'])
  outcome!: 'endorse' | 'reject';
  @ApiProperty() @Text(5000) note!: string;
}

export class RecogniseGoodPracticeDto implements RecogniseGoodPracticeRequest {
  @ApiProperty({ enum: RECOGNITION_LEVELS })
  @IsIn(RECOGNITION_LEVELS)
  level!: RecognitionLevel;
  @ApiPropertyOptional({ example: 'Quyết định số 45/QĐ-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionRef?: string;
}

export class AddFollowUpDto implements AddFollowUpRequest {
  @ApiProperty({ example: '2026-11-20' }) @Matches(ISO_DAY) followedOn!: string;
  @ApiProperty() @Text(500) place!: string;
  @ApiProperty() @Text(5000) note!: string;
}

export class GoodPracticeListQueryDto extends YearQueryDto {}
