import { FINANCING_STATUS_LABELS, type FinancingStatus } from '@greenlight/domain';
import type { PillTone } from '../../ui/pill';

/** Colder to warmer as a deal firms up: grey prospects, green money the production can count on. */
export const FINANCING_STATUS_TONES: Readonly<Record<FinancingStatus, PillTone>> = {
  prospect: 'neutral',
  'in-negotiation': 'amber',
  'term-sheet': 'violet',
  committed: 'blue',
  closed: 'green',
  drawn: 'green',
  withdrawn: 'grey',
};

export const FinancingStatusPill = ({ status }: { readonly status: FinancingStatus }) => (
  <span
    className={`pill pill--${FINANCING_STATUS_TONES[status]} financing-status financing-status--${status}`}
    data-testid="source-status"
    data-status={status}
  >
    {FINANCING_STATUS_LABELS[status]}
  </span>
);
