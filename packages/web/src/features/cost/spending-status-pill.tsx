import { SPENDING_DOCUMENT_STATUS_LABELS, type SpendingDocumentStatus } from '@greenlight/domain';
import { Pill, type PillTone } from '../../ui/pill';

const TONES: Readonly<Record<SpendingDocumentStatus, PillTone>> = {
  draft: 'blue',
  submitted: 'amber',
  approved: 'green',
  committed: 'violet',
  'partly-liquidated': 'violet',
  closed: 'grey',
  paid: 'green',
  void: 'red',
};

/** Where a document stands: draft, waiting for signatures, committed or approved, paid, closed, void. */
export const SpendingStatusPill = ({ status }: { readonly status: SpendingDocumentStatus }) => (
  <span data-testid="spending-status" data-status={status}>
    <Pill tone={TONES[status]}>{SPENDING_DOCUMENT_STATUS_LABELS[status]}</Pill>
  </span>
);
