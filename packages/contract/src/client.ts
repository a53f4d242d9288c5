import type { z } from 'zod';
import { API_PREFIX, type RouteDefinition } from './route-definition.js';
import { routes, type RouteId, type Routes } from './routes.js';
import { ErrorBodySchema, type ErrorBody } from './schemas/error.schema.js';

type Field<R, K extends string> =
  R extends Record<K, infer S extends z.ZodType> ? z.input<S> : undefined;

/** What a call takes: path params, query and body, each present only when the route has it. */
export type RouteInput<Id extends RouteId> = {
  [K in 'params' | 'query' | 'body' as Field<Routes[Id], K> extends undefined ? never : K]: Field<
    Routes[Id],
    K
  >;
};
export type RouteOutput<Id extends RouteId> = z.output<Routes[Id]['response']>;

/** An error answered by the API, carrying its stable code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorBody['error']['code'];
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, body: ErrorBody) {
    super(body.error.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.error.code;
    this.details = body.error.details;
  }
}

/** The part of the Fetch API the client uses; the browser's and Node's fetch both fit. */
export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    credentials?: 'same-origin' | 'include';
  },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type ClientOptions = {
  /** Origin of the server, e.g. `http://127.0.0.1:4000`; empty for same-origin calls from the web app. */
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
  /** Returns the CSRF token to send with writes (from sign-in or GET /me). */
  readonly csrfToken?: () => string | null;
  /** Extra headers, e.g. a cookie when calling from Node. */
  readonly headers?: () => Record<string, string>;
};

export const buildPath = (
  route: RouteDefinition,
  params: Record<string, string> | undefined,
): string =>
  API_PREFIX +
  route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${route.path}`);
    return encodeURIComponent(value);
  });

/** A typed client built from the route table (never inferred from the server). */
export const createClient = (options: ClientOptions = {}) => {
  const doFetch: FetchLike = options.fetch ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
  const call = async <Id extends RouteId>(
    id: Id,
    input: RouteInput<Id>,
  ): Promise<RouteOutput<Id>> => {
    const route: RouteDefinition = routes[id];
    if (route.produces)
      throw new Error(`${id} returns ${route.produces}: open it with a link to ${route.path}`);
    const parts = input as {
      params?: Record<string, string>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    let url = (options.baseUrl ?? '') + buildPath(route, parts.params);
    if (parts.query) {
      const qs = Object.entries(parts.query)
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
        .join('&');
      if (qs) url += `?${qs}`;
    }
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(options.headers?.() ?? {}),
    };
    if (route.method !== 'GET') {
      const token = options.csrfToken?.();
      if (token) headers['x-csrf-token'] = token;
    }
    let body: string | undefined;
    if (route.body) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(parts.body ?? {});
    }
    const response = await doFetch(url, {
      method: route.method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const parsed = ErrorBodySchema.safeParse(json);
      throw new ApiError(
        response.status,
        parsed.success
          ? parsed.data
          : { error: { code: 'internal', message: `HTTP ${response.status}` } },
      );
    }
    return json as RouteOutput<Id>;
  };
  return { call };
};

export type GreenlightClient = ReturnType<typeof createClient>;
