import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PREFIX,
  buildPath,
  routes,
  type RouteDefinition,
  type RouteId,
} from '@greenlight/contract';
import { ACTION_CATALOG } from '@greenlight/domain';
import { routeHandlers } from './http/route-handlers.js';
import { createTestApp, type TestApp } from './testing/create-test-app.js';
import { pathParamNames, placeholderParams } from './testing/path-params.js';
import { routeAuthorityProblems } from './testing/route-authority-problems.js';

const ENTRIES = Object.entries(routes) as [RouteId, RouteDefinition][];
// Token routes take no cookie either, but they are not public: each is checked below on its own terms.
const NON_PUBLIC = ENTRIES.filter(
  ([, route]) => route.authority.kind !== 'public' && route.authority.kind !== 'token',
);
const TOKEN = ENTRIES.filter(([, route]) => route.authority.kind === 'token');

// One app for the file: nothing here writes.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the route table declares an authority for every route', () => {
  it('has no route without an authority, with an unknown action, or without a reason', () => {
    expect(routeAuthorityProblems(routes)).toEqual([]);
  });

  it('names only actions of the catalog', () => {
    const catalog = new Set<string>(ACTION_CATALOG.map((a) => a.id));
    const named = ENTRIES.flatMap(([, route]) =>
      route.authority.kind === 'action' || route.authority.kind === 'token'
        ? [route.authority.action]
        : route.authority.kind === 'one-of'
          ? [...route.authority.actions]
          : [],
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((action) => !catalog.has(action))).toEqual([]);
  });

  it('the guard itself catches each kind of mistake', () => {
    expect(
      routeAuthorityProblems({
        missing: { method: 'GET', path: '/x' },
        unknownAction: { authority: { kind: 'action', action: 'budget.steal' } },
        blankReason: { authority: { kind: 'public', reason: '  ' } },
        noReason: { authority: { kind: 'admin' } },
        signedInNoReason: { authority: { kind: 'signed-in', reason: '' } },
        emptyOneOf: { authority: { kind: 'one-of', actions: [], how: 'somehow' } },
        badOneOf: {
          authority: { kind: 'one-of', actions: ['production.edit', 'nope'], how: '' },
        },
        oddKind: { authority: { kind: 'everyone' } },
        tokenWrite: {
          method: 'POST',
          authority: { kind: 'token', action: 'schedule.view', reason: 'A feed' },
        },
        tokenUnknown: { method: 'GET', authority: { kind: 'token', action: 'x.y', reason: 'r' } },
        tokenNoReason: { method: 'GET', authority: { kind: 'token', action: 'schedule.view' } },
        fine: { authority: { kind: 'action', action: 'production.view' } },
        fineToken: {
          method: 'GET',
          authority: { kind: 'token', action: 'schedule.view', reason: 'A feed' },
        },
      }),
    ).toEqual([
      'missing: no authority',
      'unknownAction: action budget.steal is not in the catalog',
      'blankReason: public without a reason',
      'noReason: admin without a reason',
      'signedInNoReason: signed-in without a reason',
      'emptyOneOf: one-of without actions',
      'badOneOf: one-of names nope, which is not in the catalog',
      'badOneOf: one-of without saying how it chooses',
      'oddKind: unknown authority kind everyone (known: public, signed-in, admin, action, one-of, action-in-body, token)',
      'tokenWrite: token route that is not a GET',
      'tokenUnknown: token route action x.y is not in the catalog',
      'tokenNoReason: token without a reason',
    ]);
  });

  it('has a handler for every route id and none for a route that does not exist', () => {
    expect(Object.keys(routeHandlers).sort()).toEqual(Object.keys(routes).sort());
    for (const [id] of ENTRIES) expect(typeof routeHandlers[id], id).toBe('function');
  });

  it('has one route per method and path', () => {
    const keys = ENTRIES.map(([, route]) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the HTTP app enforces authentication on every non-public route', () => {
  it.each(NON_PUBLIC.map(([id, route]) => [id, route] as const))(
    '%s answers 401 unauthenticated without a session',
    async (_id, route) => {
      const response = await t.app.inject({
        method: route.method,
        url: buildPath(route, placeholderParams(route)),
        ...(route.body ? { headers: { 'content-type': 'application/json' }, payload: '{}' } : {}),
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: 'unauthenticated', message: expect.any(String) },
      });
    },
  );

  it('has token routes (a calendar feed, a call sheet confirmation) to check below', () => {
    expect(TOKEN.map(([id]) => id)).toEqual(['calendarFeedIcs', 'confirmCallSheet']);
  });

  it.each(TOKEN.map(([id, route]) => [id, route] as const))(
    '%s answers an unknown token with 404, with or without a cookie, and never asks to sign in',
    async (_id, route) => {
      const url = buildPath(route, placeholderParams(route));
      const member = await t.app.inject({ method: 'GET', url, headers: { cookie: 'x=1' } });
      const anonymous = await t.app.inject({ method: 'GET', url });
      for (const response of [member, anonymous]) {
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({
          error: { code: 'not-found', message: expect.any(String) },
        });
      }
    },
  );

  it('treats an unknown or forged session cookie like no session at all', async () => {
    for (const cookie of ['greenlight_session=forged', 'greenlight_session=', 'other=1']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `${API_PREFIX}/me`,
        headers: { cookie },
      });
      expect(response.statusCode, cookie).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });

  it('serves the public routes without a session', async () => {
    const health = await t.call('health', {});
    expect(health.ok()).toEqual({ ok: true, database: t.database.kind });
    expect((await t.call('openApi', {})).status).toBe(200);
    // Signing in is public: a bad body is a validation error, not "sign in first".
    const signIn = await t.call('signIn', { body: { email: 'not-an-email', password: '' } });
    expect(signIn.error(400).code).toBe('validation');
  });

  it('answers an unknown path with the same JSON error shape (404)', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${API_PREFIX}/nothing-here` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not-found', message: 'No route GET /api/v1/nothing-here' },
    });
  });
});

type Operation = {
  operationId: string;
  summary: string;
  'x-authority': unknown;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, unknown>;
};

describe('GET /api/v1/openapi.json', () => {
  let document: {
    openapi: string;
    info: { title: string; version: string };
    paths: Record<string, Record<string, Operation>>;
  };
  beforeAll(async () => {
    const response = await t.app.inject({ method: 'GET', url: `${API_PREFIX}/openapi.json` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    document = response.json();
  });

  const operations = (): [string, string, Operation][] =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(
        ([method, op]) => [path, method, op] as [string, string, Operation],
      ),
    );

  it('is an OpenAPI 3.1 document for this server', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Greenlight API', version: t.deps.version });
    for (const path of Object.keys(document.paths))
      expect(path.startsWith(`${API_PREFIX}/`)).toBe(true);
  });

  it('has exactly one operation per route, named by the route id, at its method and path', () => {
    const ops = operations();
    expect(ops.map(([, , op]) => op.operationId).sort()).toEqual(Object.keys(routes).sort());
    for (const [path, method, op] of ops) {
      const route: RouteDefinition = routes[op.operationId as RouteId];
      expect(method).toBe(route.method.toLowerCase());
      expect(path).toBe(API_PREFIX + route.path.replace(/:([A-Za-z]+)/g, '{$1}'));
      expect(op.summary).toBe(route.summary);
    }
  });

  it('gives every operation its x-authority, path parameters, body and responses', () => {
    for (const [, , op] of operations()) {
      const route: RouteDefinition = routes[op.operationId as RouteId];
      expect(op['x-authority'], op.operationId).toEqual(
        JSON.parse(JSON.stringify(route.authority)),
      );
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      expect(pathParams.map((p) => p.name)).toEqual(pathParamNames(route));
      expect(pathParams.every((p) => p.required)).toBe(true);
      expect(op.requestBody !== undefined, op.operationId).toBe(route.body !== undefined);
      if (op.requestBody) expect(Object.keys(op.requestBody.content)).toEqual(['application/json']);
      expect(Object.keys(op.responses).sort()).toEqual(
        [String(route.status ?? 200), 'default'].sort(),
      );
    }
  });

  it('documents the query parameters of routes that take a query', () => {
    const inbox = document.paths[`${API_PREFIX}/approvals`]?.['get'];
    expect(
      inbox?.parameters
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['scope', 'status']);
  });
});
