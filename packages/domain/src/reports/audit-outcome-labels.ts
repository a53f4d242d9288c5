import type { AuditOutcome } from '../authority/audit-entry.js';

/** Every audit outcome in words, for reports (and any UI that wants the same wording). */
export const AUDIT_OUTCOME_LABELS: Readonly<Record<AuditOutcome, string>> = {
  allowed: 'Allowed',
  denied: 'Denied',
  'approval-requested': 'Approval requested',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  escalated: 'Escalated',
};
