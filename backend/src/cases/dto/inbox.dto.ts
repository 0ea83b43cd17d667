import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  CASE_TYPES,
  INBOX_TABS,
  type AssignHandlerRequest,
  type CaseCategory,
  type CaseType,
  type InboxFilters,
  type InboxQuery,
  type InboxTab,
} from '@tiep-dan/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;

export class InboxFiltersDto implements InboxFilters {
  @ApiPropertyOptional({ enum: CASE_TYPES }) @IsOptional() @IsIn(CASE_TYPES) type?: CaseType;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: CaseCategory;
  @ApiPropertyOptional() @IsOptional() @IsUUID() neighbourhoodId?: string;
  @ApiPropertyOptional({ description: 'Words of the summary or a citizen name, accents optional' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ description: 'Only the cases assigned to me' }) @IsOptional() @Transform(toBoolean) @IsBoolean() mine?: boolean;
}

export class InboxQueryDto extends InboxFiltersDto implements InboxQuery {
  @ApiPropertyOptional({ enum: INBOX_TABS }) @IsOptional() @IsIn(INBOX_TABS) tab?: InboxTab;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class AssignHandlerDto implements AssignHandlerRequest {
  @ApiProperty({ type: String, nullable: true, description: 'The handler to give the case to; null hands it back unassigned' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  handlerId!: string | null;
  @ApiPropertyOptional({ example: 'Chuyên viên Bình đang nghỉ phép' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
}
