import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateOpen311ClientRequest } from '@tiep-dan/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** "Optional" in GeoReport v2: an empty parameter is a parameter not sent. */
const blankToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value) : value;

/** `jurisdiction_id` alone (services, a service definition, one request). */
export class Open311JurisdictionQueryDto {
  @ApiPropertyOptional({
    description: 'The commune code (required: this endpoint serves every commune)',
    example: 'AP',
  })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(50)
  jurisdiction_id?: string;
  /** Clients often send their key on every call; reading needs none, so it is accepted and ignored. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  api_key?: string;
}

export class Open311RequestsQueryDto extends Open311JurisdictionQueryDto {
  @ApiPropertyOptional({
    description: 'Comma-separated ids; overrides the other filters',
  })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(2000)
  service_request_id?: string;
  @ApiPropertyOptional({ description: 'Comma-separated service codes' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(1000)
  service_code?: string;
  @ApiPropertyOptional({
    description: 'w3 date-time, e.g. 2026-06-01T00:00:00+07:00',
  })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(40)
  start_date?: string;
  @ApiPropertyOptional({ description: 'w3 date-time' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(40)
  end_date?: string;
  @ApiPropertyOptional({ description: 'open, closed, or both comma-separated' })
  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^(open|closed)(,(open|closed))*$/)
  status?: string;
}

/** POST Service Request, as form fields (application/x-www-form-urlencoded) or JSON. */
export class Open311CreateRequestDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200)
  api_key?: string;
  @ApiPropertyOptional({ example: 'AP' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(50)
  jurisdiction_id?: string;
  @ApiPropertyOptional({ example: 'PA-DEN-DUONG' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(50)
  service_code?: string;
  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;
  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(-180)
  @Max(180)
  long?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(500)
  address_string?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200)
  address_id?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsEmail()
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200)
  device_id?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200)
  account_id?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(100)
  first_name?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(100)
  last_name?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^\+?[0-9 .-]{8,15}$/)
  phone?: string;
  @ApiPropertyOptional({
    description: 'Free text, line breaks allowed, at most 4,000 characters',
  })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(4000)
  description?: string;
  @ApiPropertyOptional({
    description: 'A link to a photo; kept and returned, never fetched',
  })
  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^https?:\/\/[^\s]+$/)
  @MaxLength(2000)
  media_url?: string;
  /** `attribute[code]=value`: no service here has attributes (metadata false), so any sent are ignored. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  attribute?: Record<string, unknown>;
}

export class CreateOpen311ClientDto implements CreateOpen311ClientRequest {
  @ApiProperty({ example: 'Ứng dụng Phản ánh hiện trường của tỉnh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}
