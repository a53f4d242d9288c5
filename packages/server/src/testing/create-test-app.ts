import type { FastifyInstance } from 'fastify';
import {
  buildPath,
  ErrorBodySchema,
  routes,
  type ErrorBody,
  type RouteDefinition,
  type RouteId,
  type RouteInput,
  type RouteOutput,
  type UserDto,
} from '@greenlight/contract';
import { createRepositories, type Database, type Repositories } from '@greenlight/db';
import { createTestDatabase } from '@greenlight/db/testing';
import { createApp } from '../create-app.js';
import { createServerDeps } from '../create-server-deps.js';
import type { ServerDeps } from '../server-deps.js';
import { SESSION_COOKIE } from '../auth/session-token.js';
import { createTestClock, type TestClock } from './test-clock.js';

/** A signed-in caller: the cookie to send and the CSRF token writes must echo. */
export type TestSession = {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly user: UserDto;
};

export type CallOptions = {
  /** Send this x-csrf-token instead of the session's; null sends none. */
  readonly csrfToken?: string | null;
  /** The client address the server sees (the sign-in limiter counts failures per address). */
  readonly remoteAddress?: string;
};

export type ApiResponse<Id extends RouteId> = {
  readonly route: Id;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
  /** The parsed JSON body (null when empty). */
  readonly json: unknown;
  /**
   * The body as the route's success response, checked against the contract's response schema; throws (with
   * the body) unless the status is the route's success status.
   */
  ok(): RouteOutput<Id>;
  /** The body as an API error; throws unless the status is `status` and the body has the error shape. */
  error(status: number): ErrorBody['error'];
};

export type TestApp = {
  readonly app: FastifyInstance;
  readonly deps: ServerDeps;
  readonly database: Database;
  readonly clock: TestClock;
  /** Repositories on the database, for looking behind the API (rows written, audit entries). */
  readonly repos: Repositories;
  /** Signs in through `POST /api/v1/session`; throws unless it succeeds. */
  signIn(email: string, password: string, options?: CallOptions): Promise<TestSession>;
  /** Calls a route of the contract by id, as `as` (or anonymously). */
  call<Id extends RouteId>(
    id: Id,
    input: RouteInput<Id>,
    as?: TestSession | null,
    options?: CallOptions,
  ): Promise<ApiResponse<Id>>;
  close(): Promise<void>;
};

export type CreateTestAppOptions = {
  readonly clock?: TestClock;
  /** Replaces other dependencies (a fast hasher, a stricter limiter…). */
  readonly overrides?: Partial<Omit<ServerDeps, 'database' | 'clock'>>;
};

/** The cookie pair (`name=value`) from a response's set-cookie header, or null. */
export const sessionCookieFrom = (
  setCookie: string | string[] | number | undefined,
): string | null => {
  const headers = Array.isArray(setCookie) ? setCookie : [String(setCookie ?? '')];
  const found = headers.find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  if (found === undefined) return null;
  return found.split(';')[0] ?? null;
};

const describe = (id: string, status: number, json: unknown): string =>
  `${id} answered ${status}: ${JSON.stringify(json)}`;

const toResponse = <Id extends RouteId>(
  id: Id,
  status: number,
  headers: ApiResponse<Id>['headers'],
  json: unknown,
): ApiResponse<Id> => {
  const route: RouteDefinition = routes[id];
  return {
    route: id,
    status,
    headers,
    json,
    ok: () => {
      const expected = route.status ?? 200;
      if (status !== expected)
        throw new Error(`Expected ${expected}; ${describe(id, status, json)}`);
      const parsed = route.response.safeParse(json);
      if (!parsed.success) {
        throw new Error(
          `The ${id} response does not match the contract (${parsed.error.message}); ${describe(id, status, json)}`,
        );
      }
      return parsed.data as RouteOutput<Id>;
    },
    error: (expectedStatus) => {
      if (status !== expectedStatus)
        throw new Error(`Expected ${expectedStatus}; ${describe(id, status, json)}`);
      const parsed = ErrorBodySchema.safeParse(json);
      if (!parsed.success)
        throw new Error(
          `Not an API error body (${parsed.error.message}); ${describe(id, status, json)}`,
        );
      return parsed.data.error;
    },
  };
};

const queryOf = (query: unknown): Record<string, string> => {
  const result: Record<string, string> = {};
  if (typeof query !== 'object' || query === null) return result;
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) result[key] = String(value);
  }
  return result;
};

/**
 * The real app (`createApp`) on a fresh migrated test database (PGlite in memory, or PostgreSQL when
 * GREENLIGHT_TEST_DATABASE_URL is set), with a clock the test controls. Requests go through `app.inject`, so
 * nothing listens on a port. Close it in afterAll.
 */
export const createTestApp = async (options: CreateTestAppOptions = {}): Promise<TestApp> => {
  const clock = options.clock ?? createTestClock({ stepMs: 1000 });
  const database = await createTestDatabase();
  try {
    const deps = createServerDeps(database, { ...options.overrides, clock });
    const app = await createApp(deps, { logger: false });

    const call = async <Id extends RouteId>(
      id: Id,
      input: RouteInput<Id>,
      as: TestSession | null = null,
      callOptions: CallOptions = {},
    ): Promise<ApiResponse<Id>> => {
      const route: RouteDefinition = routes[id];
      const parts = input as { params?: Record<string, string>; query?: unknown; body?: unknown };
      const headers: Record<string, string> = { accept: 'application/json' };
      if (as) headers['cookie'] = as.cookie;
      const csrf = callOptions.csrfToken === undefined ? as?.csrfToken : callOptions.csrfToken;
      if (route.method !== 'GET' && csrf !== undefined && csrf !== null)
        headers['x-csrf-token'] = csrf;
      if (route.body) headers['content-type'] = 'application/json';
      const response = await app.inject({
        method: route.method,
        url: buildPath(route, parts.params),
        query: queryOf(parts.query),
        headers,
        ...(route.body ? { payload: JSON.stringify(parts.body ?? {}) } : {}),
        ...(callOptions.remoteAddress === undefined
          ? {}
          : { remoteAddress: callOptions.remoteAddress }),
      });
      const json: unknown = response.body === '' ? null : JSON.parse(response.body);
      return toResponse(id, response.statusCode, response.headers, json);
    };

    const signIn = async (
      email: string,
      password: string,
      signInOptions: CallOptions = {},
    ): Promise<TestSession> => {
      const response = await call('signIn', { body: { email, password } }, null, signInOptions);
      const session = response.ok();
      const cookie = sessionCookieFrom(response.headers['set-cookie']);
      if (cookie === null) throw new Error(`Sign-in of ${email} set no session cookie`);
      return { cookie, csrfToken: session.csrfToken, user: session.user };
    };

    return {
      app,
      deps,
      database,
      clock,
      repos: createRepositories(database.kysely),
      signIn,
      call,
      close: async () => {
        try {
          await app.close();
        } finally {
          await database.close();
        }
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
};
