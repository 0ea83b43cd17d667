import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateUserRequest, ResetPasswordRequest, Role, ROLES, UpdateUserRequest } from '@tiep-dan/contracts';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'tiepdan.phuonga' })
  @Matches(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ description: 'At least 10 characters with letters and digits' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty()
  @IsUUID()
  agencyId!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((o: CreateUserDto) => o.neighbourhoodId !== null)
  @IsUUID()
  neighbourhoodId?: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) fullName?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((o: UpdateUserDto) => o.neighbourhoodId !== null)
  @IsUUID()
  neighbourhoodId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() unlock?: boolean;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'At least 10 characters with letters and digits' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  newPassword!: string;
}
