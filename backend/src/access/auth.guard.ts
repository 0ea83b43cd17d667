import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from '../platform/http/public.decorator';
import { AccessErrors } from './access.errors';
import { Actor } from './actor';
import { AuthService } from './auth.service';
import { rolesAtDoor, type Action } from './policy';

export const ACTION_KEY = 'tiepdan:action';

/**
 * What the route does, as an action of the policy (policy.ts): only the roles the policy lets through to it may call
 * it (on top of authentication, which every non-public route requires). Every route names one or is @Public()
 * (controllers.spec.ts checks it).
 */
export const Allow = (action: Action) => SetMetadata(ACTION_KEY, action);

type AuthedRequest = Request & { actor?: Actor };

/** The signed-in actor of the request (set by the global AuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthedRequest>().actor;
  if (!actor) throw AccessErrors.tokenMissing();
  return actor;
});

/** The client's address as seen through trusted proxies. */
export const ClientIp = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | null => ctx.switchToHttp().getRequest<Request>().ip ?? null,
);

/**
 * Global guard: every route needs a valid bearer token of a live session unless marked @Public(); the route's
 * action (@Allow) narrows it to the roles the policy names. Registered once as APP_GUARD so no controller can forget it.
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
    const action = this.reflector.getAllAndOverride<Action | undefined>(ACTION_KEY, targets);
    if (action && !rolesAtDoor(action).includes(request.actor.role)) throw AccessErrors.roleNotAllowed();
    return true;
  }
}
