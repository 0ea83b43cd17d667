import { createHash, createSecretKey, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@tiep-dan/contracts';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { AccessErrors } from './access.errors';
import { Actor } from './actor';

/** Access tokens are short-lived; the refresh token keeps a desk signed in through the working day. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 12 * 60 * 60_000;
/** However often it is refreshed, a session ends after this. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

interface AccessClaims {
  sub: string;
  usr: string;
  role: Role;
  agc: string;
  com: string | null;
  prv: string;
  nbh: string | null;
  sid: string;
  iat: number;
  exp: number;
}

@Injectable()
export class TokenService {
  /**
   * The HMAC key as a KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public
   * key on every verification, which cost more than the rest of authenticating a request.
   */
  private readonly key: Buffer;

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // @nestjs/jwt types the secret as string | Buffer but hands it to jsonwebtoken, which takes a KeyObject.
    this.key = createSecretKey(Buffer.from(config.secrets.authSecret)) as unknown as Buffer;
  }

  signAccess(actor: Actor): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const claims: AccessClaims = {
      sub: actor.userId,
      usr: actor.username,
      role: actor.role,
      agc: actor.agencyId,
      com: actor.communeId,
      prv: actor.provinceId,
      nbh: actor.neighbourhoodId,
      sid: actor.sessionId,
      iat,
      exp: iat + ACCESS_TOKEN_TTL_SECONDS,
    };
    return this.jwt.sign(claims, { secret: this.key, algorithm: 'HS256' });
  }

  /** Verifies signature and expiry against the injected clock. */
  verifyAccess(token: string): Actor {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(token, {
        secret: this.key,
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch (error) {
      throw (error as Error).name === 'TokenExpiredError' ? AccessErrors.tokenExpired() : AccessErrors.tokenInvalid();
    }
    return {
      userId: claims.sub,
      username: claims.usr,
      role: claims.role,
      agencyId: claims.agc,
      communeId: claims.com,
      provinceId: claims.prv,
      neighbourhoodId: claims.nbh,
      sessionId: claims.sid,
    };
  }

  /** A random opaque refresh token and the hash under which it is stored. */
  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token) };
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
