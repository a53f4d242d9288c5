import type { Department } from '../production/departments.js';
import type { Instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, ExpenditureId, PersonId, ProductionId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';

/**
 * Money the production commits to spend. Committed at once when the requester's signing limit covers it;
 * otherwise it waits on an approval request and is committed (or rejected) when that is decided.
 */
export type ExpenditureStatus = 'committed' | 'pending-approval' | 'rejected' | 'withdrawn';

export type Expenditure = {
  readonly id: ExpenditureId;
  readonly productionId: ProductionId;
  readonly description: string;
  readonly vendor: string | null;
  readonly department: Department | null;
  readonly amount: MinorUnits;
  readonly status: ExpenditureStatus;
  readonly requestedBy: PersonId;
  readonly approvalRequestId: ApprovalRequestId | null;
  readonly createdAt: Instant;
};
