import type { Instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, PersonId, ProductionId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { JsonValue } from './approval-request.js';

export type AuditOutcome =
  'allowed' | 'denied' | 'approval-requested' | 'approved' | 'rejected' | 'withdrawn' | 'escalated';

/** One line of the append-only record: who did (or tried) what, when, and under which rule. */
export type AuditEvent = {
  readonly productionId: ProductionId | null;
  readonly at: Instant;
  readonly actorPersonId: PersonId | null;
  /** An action id from the catalog, or a sign-in/administration event such as `session.sign-in`. */
  readonly action: string;
  readonly outcome: AuditOutcome;
  /** The rule that decided it, in words: "producer may commit expenditures up to $100,000.00". */
  readonly rule: string;
  readonly amount: MinorUnits | null;
  readonly approvalRequestId: ApprovalRequestId | null;
  readonly details: JsonValue;
};

/** As stored: numbered in the order written. */
export type AuditEntry = AuditEvent & { readonly sequence: number };
