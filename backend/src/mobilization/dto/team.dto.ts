import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SCORECARD_METRICS,
  TEAM_MEMBER_ROLES,
  type CreateMeetingRequest,
  type CreateTeamRequest,
  type GoodPracticeInput,
  type ScorecardMetric,
  type TeamMemberInput,
  type TeamMemberRole,
  type TeamTaskInput,
  type UpdateCriteriaRequest,
  type UpdateCriterionRequest,
} from '@tiep-dan/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { DialogueOpinionInputDto } from '../../cases/dto/opinion-cases.dto';
import { ISO_DAY } from '../../platform/http/iso-day';

export class TeamMemberInputDto implements TeamMemberInput {
  @ApiProperty({ example: 'Hoàng Văn Bình' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;
  @ApiProperty({ enum: TEAM_MEMBER_ROLES })
  @IsIn(TEAM_MEMBER_ROLES)
  role!: TeamMemberRole;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\+?[0-9 .-]{8,15}$/)
  phone?: string;
  @ApiProperty({ example: '2025-10-01' }) @Matches(ISO_DAY) termStart!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) termEnd?: string;
}

export class CreateTeamDto implements CreateTeamRequest {
  @ApiProperty() @IsUUID() neighbourhoodId!: string;
  @ApiProperty({ example: 'Tổ dân vận Tổ dân phố 3' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;
  @ApiProperty({ example: '2025-10-01' }) @Matches(ISO_DAY) termStart!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) termEnd?: string;
  @ApiPropertyOptional({ type: [TeamMemberInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInputDto)
  members?: TeamMemberInputDto[];
}

export class AddMembersDto {
  @ApiProperty({ type: [TeamMemberInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInputDto)
  members!: TeamMemberInputDto[];
}

export class TeamTaskInputDto implements TeamTaskInput {
  @ApiProperty() @IsUUID() memberId!: string;
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) dueDate?: string;
}

export class CreateMeetingDto implements CreateMeetingRequest {
  @ApiProperty({ example: '2026-03-05' }) @Matches(ISO_DAY) date!: string;
  @ApiProperty() @IsInt() @Min(0) @Max(1000) attendance!: number;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  topics!: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  notes?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  propagandaSessions?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  peopleReached?: number;
  @ApiProperty({ type: [DialogueOpinionInputDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DialogueOpinionInputDto)
  opinions!: DialogueOpinionInputDto[];
  @ApiPropertyOptional({ type: [TeamTaskInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TeamTaskInputDto)
  tasks?: TeamTaskInputDto[];
}

export class UpdateCriterionDto implements UpdateCriterionRequest {
  @ApiProperty({ enum: SCORECARD_METRICS })
  @IsIn(SCORECARD_METRICS)
  metric!: ScorecardMetric;
  @ApiProperty()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  weight!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(1_000_000) target!: number;
}

export class UpdateCriteriaDto implements UpdateCriteriaRequest {
  @ApiProperty({ type: [UpdateCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SCORECARD_METRICS.length)
  @ValidateNested({ each: true })
  @Type(() => UpdateCriterionDto)
  criteria!: UpdateCriterionDto[];
}

export class GoodPracticeInputDto implements GoodPracticeInput {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  description!: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class ScorecardQueryDto {
  @ApiPropertyOptional({
    example: '2026-03',
    description: 'YYYY-MM; defaults to the current month',
  })
  @IsOptional()
  @Matches(MONTH)
  month?: string;
}

export class RankingQueryDto extends ScorecardQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
}

export class TeamListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
}

export class GoodPracticeQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
}
