import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  OPINION_CASE_TYPES,
  type CaseCategory,
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
  IsOptional,
  IsUUID,
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
