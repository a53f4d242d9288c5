import { randomUUID } from 'node:crypto';
import type { RouteDefinition } from '@greenlight/contract';

/** The `:name` parameters of a route's path, in order. */
export const pathParamNames = (route: Pick<RouteDefinition, 'path'>): string[] =>
  [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? '');

/** A well-formed (random) id for every path parameter of a route. */
export const placeholderParams = (route: Pick<RouteDefinition, 'path'>): Record<string, string> =>
  Object.fromEntries(pathParamNames(route).map((name) => [name, randomUUID()]));
