import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  OPINION_CASE_TYPES,
  type CaseCategory,
  type DialogueOpinionInput,
  type OpinionCaseType,
  type RaiseOpinionCaseItem,
  type RaiseOpinionCasesRequest,
} from '@tiep-dan/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** One opinion of a dialogue's minutes or a team meeting chosen to become a case. */
export class RaiseOpinionCaseItemDto implements RaiseOpinionCaseItem {
  @ApiProperty() @IsUUID() opinionId!: string;
  @ApiProperty({ enum: OPINION_CASE_TYPES })
  @IsIn(OPINION_CASE_TYPES)
  type!: OpinionCaseType;
  @ApiProperty() @IsUUID() leadAgencyId!: string;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;
}

export class RaiseOpinionCasesDto implements RaiseOpinionCasesRequest {
  @ApiProperty({ type: [RaiseOpinionCaseItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RaiseOpinionCaseItemDto)
  items!: RaiseOpinionCaseItemDto[];
}

/**
 * An opinion as the minutes of a gathering record it (a dialogue's minutes, a team meeting): who raised it, what, the
 * answer given, the category. Shared by the dialogues and the mobilization teams, whose opinions may become cases; the
 * class keeps its first name so the API's schema does not change.
 */
export class DialogueOpinionInputDto implements DialogueOpinionInput {
  @ApiPropertyOptional() @IsOptional() @IsUUID() id?: string;
  @ApiPropertyOptional({ example: 'Ông Nguyễn Văn Tư, tổ dân phố 3' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  raisedBy?: string;
  @ApiProperty({ example: 'Đề nghị sửa đèn chiếu sáng ngõ 12' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  content!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  answer?: string;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;
}
