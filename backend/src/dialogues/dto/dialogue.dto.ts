import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  DIALOGUE_KINDS,
  type CaseCategory,
  type CreateCommitmentRequest,
  type CreateDialogueRequest,
  type DialogueKind,
  type DialogueListQuery,
  type RecordMinutesRequest,
} from '@tiep-dan/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { DialogueOpinionInputDto } from '../../cases/dto/opinion-cases.dto';
import { ISO_DAY } from '../../platform/http/iso-day';

export class CreateDialogueDto implements CreateDialogueRequest {
  @ApiProperty({ enum: DIALOGUE_KINDS })
  @IsIn(DIALOGUE_KINDS)
  kind!: DialogueKind;
  @ApiProperty({ example: 'Đối thoại với nhân dân về giải phóng mặt bằng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;
  @ApiProperty({ example: '2026-03-10' }) @Matches(ISO_DAY) date!: string;
  @ApiProperty({ example: 'Hội trường UBND phường' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  place!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  chairs!: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  invitedAgencyIds?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  participantCount?: number;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  representatives?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  topics?: string[];
  @ApiPropertyOptional({
    description: "A complaint's mandatory dialogue: the complaint case",
  })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

export class RecordMinutesDto implements RecordMinutesRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(20_000) summary!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  participantCount?: number;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  representatives?: string[];
  @ApiProperty({ type: [DialogueOpinionInputDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DialogueOpinionInputDto)
  opinions!: DialogueOpinionInputDto[];
}

export class CreateCommitmentDto implements CreateCommitmentRequest {
  @ApiProperty({ example: 'Lắp đặt đèn chiếu sáng ngõ 12 trước 30/4' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  content!: string;
  @ApiProperty() @IsUUID() ownerAgencyId!: string;
  @ApiProperty({ example: '2026-04-30' }) @Matches(ISO_DAY) dueDate!: string;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;
}

export class DialogueListQueryDto implements DialogueListQuery {
  @ApiPropertyOptional({ enum: DIALOGUE_KINDS })
  @IsOptional()
  @IsIn(DIALOGUE_KINDS)
  kind?: DialogueKind;
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() caseId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) from?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ISO_DAY) to?: string;
}
