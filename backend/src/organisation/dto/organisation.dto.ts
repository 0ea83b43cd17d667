import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENCY_KINDS,
  AgencyKind,
  CreateAgencyRequest,
  CreateNeighbourhoodRequest,
  NEIGHBOURHOOD_KINDS,
  NeighbourhoodKind,
  UpdateAgencyRequest,
  UpdateNeighbourhoodRequest,
} from '@tiep-dan/contracts';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

export class CreateAgencyDto implements CreateAgencyRequest {
  @ApiProperty({ nullable: true, description: 'null only for a province' })
  @ValidateIf((o: CreateAgencyDto) => o.parentId !== null)
  @IsUUID()
  parentId!: string | null;

  @ApiProperty({ enum: AGENCY_KINDS })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiProperty({ example: 'HN-PHUONG-A' })
  @Matches(/^[A-Z0-9][A-Z0-9_.-]{1,40}$/)
  code!: string;

  @ApiProperty({ example: 'UBND phường A' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  remoteArea?: boolean;
}

export class UpdateAgencyDto implements UpdateAgencyRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remoteArea?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class CreateNeighbourhoodDto implements CreateNeighbourhoodRequest {
  @ApiProperty() @IsUUID() communeId!: string;
  @ApiProperty({ enum: NEIGHBOURHOOD_KINDS }) @IsIn(NEIGHBOURHOOD_KINDS) kind!: NeighbourhoodKind;
  @ApiProperty({ example: 'Tổ dân phố số 3' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
}

export class UpdateNeighbourhoodDto implements UpdateNeighbourhoodRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: NEIGHBOURHOOD_KINDS }) @IsOptional() @IsIn(NEIGHBOURHOOD_KINDS) kind?: NeighbourhoodKind;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class NeighbourhoodQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() communeId?: string;
}
