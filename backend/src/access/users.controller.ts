import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Page, SECURITY_AUDIT_ACTIONS, SecurityAuditAction, SecurityAuditEntryDto, UserDto } from '@tiep-dan/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { Actor } from './actor';
import { Allow, CurrentActor } from './auth.guard';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

class AuditQueryDto {
  @IsOptional() @IsIn(SECURITY_AUDIT_ACTIONS) action?: SecurityAuditAction;
  @IsOptional() @IsString() targetId?: string;
  @IsOptional() @IsString() cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

@ApiTags('admin')
@ApiBearerAuth()
@Allow('users.manage')
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: SecurityAuditService,
  ) {}

  @Get('users')
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post('users')
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Patch('users/:id')
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  @Post('users/:id/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  resetPassword(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(actor, id, body);
  }

  @Get('security-audit')
  auditLog(@Query() query: AuditQueryDto): Promise<Page<SecurityAuditEntryDto>> {
    return this.audit.list({ action: query.action, targetId: query.targetId, cursor: query.cursor, limit: query.limit ?? 50 });
  }
}
