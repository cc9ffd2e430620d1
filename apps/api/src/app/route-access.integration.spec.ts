import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '@culture-d/shared/server';
import { startTestApp, type TestApp } from '../testing/test-app';

interface RouteRule {
  route: string;
  rule: AccessRule | undefined;
}

/** Every handler of every controller the application registers, with the access rule it declares. */
function listRoutes(t: TestApp): RouteRule[] {
  const routes: RouteRule[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const rule = (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller)) as AccessRule | undefined;
        routes.push({ route: `${RequestMethod[method]} /${[base, path].filter(Boolean).join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'), rule });
      }
    }
  }
  return routes;
}

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds the application routes (the walker itself works)', () => {
    const routes = listRoutes(t).map((r) => r.route);
    expect(routes).toEqual(expect.arrayContaining(['GET /health', 'GET /health/ready', 'GET /metrics']));
  });

  it('has an explicit rule (public, signed-in or roles) on every route', () => {
    const routes = listRoutes(t);
    const table = routes.map(({ route, rule }) => `${route.padEnd(50)} ${rule ? (rule.kind === 'roles' ? `roles: ${rule.roles.join(', ')}` : rule.kind) : 'NO RULE'}`);
    const missing = routes.filter((r) => !r.rule).map((r) => r.route);
    expect({ missing, table }).toEqual({ missing: [], table });
  });
});
