import type { DomainErrorCode } from '@greenlight/domain';

/** The one table from error codes to process exit codes (0 is success, 2 is also a usage error). */
export const EXIT_CODE_BY_ERROR: Readonly<Record<DomainErrorCode, number>> = {
  internal: 1,
  validation: 2,
  unauthenticated: 3,
  forbidden: 4,
  'not-found': 5,
  conflict: 6,
  'rate-limited': 7,
  storage: 8,
};
