import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  LETTER_CHANNELS,
  LETTER_MATTER_TYPES,
  MAX_LETTER_MATTERS,
  MAX_LETTER_SENDERS,
  type CaseCategory,
  type LetterChannel,
  type LetterListQuery,
  type LetterMatterInput,
  type LetterMatterType,
  type RegisterLetterRequest,
} from '@tiep-dan/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  Matches,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CasePartyDto, toBoolean } from '../../cases/dto/case.dto';

export class LetterMatterDto implements LetterMatterInput {
  @ApiProperty({ enum: LETTER_MATTER_TYPES }) @IsIn(LETTER_MATTER_TYPES) type!: LetterMatterType;
  @ApiProperty({ enum: CASE_CATEGORIES }) @IsIn(CASE_CATEGORIES) category!: CaseCategory;
  @ApiProperty({ example: 'Khiếu nại quyết định thu hồi đất' }) @IsString() @IsNotEmpty() @MaxLength(1000) summary!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20_000) content?: string;
  @ApiPropertyOptional({ description: 'The unit that triages and handles this matter' }) @IsOptional() @IsUUID() leadAgencyId?: string;
  @ApiPropertyOptional({ description: 'A complaint: the date the complainant learned of the decision (YYYY-MM-DD, 90-day limitation)' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  learnedAt?: string;
}

export class RegisterLetterDto implements RegisterLetterRequest {
  @ApiProperty({ enum: LETTER_CHANNELS }) @IsIn(LETTER_CHANNELS) channel!: LetterChannel;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) receivedAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiProperty({ type: [CasePartyDto], description: `1–${MAX_LETTER_SENDERS} named senders` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LETTER_SENDERS)
  @ValidateNested({ each: true })
  @Type(() => CasePartyDto)
  senders!: CasePartyDto[];
  @ApiPropertyOptional({ minimum: 1, maximum: 100_000 }) @IsOptional() @IsInt() @Min(1) @Max(100_000) signatoryCount?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300) forwardedBy?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) documentNo?: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) summary!: string;
  @ApiProperty({ type: [LetterMatterDto], description: `1–${MAX_LETTER_MATTERS} matters: a mixed letter is split into one case each` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LETTER_MATTERS)
  @ValidateNested({ each: true })
  @Type(() => LetterMatterDto)
  matters!: LetterMatterDto[];
}

export class LetterListQueryDto implements LetterListQuery {
  @ApiPropertyOptional({ enum: LETTER_CHANNELS }) @IsOptional() @IsIn(LETTER_CHANNELS) channel?: LetterChannel;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) receivedFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) receivedTo?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  pending?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
