import { API_PREFIX, routes, type RouteDefinition } from '@greenlight/contract';
import type { FastifyRequest } from 'fastify';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The paths of the token routes (calendar feeds), whose parameters are secrets: a URL is a credential there.
const TOKEN_PATHS = (Object.values(routes) as RouteDefinition[])
  .filter((route) => route.authority.kind === 'token')
  .map((route) => {
    const template = API_PREFIX + route.path;
    const parts = template.split(/:[A-Za-z]+/);
    return {
      pattern: new RegExp(`^${parts.map(escapeRegExp).join('[^/?#]+')}`),
      redacted: parts.join('…'),
    };
  });

/** A request URL fit for the log: the secret in a token route's path becomes `…`. */
export const redactTokenPaths = (url: string): string => {
  for (const { pattern, redacted } of TOKEN_PATHS) {
    const match = pattern.exec(url);
    if (match) return redacted + url.slice(match[0].length);
  }
  return url;
};

/**
 * Fastify's request log line with the URL redacted: a calendar app's feed URL carries its token, and logs
 * travel further than the database (where only the token's hash is kept).
 */
export const requestForLog = (request: FastifyRequest) => ({
  method: request.method,
  url: redactTokenPaths(request.url),
  host: request.host,
  remoteAddress: request.ip,
  ...(request.socket.remotePort === undefined ? {} : { remotePort: request.socket.remotePort }),
});
