import type { Instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { JsonValue } from './approval-request.js';
import type { AuditEvent, AuditOutcome } from './audit-entry.js';
import { authorityBasisJson } from './authority-basis-json.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import type { Decision } from './decision.js';

export type AuditEventForDecisionOptions = {
  readonly now: Instant;
  readonly amount?: MinorUnits | null;
  readonly approvalRequestId?: ApprovalRequestId | null;
  /** What the caller wants kept with the event (the expenditure, the new title…). */
  readonly details?: JsonValue;
};

const OUTCOMES: Readonly<Record<Decision['outcome'], AuditOutcome>> = {
  allow: 'allowed',
  deny: 'denied',
  'requires-approval': 'approval-requested',
};

const isJsonObject = (
  value: JsonValue | undefined,
): value is { readonly [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The audit line for a decision. `rule` is what a reader needs: the rule that allowed it, or the reason it was
 * denied or routed. The engine's facts go under `details.authority`, beside whatever the caller passes (a
 * caller's non-object details go under `details.data`), so the caller cannot overwrite them.
 */
export const auditEventForDecision = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  decision: Decision,
  options: AuditEventForDecisionOptions,
): AuditEvent => {
  const authority: JsonValue =
    decision.outcome === 'allow'
      ? { basis: authorityBasisJson(decision.basis) }
      : decision.outcome === 'deny'
        ? { code: decision.code }
        : { rule: decision.rule, approvers: decision.approvers };
  const callerDetails = isJsonObject(options.details)
    ? options.details
    : options.details === undefined
      ? {}
      : { data: options.details };
  return {
    productionId: snapshot.productionId,
    at: options.now,
    actorPersonId: personId,
    action: decision.action,
    outcome: OUTCOMES[decision.outcome],
    rule: decision.outcome === 'allow' ? decision.rule : decision.reason,
    amount: options.amount ?? null,
    approvalRequestId: options.approvalRequestId ?? null,
    details: { ...callerDetails, authority },
  };
};
