import { compareDates, type CalendarDate } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { ActionId } from './action-catalog.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import type { Delegation } from './delegation.js';

export const isDelegationActive = (delegation: Delegation, today: CalendarDate): boolean =>
  !delegation.revoked &&
  compareDates(delegation.startsOn, today) <= 0 &&
  compareDates(today, delegation.endsOn) <= 0;

/**
 * Delegations on this production that lend authority to `personId` today, for `action` when given. Only
 * these count: a revoked, future or expired delegation, or one from another production, grants nothing.
 */
export const activeDelegationsTo = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  today: CalendarDate,
  action?: ActionId,
): readonly Delegation[] =>
  snapshot.delegations.filter(
    (d) =>
      d.productionId === snapshot.productionId &&
      d.toPersonId === personId &&
      isDelegationActive(d, today) &&
      (action === undefined || d.actions.includes(action)),
  );
