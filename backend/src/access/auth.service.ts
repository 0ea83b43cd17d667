import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePasswordRequest, CurrentUserDto, LoginRequest, TokenResponse } from '@tiep-dan/contracts';
import { DataSource, EntityManager, EntityNotFoundError } from 'typeorm';
import { AgencyEntity } from '../organisation/agency.entity';
import { agencyFacts } from '../organisation/organisation-read-model';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { Clock } from '../platform/clock/clock';
import { AccessErrors } from './access.errors';
import { Actor } from './actor';
import { RateLimiter } from '../platform/throttle/rate-limiter';
import { LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_BACKOFF, LOGIN_WINDOW_MS, loginAddressKey, loginFailureKey } from './login-throttle';
import { DUMMY_HASH, hashPassword, isStrongPassword, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { ACCESS_TOKEN_TTL_SECONDS, hashToken, REFRESH_TOKEN_TTL_MS, SESSION_MAX_AGE_MS, TokenService } from './token.service';
import { UserEntity } from './user.entity';
import { findSession, findUser, findUserByUsername, lockRefreshToken } from './users-queries';
import { insertRefreshToken, insertSession, markRefreshTokenUsed, revokeSession, revokeUserSessions, updateUser } from './users.repository';

/** What a signed-in user's answer tells of the agency. */
export type AgencyCard = Pick<AgencyEntity, 'id' | 'name' | 'kind' | 'communeId' | 'provinceId'>;

/** The agency of a user, as `findOneOrFail` answered: an EntityNotFoundError when it is gone. */
async function agencyCard(db: Pick<EntityManager, 'query'>, id: string): Promise<AgencyCard> {
  const [a] = await agencyFacts(db, [id]);
  if (!a) throw new EntityNotFoundError(AgencyEntity, { where: { id } });
  return { id: a.id, name: a.name, kind: a.kind, communeId: a.commune_id, provinceId: a.province_id };
}

/** A user that must exist, as `findOneOrFail` answered: an EntityNotFoundError when it is gone. */
async function existingUser(db: Pick<EntityManager, 'query'>, id: string): Promise<UserEntity> {
  const user = await findUser(db, id);
  if (!user) throw new EntityNotFoundError(UserEntity, { where: { id } });
  return user;
}

/** How long a confirmed-live session is trusted before the database is asked again (revocation delay, per instance). */
const SESSION_CHECK_CACHE_MS = 5_000;

@Injectable()
export class AuthService {
  private readonly liveSessions = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: SecurityAuditService,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Signs in. Throttled per address (shared by every instance) and, after a few failures of one account from one
   * address, delayed more and more for that pair only: a stranger elsewhere cannot lock the owner out, and an unknown
   * username gets exactly the answers a real one gets.
   */
  async login(request: LoginRequest, ip: string | null): Promise<TokenResponse> {
    const now = this.clock.now();
    const wait = await this.limiter.hit(loginAddressKey(ip), LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_WINDOW_MS, now);
    if (wait > 0) throw AccessErrors.tooManyAttempts(wait);

    const username = request.username.trim().toLowerCase();
    const failureKey = loginFailureKey(username, ip);
    const blocked = await this.limiter.blockedFor(failureKey, now);
    if (blocked > 0) throw AccessErrors.tooManyAttempts(blocked);
    const user = await findUserByUsername(this.db.manager, username);
    if (!user || !user.active) {
      await verifyPassword(DUMMY_HASH, request.password);
      const { failures } = await this.limiter.fail(failureKey, LOGIN_BACKOFF, now);
      await this.audit.record({
        action: 'login.failure',
        actorUsername: username,
        ip,
        details: { reason: user ? 'inactive' : 'unknown_user', failures },
      });
      throw AccessErrors.invalidCredentials();
    }
    if (!(await verifyPassword(user.passwordHash, request.password))) {
      const { failures } = await this.limiter.fail(failureKey, LOGIN_BACKOFF, now);
      await this.audit.record({
        action: 'login.failure',
        actorId: user.id,
        actorUsername: user.username,
        ip,
        details: { reason: 'wrong_password', failures },
      });
      throw AccessErrors.invalidCredentials();
    }

    await this.limiter.clear(failureKey);
    return this.db.transaction(async (tx) => {
      await updateUser(tx, user.id, { failedLoginCount: 0, lockedUntil: null });
      const session = await insertSession(tx, { userId: user.id, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS), ip });
      await this.audit.record(
        { action: 'login.success', actorId: user.id, actorUsername: username, ip, targetType: 'session', targetId: session.id },
        tx,
      );
      return this.issue(tx, user, session, now);
    });
  }

  /** Exchanges a refresh token for a new pair; a token presented twice revokes its whole session (it was stolen). */
  async refresh(refreshToken: string, ip: string | null): Promise<TokenResponse> {
    const now = this.clock.now();
    const outcome = await this.db.transaction(async (tx) => {
      const stored = await lockRefreshToken(tx, hashToken(refreshToken));
      if (!stored) return { error: AccessErrors.refreshInvalid() };
      const session = await findSession(tx, stored.sessionId);
      if (!session) throw new EntityNotFoundError(SessionEntity, { where: { id: stored.sessionId } });
      if (stored.usedAt) {
        await this.revokeSession(tx, session.id, 'refresh_token_reuse', now);
        await this.audit.record(
          { action: 'token.refresh_reuse', actorId: session.userId, ip, targetType: 'session', targetId: session.id },
          tx,
        );
        return { error: AccessErrors.refreshInvalid() };
      }
      if (session.revokedAt || session.expiresAt <= now || stored.expiresAt <= now) return { error: AccessErrors.refreshInvalid() };
      const user = await findUser(tx, session.userId);
      if (!user || !user.active) return { error: AccessErrors.refreshInvalid() };
      await markRefreshTokenUsed(tx, stored.tokenHash, now);
      return { tokens: await this.issue(tx, user, session, now) };
    });
    // The reuse revocation above must commit, so the error is thrown only after the transaction.
    if ('error' in outcome && outcome.error) throw outcome.error;
    return (outcome as { tokens: TokenResponse }).tokens;
  }

  async logout(actor: Actor, ip: string | null): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.revokeSession(tx, actor.sessionId, 'logout', this.clock.now());
      await this.audit.record(
        { action: 'logout', actorId: actor.userId, actorUsername: actor.username, ip, targetType: 'session', targetId: actor.sessionId },
        tx,
      );
    });
  }

  /** A new password ends every other session of the user. */
  async changePassword(actor: Actor, request: ChangePasswordRequest, ip: string | null): Promise<void> {
    if (!isStrongPassword(request.newPassword)) throw AccessErrors.weakPassword('newPassword');
    const user = await existingUser(this.db.manager, actor.userId);
    if (!(await verifyPassword(user.passwordHash, request.currentPassword))) throw AccessErrors.wrongPassword();
    const hash = await hashPassword(request.newPassword);
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      await updateUser(tx, user.id, { passwordHash: hash, passwordChangedAt: now });
      await revokeUserSessions(tx, user.id, now, 'password_change', actor.sessionId);
      await this.audit.record(
        { action: 'password.change', actorId: user.id, actorUsername: user.username, ip, targetType: 'user', targetId: user.id },
        tx,
      );
    });
    this.liveSessions.clear();
  }

  /** Ends every session of a user (deactivation, role change). */
  async revokeAllSessions(userId: string, reason: string, tx: EntityManager): Promise<void> {
    await revokeUserSessions(tx, userId, this.clock.now(), reason);
    this.liveSessions.clear();
  }

  /** Resolves a bearer token to its actor; refuses expired tokens and ended sessions. */
  async authenticate(accessToken: string): Promise<Actor> {
    const actor = this.tokens.verifyAccess(accessToken);
    const now = this.clock.now().getTime();
    const checked = this.liveSessions.get(actor.sessionId);
    if (checked === undefined || now - checked > SESSION_CHECK_CACHE_MS || now < checked) {
      const session = await findSession(this.db.manager, actor.sessionId);
      if (!session || session.revokedAt || session.expiresAt.getTime() <= now) {
        this.liveSessions.delete(actor.sessionId);
        throw AccessErrors.sessionRevoked();
      }
      this.liveSessions.set(actor.sessionId, now);
    }
    return actor;
  }

  async currentUser(actor: Actor): Promise<CurrentUserDto> {
    const user = await existingUser(this.db.manager, actor.userId);
    const agency = await agencyCard(this.db.manager, user.agencyId);
    return toCurrentUser(user, agency);
  }

  private async revokeSession(tx: EntityManager, sessionId: string, reason: string, now: Date): Promise<void> {
    await revokeSession(tx, sessionId, now, reason);
    this.liveSessions.delete(sessionId);
  }

  private async issue(tx: EntityManager, user: UserEntity, session: SessionEntity, now: Date): Promise<TokenResponse> {
    const agency = await agencyCard(tx, user.agencyId);
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      role: user.role,
      agencyId: user.agencyId,
      communeId: agency.communeId,
      provinceId: agency.provinceId ?? agency.id,
      neighbourhoodId: user.neighbourhoodId,
      sessionId: session.id,
    };
    const refresh = this.tokens.newRefreshToken();
    const refreshExpiresAt = new Date(Math.min(now.getTime() + REFRESH_TOKEN_TTL_MS, session.expiresAt.getTime()));
    await insertRefreshToken(tx, { tokenHash: refresh.hash, sessionId: session.id, issuedAt: now, expiresAt: refreshExpiresAt });
    return {
      accessToken: this.tokens.signAccess(actor),
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      refreshToken: refresh.token,
      refreshExpiresAt: refreshExpiresAt.toISOString(),
      user: toCurrentUser(user, agency),
    };
  }
}

export function toCurrentUser(user: UserEntity, agency: AgencyCard): CurrentUserDto {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    agency: { id: agency.id, name: agency.name, kind: agency.kind },
    communeId: agency.communeId,
    provinceId: agency.provinceId ?? agency.id,
    neighbourhoodId: user.neighbourhoodId,
  };
}
