import type { ApprovalStatus } from '@greenlight/domain';

/** The status filter of approval lists; '' is any status. */
export const APPROVAL_STATUS_OPTIONS: readonly {
  readonly value: ApprovalStatus | '';
  readonly label: string;
}[] = [
  { value: '', label: 'Any status' },
  { value: 'pending', label: 'Pending' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'withdrawn', label: 'Withdrawn' },
];

export const isApprovalStatus = (value: string | null): value is ApprovalStatus =>
  APPROVAL_STATUS_OPTIONS.some((s) => s.value !== '' && s.value === value);
