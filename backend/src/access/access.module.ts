import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module';
import { SecurityAuditEntity } from '../platform/audit/security-audit.entity';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { ACCESS_ENTITIES } from './access.entities';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [JwtModule.register({}), OrganisationModule, TypeOrmModule.forFeature([...ACCESS_ENTITIES, SecurityAuditEntity])],
  controllers: [AuthController, UsersController],
  providers: [AuthService, TokenService, UsersService, SecurityAuditService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SecurityAuditService, UsersService],
})
export class AccessModule {}
