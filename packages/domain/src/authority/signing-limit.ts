import type { Role } from '../production/roles.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { AuthorityMatrix, MoneyLimit } from './authority-matrix.js';

const ZERO = 0 as MinorUnits;

/** The larger of two limits; null (no limit) beats any amount. */
export const maxLimit = (a: MoneyLimit, b: MoneyLimit): MoneyLimit =>
  a === null || b === null ? null : a >= b ? a : b;

/** The smaller of two limits; null (no limit) loses to any amount. */
export const minLimit = (a: MoneyLimit, b: MoneyLimit): MoneyLimit =>
  a === null ? b : b === null ? a : a <= b ? a : b;

export const limitCovers = (limit: MoneyLimit, amount: MinorUnits): boolean =>
  limit === null || amount <= limit;

/** A role's limit; a role the matrix does not list may sign for nothing. */
export const roleLimit = (matrix: AuthorityMatrix, role: Role): MoneyLimit => {
  const limit = matrix.roleLimits[role];
  // `?? 0` would turn null (no limit) into zero, so test for absence explicitly.
  return limit === undefined ? ZERO : limit;
};

/** The person's own limit, when the matrix sets one; it replaces the limits of their roles. */
export const personalLimit = (
  matrix: AuthorityMatrix,
  personId: PersonId,
): MoneyLimit | undefined =>
  Object.hasOwn(matrix.personLimits, personId) ? matrix.personLimits[personId] : undefined;

/**
 * What a person may sign for, given the roles through which they hold the action: their personal limit if
 * they have one, else the largest limit of those roles (zero when there are none).
 */
export const signingLimit = (
  matrix: AuthorityMatrix,
  personId: PersonId,
  roles: readonly Role[],
): MoneyLimit => {
  const personal = personalLimit(matrix, personId);
  if (personal !== undefined) return personal;
  return roles.reduce<MoneyLimit>((best, role) => maxLimit(best, roleLimit(matrix, role)), ZERO);
};
