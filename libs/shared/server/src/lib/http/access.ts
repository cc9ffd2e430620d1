import { CanActivate, ExecutionContext, Inject, Injectable, Optional, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Reflector } from '@nestjs/core';
import { CommonErrorCode, type Role } from '@culture-d/shared/contracts';
import { ProblemException } from './problem-details.filter';

export const ACCESS_RULE = 'culture-d:access';

/** Who may call a route. Every handler declares one (docs/adr/0003-sessions-and-access.md). */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
/** Any signed-in person. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);
/** A signed-in person holding at least one of these roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule));

/** What the identity domain attaches to the request once it has resolved the session. */
export interface Principal {
  userId: string;
  roles: readonly Role[];
  sessionId?: string;
}

/** Turns a request into its principal (the identity domain provides it, from the session cookie). */
export interface PrincipalResolver {
  resolve(request: FastifyRequest): Promise<Principal | undefined>;
}
export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');

export interface RequestWithPrincipal {
  /** `null` once resolved to "nobody". */
  principal?: Principal | null;
}

/** The principal of a request that the guard has let through a signed-in or role rule. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new ProblemException(401, CommonErrorCode.Unauthenticated, 'Sign in to do this.');
  return principal;
});

export function accessRuleOf(reflector: Reflector, context: ExecutionContext): AccessRule | undefined {
  return reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
}

/**
 * Deny by default: a route without a rule is refused to everyone (and a test lists every route's rule, so that
 * such a route never ships). Runs after the session has been resolved into `request.principal`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(PRINCIPAL_RESOLVER) private readonly resolver?: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = accessRuleOf(this.reflector, context);
    if (!rule) {
      throw new ProblemException(403, CommonErrorCode.Forbidden, 'This route declares no access rule.');
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithPrincipal>();
    if (request.principal === undefined) {
      request.principal = (await this.resolver?.resolve(request)) ?? null;
    }
    if (rule.kind === 'public') return true;
    const principal = request.principal;
    if (!principal) {
      throw new ProblemException(401, CommonErrorCode.Unauthenticated, 'Sign in to do this.');
    }
    if (rule.kind === 'signed-in') return true;
    if (rule.roles.some((role) => principal.roles.includes(role))) return true;
    throw new ProblemException(403, CommonErrorCode.Forbidden, 'Your role does not allow this.');
  }
}
