import type { ApprovalStatus, AuditOutcome, ExpenditureStatus } from '@greenlight/domain';
import { Pill, type PillTone } from './pill';

const APPROVAL: Readonly<Record<ApprovalStatus, { label: string; tone: PillTone }>> = {
  pending: { label: 'Pending', tone: 'amber' },
  approved: { label: 'Approved', tone: 'green' },
  rejected: { label: 'Rejected', tone: 'red' },
  withdrawn: { label: 'Withdrawn', tone: 'grey' },
};

export const ApprovalStatusPill = ({ status }: { readonly status: ApprovalStatus }) => (
  <Pill tone={APPROVAL[status].tone}>{APPROVAL[status].label}</Pill>
);

const EXPENDITURE: Readonly<Record<ExpenditureStatus, { label: string; tone: PillTone }>> = {
  committed: { label: 'Committed', tone: 'green' },
  'pending-approval': { label: 'Awaiting approval', tone: 'amber' },
  rejected: { label: 'Rejected', tone: 'red' },
  withdrawn: { label: 'Withdrawn', tone: 'grey' },
};

export const ExpenditureStatusPill = ({ status }: { readonly status: ExpenditureStatus }) => (
  <Pill tone={EXPENDITURE[status].tone}>{EXPENDITURE[status].label}</Pill>
);

/** Every audit outcome with its words, in the order the filter lists them. */
export const AUDIT_OUTCOMES: Readonly<Record<AuditOutcome, { label: string; tone: PillTone }>> = {
  allowed: { label: 'Allowed', tone: 'green' },
  denied: { label: 'Denied', tone: 'red' },
  'approval-requested': { label: 'Approval requested', tone: 'amber' },
  approved: { label: 'Approved', tone: 'green' },
  rejected: { label: 'Rejected', tone: 'red' },
  withdrawn: { label: 'Withdrawn', tone: 'grey' },
  escalated: { label: 'Escalated', tone: 'violet' },
};

const isAuditOutcome = (value: string): value is AuditOutcome =>
  Object.hasOwn(AUDIT_OUTCOMES, value);

export const OutcomePill = ({ outcome }: { readonly outcome: string }) =>
  isAuditOutcome(outcome) ? (
    <Pill tone={AUDIT_OUTCOMES[outcome].tone}>{AUDIT_OUTCOMES[outcome].label}</Pill>
  ) : (
    <Pill tone="neutral">{outcome}</Pill>
  );
