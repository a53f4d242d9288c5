import type { CalendarDate } from '../shared/calendar-date.js';
import type { SpendingDocumentId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type {
  AccountCost,
  CostLedger,
  CostLedgerProblem,
  PurchaseOrderPosition,
} from './cost-ledger.js';
import type { CostLedgerBasis } from './cost-ledger-group.js';

/** One account's steps (`CostLedgerStep`) added up to a report date. */
export type CostLedgerAccountTotal = {
  readonly accountNumber: string;
  readonly actuals: number;
  readonly commitments: number;
  readonly postings: number;
};

/**
 * The ledger as of a date from the groups' shares added up (by the database, say): the accounts' steps
 * summed to that date, and the purchase-order positions and problems that hold on it. The same ledger as
 * `postSpendingDocuments` over the documents, because the ledger is the sum of its groups'.
 */
export const costLedgerFromTotals = (input: {
  readonly basis: CostLedgerBasis;
  readonly asOf: CalendarDate;
  readonly accounts: readonly CostLedgerAccountTotal[];
  readonly purchaseOrders: readonly PurchaseOrderPosition[];
  readonly problems: readonly CostLedgerProblem[];
}): CostLedger => {
  const accounts = new Map<string, AccountCost>();
  let actuals = 0;
  let commitments = 0;
  for (const a of input.accounts) {
    // An account with no line posted as of the date is not in the ledger (its steps cancelled out).
    if (a.postings <= 0) continue;
    accounts.set(a.accountNumber, {
      actuals: a.actuals as MinorUnits,
      commitments: a.commitments as MinorUnits,
    });
    actuals += a.actuals;
    commitments += a.commitments;
  }
  return {
    currency: input.basis.currency,
    asOf: input.asOf,
    accounts,
    actuals: actuals as MinorUnits,
    commitments: commitments as MinorUnits,
    purchaseOrders: new Map<SpendingDocumentId, PurchaseOrderPosition>(
      input.purchaseOrders.map((p) => [p.purchaseOrderId, p]),
    ),
    problems: input.problems,
  };
};
