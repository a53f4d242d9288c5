// Phrases for rules and reasons. They are read by people in the inbox and in the audit log, so they name
// roles ("the producer"), never ids, and quote money in the production's currency.
import { DEPARTMENT_LABELS, type Department } from '../production/departments.js';
import { roleLabel, type Role } from '../production/roles.js';
import { formatMoney, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import type { DecisionArea } from './action-areas.js';
import { actionDefinition, type ActionId } from './action-catalog.js';
import type { MoneyLimit } from './authority-matrix.js';
import type { AuthorityBasis } from './decision.js';
import { isDepartmentBound } from './department-scope.js';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "commit an expenditure": catalog labels are verb phrases, so they read after "may". */
export const actionPhrase = (action: ActionId): string =>
  lowerFirst(actionDefinition(action).label);

/** "producer", or "department head (Camera)" for a role tied to a department. */
export const roleName = (
  role: Role,
  isSeries: boolean,
  department: Department | null = null,
): string => {
  const name = lowerFirst(roleLabel(role, isSeries));
  return department !== null && isDepartmentBound(role)
    ? `${name} (${DEPARTMENT_LABELS[department]})`
    : name;
};

export const money = (amount: MinorUnits, currency: CurrencyCode): string =>
  formatMoney(amount, currency);

/** "up to $100,000.00" or "with no signing limit". */
export const limitPhrase = (limit: MoneyLimit, currency: CurrencyCode): string =>
  limit === null ? 'with no signing limit' : `up to ${formatMoney(limit, currency)}`;

/** "a", "a or b", "a, b or c". */
export const listPhrase = (items: readonly string[], conjunction: 'and' | 'or'): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
};

/** "the executive producer or producer". */
export const rolesPhrase = (
  roles: readonly Role[],
  isSeries: boolean,
  conjunction: 'and' | 'or',
): string => {
  const names = [...new Set(roles)].map((r) => roleName(r, isSeries));
  return names.length === 0 ? 'no role' : `the ${listPhrase(names, conjunction)}`;
};

export const decisionAreaPhrase = (area: DecisionArea): string => `${area} decisions`;

/** Who holds authority on this basis: "producer", "department head (Camera)", "delegate of the producer". */
export const holderName = (basis: AuthorityBasis, isSeries: boolean): string => {
  const role = roleName(basis.role, isSeries, basis.department ?? null);
  return basis.via === 'delegation' ? `delegate of the ${role}` : role;
};

/** "the producer's signing limit of $100,000.00"; only meaningful when the basis has a limit. */
export const limitName = (
  basis: AuthorityBasis,
  personal: boolean,
  currency: CurrencyCode,
  isSeries: boolean,
): string => {
  const amount = basis.limit === null ? 'no limit' : formatMoney(basis.limit, currency);
  if (basis.via === 'delegation') {
    return `the limit of ${amount} delegated by the ${roleName(basis.role, isSeries, basis.department ?? null)}`;
  }
  // "the Camera department head's", which reads better than a possessive after parentheses.
  const department =
    basis.department !== undefined && isDepartmentBound(basis.role)
      ? `${DEPARTMENT_LABELS[basis.department]} `
      : '';
  return `the ${department}${roleName(basis.role, isSeries)}'s ${personal ? 'personal signing limit' : 'signing limit'} of ${amount}`;
};
