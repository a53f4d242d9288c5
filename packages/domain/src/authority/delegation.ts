import type { CalendarDate } from '../shared/calendar-date.js';
import type { DelegationId, PersonId, ProductionId } from '../shared/ids.js';
import type { ActionId } from './action-catalog.js';
import type { MoneyLimit } from './authority-matrix.js';

/**
 * One person lends some of their authority to another for a period (a producer away for a week hands
 * expenditure sign-off to the co-producer). The delegate acts with the delegator's authority for those actions,
 * capped by `limit` and by the delegator's own limit, and only while the delegator still holds it.
 */
export type Delegation = {
  readonly id: DelegationId;
  readonly productionId: ProductionId;
  readonly fromPersonId: PersonId;
  readonly toPersonId: PersonId;
  readonly actions: readonly ActionId[];
  /** First and last day it applies, inclusive, in the production's time zone. */
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  /** An extra cap on amounts; null means the delegator's own limit. */
  readonly limit: MoneyLimit;
  readonly revoked: boolean;
};
