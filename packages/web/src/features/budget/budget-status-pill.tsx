import { BUDGET_STATUS_LABELS, type BudgetStatus } from '@greenlight/domain';
import { Pill, type PillTone } from '../../ui/pill';

const TONES: Readonly<Record<BudgetStatus, PillTone>> = {
  draft: 'blue',
  submitted: 'amber',
  approved: 'green',
  locked: 'grey',
};

/** Draft, submitted, approved (in force) or locked (superseded by an approved revision). */
export const BudgetStatusPill = ({ status }: { readonly status: BudgetStatus }) => (
  <span data-testid="budget-status" data-status={status}>
    <Pill tone={TONES[status]}>{BUDGET_STATUS_LABELS[status]}</Pill>
  </span>
);
