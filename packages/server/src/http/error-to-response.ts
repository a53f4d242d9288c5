import type { DomainErrorCode } from '@greenlight/domain';
import type { ErrorBody } from '@greenlight/contract';

/** The one table from error codes to HTTP statuses. */
export const STATUS_BY_CODE: Readonly<Record<DomainErrorCode, number>> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  storage: 503,
  internal: 500,
};

export const errorBody = (
  code: DomainErrorCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): ErrorBody => ({
  error: { code, message, ...(details ? { details: { ...details } } : {}) },
});
