import Fastify, { type FastifyInstance } from 'fastify';
import { isDomainError } from '@greenlight/domain';
import type { ServerDeps } from './server-deps.js';
import { STATUS_BY_CODE, errorBody } from './http/error-to-response.js';
import { registerRoutes } from './http/register-routes.js';
import { requestForLog } from './http/redact-token-paths.js';
import { serveWebApp } from './http/serve-web-app.js';
import { routeHandlers } from './http/route-handlers.js';

export type CreateAppOptions = {
  /** pino logger options, or false for none (tests). */
  readonly logger?: boolean | { level: string };
};

/** Builds the HTTP application: the API under /api/v1 and, when built, the web app at /. */
export const createApp = async (
  deps: ServerDeps,
  options: CreateAppOptions = {},
): Promise<FastifyInstance> => {
  const app = Fastify({
    logger:
      typeof options.logger === 'object'
        ? { ...options.logger, serializers: { req: requestForLog } }
        : (options.logger ?? false),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });

  app.setErrorHandler((error, request, reply) => {
    if (isDomainError(error)) {
      if (
        error.code === 'rate-limited' &&
        typeof error.details?.['retryAfterSeconds'] === 'number'
      ) {
        void reply.header('retry-after', String(error.details['retryAfterSeconds']));
      }
      return reply
        .status(STATUS_BY_CODE[error.code])
        .send(errorBody(error.code, error.message, error.details));
    }
    const status = (error as { statusCode?: number }).statusCode;
    // Fastify's own 4xx (malformed JSON, body too large, wrong content type) are the caller's input errors.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply.status(400).send(errorBody('validation', (error as Error).message));
    }
    request.log.error(error);
    return reply.status(500).send(errorBody('internal', 'Something went wrong on the server'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        errorBody('not-found', `No route ${request.method} ${request.url.split('?')[0] ?? ''}`),
      ),
  );

  registerRoutes(app, deps, routeHandlers);
  if (deps.webRoot) serveWebApp(app, deps.webRoot);
  await app.ready();
  return app;
};
