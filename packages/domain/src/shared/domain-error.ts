/**
 * The one error vocabulary of Greenlight. Every layer raises these codes; the HTTP server maps them to
 * statuses in one table and the CLI maps them to exit codes in one table.
 */
export type DomainErrorCode =
  /** Input failed a schema or a rule of the domain (bad field, bad file, impossible value). */
  | 'validation'
  /** The caller is not signed in, or the credentials are wrong. */
  | 'unauthenticated'
  /** The caller is signed in but the authority matrix refuses the action. */
  | 'forbidden'
  /** The thing named does not exist (or the caller may not know it exists). */
  | 'not-found'
  /** The change conflicts with the current state (duplicate, stale version, wrong status). */
  | 'conflict'
  /** Too many attempts in a short time (sign-in rate limiting). */
  | 'rate-limited'
  /** The data directory or database is not usable (locked, corrupt, unreachable). */
  | 'storage'
  /** A broken invariant: a bug, never the user's fault. */
  | 'internal';

export type DomainErrorDetails = Readonly<Record<string, unknown>>;

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: DomainErrorDetails | undefined;

  constructor(code: DomainErrorCode, message: string, details?: DomainErrorDetails) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
