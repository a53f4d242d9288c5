import type { Department } from '../production/departments.js';
import type { Instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, PersonId, ProductionId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { ActionId } from './action-catalog.js';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

/** JSON data carried by a request: what exactly is to be done once approved (e.g. the expenditure). */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type ApprovalRequest = {
  readonly id: ApprovalRequestId;
  readonly productionId: ProductionId;
  readonly action: ActionId;
  readonly requestedBy: PersonId;
  readonly amount: MinorUnits | null;
  readonly department: Department | null;
  /** One line a producer reads in the inbox: "Crane and remote head, 2 weeks". */
  readonly summary: string;
  readonly payload: JsonValue;
  readonly status: ApprovalStatus;
  /** Who it waits on now. Anyone holding enough authority may decide it; these are the ones it was sent to. */
  readonly routedTo: readonly PersonId[];
  /** 0 when first routed; +1 per escalation. */
  readonly level: number;
  readonly createdAt: Instant;
  readonly decidedAt: Instant | null;
  readonly decidedBy: PersonId | null;
  /** Required when rejected; optional note otherwise. */
  readonly decisionReason: string | null;
};
