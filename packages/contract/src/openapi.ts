import { z } from 'zod';
import { API_PREFIX, type RouteDefinition } from './route-definition.js';
import { routes } from './routes.js';
import { ErrorBodySchema } from './schemas/error.schema.js';

const schema = (type: z.ZodType, io: 'input' | 'output'): unknown =>
  z.toJSONSchema(type, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const describeAuthority = (route: RouteDefinition): string => {
  const a = route.authority;
  switch (a.kind) {
    case 'public':
      return `Public: ${a.reason}`;
    case 'signed-in':
      return `Any signed-in user: ${a.reason}`;
    case 'admin':
      return `Administrators: ${a.reason}`;
    case 'action':
      return `Authority action: ${a.action}`;
    case 'one-of':
      return `Authority action, one of ${a.actions.join(', ')}: ${a.how}`;
    case 'action-in-body':
      return 'Authority action: the one named in the body';
    case 'token':
      return `Secret token in the path, no cookie: ${a.action} on behalf of the member who made it. ${a.reason}`;
  }
};

/** The OpenAPI 3.1 document, generated from the same route table the server and client use. */
export const buildOpenApiDocument = (version: string): Record<string, unknown> => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, route] of Object.entries(routes) as [string, RouteDefinition][]) {
    const path = API_PREFIX + route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters: unknown[] = [];
    const params = route.params
      ? (schema(route.params, 'input') as { properties?: Record<string, { format?: string }> })
      : {};
    for (const match of route.path.matchAll(/:([A-Za-z]+)/g)) {
      const name = match[1] ?? '';
      parameters.push({
        name,
        in: 'path',
        required: true,
        // Ids are UUIDs; a parameter that is not (a feed's token) says what it is.
        schema:
          params.properties?.[name]?.format === 'uuid' || params.properties?.[name] === undefined
            ? { type: 'string', format: 'uuid' }
            : params.properties[name],
      });
    }
    if (route.query) {
      const q = schema(route.query, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, s] of Object.entries(q.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: q.required?.includes(name) ?? false,
          schema: s,
        });
      }
    }
    const operation: Record<string, unknown> = {
      operationId: id,
      summary: route.summary,
      description: describeAuthority(route),
      'x-authority': route.authority,
      parameters,
      responses: {
        [String(route.status ?? 200)]: {
          description: 'Success',
          content: route.produces
            ? { [route.produces]: { schema: { type: 'string', format: 'binary' } } }
            : { 'application/json': { schema: schema(route.response, 'output') } },
        },
        default: {
          description:
            'Error (400 validation, 401 unauthenticated, 403 forbidden, 404, 409 conflict, 429)',
          content: { 'application/json': { schema: schema(ErrorBodySchema, 'output') } },
        },
      },
    };
    if (route.body) {
      operation['requestBody'] = {
        required: true,
        content: { 'application/json': { schema: schema(route.body, 'input') } },
      };
    }
    paths[path] = { ...(paths[path] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Greenlight API',
      version,
      description:
        'Production management for film and television. Money is in integer minor units of the production currency. Cookie sessions; writes need the x-csrf-token header.',
    },
    paths,
  };
};
