import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest, UserDto } from '@tiep-dan/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { OrganisationService } from '../organisation/organisation.service';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { Clock } from '../platform/clock/clock';
import { AccessErrors } from './access.errors';
import { Actor } from './actor';
import { AuthService } from './auth.service';
import { hashPassword, isStrongPassword } from './passwords';
import { UserEntity } from './user.entity';
import { findUser, listUsers } from './users-queries';
import { insertUser, saveUserChanges, updateUser } from './users.repository';

function toUserDto(u: UserEntity): UserDto {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    agencyId: u.agencyId,
    neighbourhoodId: u.neighbourhoodId,
    active: u.active,
    lockedUntil: u.lockedUntil ? u.lockedUntil.toISOString() : null,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisation: OrganisationService,
    private readonly audit: SecurityAuditService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<UserDto[]> {
    const rows = await listUsers(this.db.manager);
    return rows.map(toUserDto);
  }

  async create(admin: Actor, request: CreateUserRequest): Promise<UserDto> {
    if (!isStrongPassword(request.password)) throw AccessErrors.weakPassword('password');
    await this.organisation.getAgency(request.agencyId);
    if (request.neighbourhoodId) await this.organisation.getNeighbourhood(request.neighbourhoodId);
    const passwordHash = await hashPassword(request.password);
    try {
      return await this.db.transaction(async (tx) => {
        const user = await insertUser(tx, {
          username: request.username.toLowerCase(),
          fullName: request.fullName.trim(),
          passwordHash,
          role: request.role,
          agencyId: request.agencyId,
          neighbourhoodId: request.neighbourhoodId ?? null,
        });
        await this.audit.record(
          {
            action: 'user.create',
            actorId: admin.userId,
            actorUsername: admin.username,
            targetType: 'user',
            targetId: user.id,
            details: { role: user.role, agencyId: user.agencyId },
          },
          tx,
        );
        return toUserDto(user);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505')
        throw AccessErrors.usernameTaken();
      throw error;
    }
  }

  /** A role or agency change, or deactivation, ends the user's sessions so the new rights apply at once. */
  async update(admin: Actor, id: string, request: UpdateUserRequest): Promise<UserDto> {
    const loaded = await findUser(this.db.manager, id);
    if (!loaded) throw AccessErrors.userNotFound();
    const user: UserEntity = { ...loaded };
    if (request.agencyId) await this.organisation.getAgency(request.agencyId);
    if (request.neighbourhoodId) await this.organisation.getNeighbourhood(request.neighbourhoodId);
    const before = { role: user.role, agencyId: user.agencyId, active: user.active };
    if (request.fullName !== undefined) user.fullName = request.fullName.trim();
    if (request.role !== undefined) user.role = request.role;
    if (request.agencyId !== undefined) user.agencyId = request.agencyId;
    if (request.neighbourhoodId !== undefined) user.neighbourhoodId = request.neighbourhoodId;
    if (request.active !== undefined) user.active = request.active;
    if (request.unlock) {
      user.lockedUntil = null;
      user.failedLoginCount = 0;
    }
    const rightsChanged = before.role !== user.role || before.agencyId !== user.agencyId || (before.active && !user.active);
    return this.db.transaction(async (tx) => {
      const saved = await saveUserChanges(tx, loaded, user);
      const audit = { actorId: admin.userId, actorUsername: admin.username, targetType: 'user', targetId: user.id };
      if (before.role !== user.role)
        await this.audit.record({ ...audit, action: 'role.change', details: { from: before.role, to: user.role } }, tx);
      await this.audit.record({ ...audit, action: 'user.update', details: { ...request } }, tx);
      if (rightsChanged) await this.auth.revokeAllSessions(user.id, 'rights_changed', tx);
      return toUserDto(saved);
    });
  }

  /** A forgotten password: the administrator sets a new one, which also clears a lock-out and ends the user's sessions. */
  async resetPassword(admin: Actor, id: string, request: ResetPasswordRequest): Promise<void> {
    if (!isStrongPassword(request.newPassword)) throw AccessErrors.weakPassword('newPassword');
    const user = await findUser(this.db.manager, id);
    if (!user) throw AccessErrors.userNotFound();
    const passwordHash = await hashPassword(request.newPassword);
    await this.db.transaction(async (tx) => {
      await updateUser(tx, id, { passwordHash, passwordChangedAt: this.clock.now(), failedLoginCount: 0, lockedUntil: null });
      await this.audit.record(
        { action: 'password.reset', actorId: admin.userId, actorUsername: admin.username, targetType: 'user', targetId: id },
        tx,
      );
      await this.auth.revokeAllSessions(id, 'password_reset', tx);
    });
  }
}
