import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  API_PREFIX,
  DOCUMENT_TYPES,
  routes,
  type RouteDefinition,
  type RouteId,
} from '@greenlight/contract';
import { DomainError, type ActionId } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { SESSION_COOKIE } from '../auth/session-token.js';
import { resolveSession } from '../services/resolve-session.js';
import { requireMember } from '../services/require-member.js';
import type { Actor } from './actor.js';
import { readCookie, serializeCookie } from './cookies.js';
import type { RouteHandlers } from './route-handler.js';
import { requestOrigin } from './request-origin.js';

const declaredActions = (route: RouteDefinition): ReadonlySet<string> | 'any' | 'none' => {
  const a = route.authority;
  if (a.kind === 'action' || a.kind === 'token') return new Set([a.action]);
  if (a.kind === 'one-of') return new Set(a.actions);
  if (a.kind === 'action-in-body') return 'any';
  return 'none';
};

/** What a refused stranger was trying to do, for the audit log. */
const attemptedAction = (route: RouteDefinition, id: string): string =>
  route.authority.kind === 'action' ? route.authority.action : `route.${id}`;

const hasProductionId = (params: unknown): params is { productionId: string } =>
  typeof params === 'object' &&
  params !== null &&
  typeof (params as Record<string, unknown>)['productionId'] === 'string';

const parseOrThrow = (schema: RouteDefinition['body'], value: unknown, where: string): unknown => {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (!result.success) {
    throw new DomainError(
      'validation',
      `Invalid ${where}: ${result.error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ')}`,
      {
        issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    );
  }
  return result.data;
};

/** Wires every route of the contract to its handler, with authentication, CSRF and schema parsing in one place. */
export const registerRoutes = (
  app: FastifyInstance,
  deps: ServerDeps,
  handlers: RouteHandlers,
): void => {
  for (const id of Object.keys(routes) as RouteId[]) {
    const route: RouteDefinition = routes[id];
    const handler = handlers[id] as (context: unknown) => Promise<unknown>;
    const declared = declaredActions(route);
    app.route({
      method: route.method,
      url: API_PREFIX + route.path,
      ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const actor = await authenticate(request, deps, route);
        const params = parseOrThrow(route.params, request.params, 'path');
        // Writes on a production: strangers get 404 before their body is even validated.
        if (actor && route.method !== 'GET' && declared !== 'none' && hasProductionId(params)) {
          await requireMember(
            deps,
            actor.user.personId,
            params.productionId,
            attemptedAction(route, id),
          );
        }
        const query = parseOrThrow(route.query, request.query, 'query');
        const body = parseOrThrow(route.body, request.body, 'body');
        const result = await handler({
          params,
          query,
          body,
          actor,
          deps,
          clientAddress: request.ip,
          origin: requestOrigin({
            origin: request.headers.origin,
            host: request.headers.host,
            protocol: request.protocol,
            secure: deps.secureCookies,
          }),
          cookies: {
            setSession: (token: string, maxAgeSeconds: number) =>
              void reply.header(
                'set-cookie',
                serializeCookie(SESSION_COOKIE, token, {
                  maxAgeSeconds,
                  secure: deps.secureCookies,
                }),
              ),
            clearSession: () =>
              void reply.header(
                'set-cookie',
                serializeCookie(SESSION_COOKIE, '', {
                  maxAgeSeconds: 0,
                  secure: deps.secureCookies,
                }),
              ),
          },
          declare: (action: ActionId) => {
            if (declared === 'none' || (declared !== 'any' && !declared.has(action))) {
              throw new DomainError(
                'internal',
                `Route ${id} performed ${action}, which it does not declare`,
              );
            }
            return action;
          },
        });
        if (route.cacheControl !== undefined)
          void reply.header('cache-control', route.cacheControl);
        if (route.produces) {
          void reply
            .header('content-type', route.produces)
            .header('content-disposition', contentDisposition(route, params));
          return reply.status(route.status ?? 200).send(Buffer.from(result as Uint8Array));
        }
        return reply.status(route.status ?? 200).send(result);
      },
    });
  }
};

/**
 * Documents download under the last segment of their path, parameters filled in (`2027-01-14.pdf`); a page
 * (a confirmation link's answer) is shown, not saved.
 */
const contentDisposition = (route: RouteDefinition, params: unknown): string => {
  if (route.produces === DOCUMENT_TYPES.html) return 'inline';
  const values = (typeof params === 'object' && params !== null ? params : {}) as Record<
    string,
    unknown
  >;
  const name = (route.path.split('/').at(-1) ?? 'document').replace(
    /:([A-Za-z]+)/g,
    (_, key: string) => {
      const value = values[key];
      return (typeof value === 'string' ? value : key).replace(/[^A-Za-z0-9._-]/g, '-');
    },
  );
  return `attachment; filename="${name}"`;
};

const authenticate = async (
  request: FastifyRequest,
  deps: ServerDeps,
  route: RouteDefinition,
): Promise<Actor | null> => {
  // A token route acts for the token's owner only: whoever's cookie comes along must not count.
  if (route.authority.kind === 'token') return null;
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  const actor = token ? await resolveSession(deps, token) : null;
  if (route.authority.kind === 'public') return actor;
  if (!actor) throw new DomainError('unauthenticated', 'Sign in first');
  // Cookie-authenticated writes must echo the session's CSRF token: a cross-site form cannot read it.
  if (route.method !== 'GET' && request.headers['x-csrf-token'] !== actor.csrfToken) {
    throw new DomainError('forbidden', 'Missing or wrong x-csrf-token header', { reason: 'csrf' });
  }
  if (route.authority.kind === 'admin' && !actor.user.isAdmin) {
    throw new DomainError('forbidden', 'Only administrators may do this');
  }
  return actor;
};
