import { z } from 'zod';
import type { ActionId } from '@greenlight/domain';

/**
 * What authority a route exercises. Every route names one; a test walks the table and fails on any that does
 * not, so no endpoint can ship without passing through the authority matrix.
 */
export type RouteAuthority =
  /** Open to anyone, with the reason it needs no sign-in. */
  | { readonly kind: 'public'; readonly reason: string }
  /** Any signed-in user; the service scopes what it returns to the user's own productions. */
  | { readonly kind: 'signed-in'; readonly reason: string }
  /** Installation administrators only (user management). */
  | { readonly kind: 'admin'; readonly reason: string }
  /** One action of the catalog on the production named in the path (or on the request's production). */
  | { readonly kind: 'action'; readonly action: ActionId }
  /** One of several catalog actions, chosen from the request as `how` explains (a stage move, a hire…). */
  | { readonly kind: 'one-of'; readonly actions: readonly ActionId[]; readonly how: string }
  /** The catalog action named in the request body's `action` field (the generic "take an action" endpoint). */
  | { readonly kind: 'action-in-body' }
  /**
   * No cookie: a secret token in the path stands for the member who made it (a calendar feed, read by
   * calendar apps that cannot sign in). The route performs `action` on that member's behalf, on the token's
   * production, checked again on every request; an unknown, revoked or no longer allowed token is the same
   * 404. A GET: a URL travels through histories and logs, so it must never change anything but, for a call
   * sheet confirmation link, the one idempotent fact that its recipient opened it.
   */
  | { readonly kind: 'token'; readonly action: ActionId; readonly reason: string };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RouteDefinition = {
  readonly method: HttpMethod;
  /** Path below /api/v1, with `:name` parameters. */
  readonly path: string;
  readonly summary: string;
  readonly authority: RouteAuthority;
  readonly params?: z.ZodType<Record<string, string>>;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** Success status; 200 unless stated. */
  readonly status?: number;
  /** A document rather than JSON (opened by a link, not by the typed client). */
  readonly produces?: DocumentType;
  /** Largest request body accepted, in bytes, when above the server's default of 1 MiB (file imports). */
  readonly bodyLimit?: number;
  /** `Cache-Control` of a success, for documents that are polled (calendar feeds). */
  readonly cacheControl?: string;
};

export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
  /** A small page for a person who opened a link from an email (a call sheet confirmation). */
  html: 'text/html; charset=utf-8',
} as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

/** The response of a route that `produces` a document: its bytes. */
export const DocumentBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

export const API_PREFIX = '/api/v1';
