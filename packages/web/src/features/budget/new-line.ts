import type { DetailLineDto } from '@greenlight/contract';

/**
 * An id for a line the grid adds (the server accepts the client's, so the grid can edit it at once): the
 * first `line-N` no line of the version has, as new strips get theirs. Ids need only be unique in their
 * version, and every edit names the revision it was made at, so two people adding at once get a conflict
 * rather than a clash.
 */
const freshId = (takenIds: Iterable<string>): string => {
  const taken = new Set(takenIds);
  let n = 1;
  while (taken.has(`line-${n}`)) n += 1;
  return `line-${n}`;
};

/** An empty line for an account: one allowance of nothing, in the budget currency, no fringes. */
export const newLine = (
  accountNumber: string,
  currency: string,
  takenIds: Iterable<string>,
): DetailLineDto => ({
  id: freshId(takenIds),
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
