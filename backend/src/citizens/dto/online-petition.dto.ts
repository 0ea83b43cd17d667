import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_CATEGORIES,
  NOTICE_CHANNELS,
  ONLINE_PETITION_LIMITS,
  ONLINE_PETITION_TYPES,
  type CaseCategory,
  type NoticeChannel,
  type OnlinePetitionRequest,
  type OnlinePetitionType,
  type RateCaseRequest,
} from '@tiep-dan/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
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
} from 'class-validator';

/** A form field left empty is a field not sent (multipart sends every field as text). */
const blankToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value) : value;
/** `notify=email&notify=sms` or `notify=email,sms`. */
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class OnlinePetitionDto implements OnlinePetitionRequest {
  @ApiProperty({ enum: ONLINE_PETITION_TYPES })
  @IsIn(ONLINE_PETITION_TYPES)
  type!: OnlinePetitionType;
  @ApiProperty({ enum: CASE_CATEGORIES })
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;
  @ApiProperty() @IsUUID() communeId!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsUUID()
  neighbourhoodId?: string;
  @ApiProperty({ example: 'Đèn đường trước nhà số 12 không sáng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(ONLINE_PETITION_LIMITS.summaryMaxLength)
  summary!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(ONLINE_PETITION_LIMITS.detailsMaxLength)
  details?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(ONLINE_PETITION_LIMITS.addressMaxLength)
  placeAddress?: string;
  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number;
  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200)
  fullName?: string;
  @ApiPropertyOptional({ description: 'CCCD: 12 digits (older IDs 9)' })
  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^(\d{9}|\d{12})$/)
  idNumber?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(500)
  senderAddress?: string;
  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^\+?[0-9 .-]{8,15}$/)
  phone?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsEmail()
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional({ enum: NOTICE_CHANNELS, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(NOTICE_CHANNELS.length)
  @IsIn(NOTICE_CHANNELS, { each: true })
  notify?: NoticeChannel[];
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) challenge!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) solution!: string;
  @ApiPropertyOptional({ description: 'Leave empty' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class RateCaseDto implements RateCaseRequest {
  @ApiProperty({ example: 'PA-2026-000001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  code!: string;
  @ApiProperty({ example: '4433' }) @Matches(/^\d{4}$/) phoneLast4!: string;
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  stars!: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
