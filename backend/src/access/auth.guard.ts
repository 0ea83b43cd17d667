import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@tiep-dan/contracts';
import type { Request } from 'express';
import { IS_PUBLIC } from '../platform/http/public.decorator';
import { AccessErrors } from './access.errors';
import { Actor } from './actor';
import { AuthService } from './auth.service';

const ROLES_KEY = 'tiepdan:roles';

/** Only these roles may call the route (on top of authentication, which every non-public route requires). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

type AuthedRequest = Request & { actor?: Actor };

/** The signed-in actor of the request (set by the global AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthedRequest>().actor;
  if (!actor) throw AccessErrors.tokenMissing();
  return actor;
});

/** The client's address as seen through trusted proxies. */
export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => ctx.switchToHttp().getRequest<Request>().ip ?? null);

/**
 * Global guard: every route needs a valid bearer token of a live session unless marked @Public(); @Roles narrows
 * it further. Registered once as APP_GUARD so no controller can forget it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw AccessErrors.tokenMissing();
    request.actor = await this.auth.authenticate(match[1]);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.actor.role)) throw AccessErrors.roleNotAllowed();
    return true;
  }
}
