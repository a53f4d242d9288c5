import type { z } from 'zod';
import type { RouteId, RouteOutput, Routes } from '@greenlight/contract';
import type { ActionId } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import type { Actor } from './actor.js';

type Parsed<R, K extends string> =
  R extends Record<K, infer S extends z.ZodType> ? z.output<S> : undefined;

export type CookieControl = {
  setSession(token: string, maxAgeSeconds: number): void;
  clearSession(): void;
};

export type RequestContext<Id extends RouteId> = {
  readonly params: Parsed<Routes[Id], 'params'>;
  readonly query: Parsed<Routes[Id], 'query'>;
  readonly body: Parsed<Routes[Id], 'body'>;
  /** Null only on public and token routes. */
  readonly actor: Actor | null;
  readonly deps: ServerDeps;
  readonly clientAddress: string;
  /** Where the caller reached this server (`https://office.example`), for absolute links (`requestOrigin`). */
  readonly origin: string;
  readonly cookies: CookieControl;
  /**
   * Asserts that the service is about to exercise an action this route declares. Services call it with the
   * action they decided on, so a route can never perform an action it did not name.
   */
  readonly declare: (action: ActionId) => ActionId;
};

export type RouteHandler<Id extends RouteId> = (
  context: RequestContext<Id>,
) => Promise<RouteOutput<Id>>;

/** One handler per route of the contract: the compiler refuses a route without a handler. */
export type RouteHandlers = { readonly [Id in RouteId]: RouteHandler<Id> };

export const requireActor = (actor: Actor | null): Actor => {
  if (!actor) throw new Error('requireActor on a public route'); // registrar guarantees an actor elsewhere
  return actor;
};
