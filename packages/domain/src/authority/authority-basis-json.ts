import type { JsonValue } from './approval-request.js';
import type { AuthorityBasis } from './decision.js';

/** The basis as plain JSON for audit details (optional fields left out rather than undefined). */
export const authorityBasisJson = (basis: AuthorityBasis): JsonValue => ({
  via: basis.via,
  role: basis.role,
  ...(basis.delegatedBy !== undefined ? { delegatedBy: basis.delegatedBy } : {}),
  ...(basis.department !== undefined ? { department: basis.department } : {}),
  limit: basis.limit,
});
