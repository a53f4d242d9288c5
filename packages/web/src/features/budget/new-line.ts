import type { DetailLineDto } from '@greenlight/contract';

/** A fresh id for a line the grid adds (the server accepts the client's, so the grid can edit it at once). */
const freshId = (): string => {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : // randomUUID needs a secure context; an office server on plain http is not one.
        `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return `line-${random}`;
};

/** An empty line for an account: one allowance of nothing, in the budget currency, no fringes. */
export const newLine = (accountNumber: string, currency: string): DetailLineDto => ({
  id: freshId(),
  accountNumber,
  description: '',
  amount: { kind: 'quantity', quantity: 1000 },
  unit: 'allow',
  multiplier: 1000,
  rate: 0,
  currency,
  fringeIds: [],
  scheduleLink: null,
});
