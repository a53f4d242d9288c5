import type { ExchangeRate } from '../budget/exchange-rate.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { SpendingDocumentId } from '../shared/ids.js';
import type { CurrencyCode } from '../shared/money.js';
import {
  costPostings,
  postSpendingDocuments,
  type CostLedgerProblem,
  type PurchaseOrderPosition,
} from './cost-ledger.js';
import type { SpendingDocument } from './spending-document.js';

/** What a ledger is computed with: the budget's currency and rate table (`asOf` aside). */
export type CostLedgerBasis = {
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
};

/**
 * The group a document posts with. The ledger's only link between documents is an invoice relieving its
 * purchase order, so a purchase order and the documents billed against it form one group (named by the
 * order's id) and every other document is a group of its own. The ledger of any set of documents is the sum
 * of its groups' ledgers: a change to one document changes only its group's share.
 */
export const spendingGroupOf = (
  document: Pick<SpendingDocument, 'id' | 'kind' | 'purchaseOrderId'>,
): SpendingDocumentId =>
  document.kind === 'purchase-order' || document.purchaseOrderId === null
    ? document.id
    : document.purchaseOrderId;

/**
 * How a group's postings to one account move on one day, in the ledger currency: add every step dated on
 * or before a report date and you have the group's figures as of that date. `postings` counts the lines
 * posted (an account is in the ledger when at least one line is, even one that converts to nothing).
 */
export type CostLedgerStep = {
  readonly accountNumber: string;
  readonly date: CalendarDate;
  readonly actuals: number;
  readonly commitments: number;
  readonly postings: number;
};

/** A value that holds from `validFrom` until the day before `validUntil` (null: from then on). */
export type DatedValue<T> = {
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
  readonly value: T;
};

/**
 * A group's share of the ledger at every date, so that it can be stored and added up by date: the steps of
 * its account postings, where its purchase order stands over time and which problems it raises when.
 */
export type CostLedgerGroupShare = {
  readonly steps: readonly CostLedgerStep[];
  readonly purchaseOrders: readonly DatedValue<PurchaseOrderPosition>[];
  readonly problems: readonly DatedValue<CostLedgerProblem>[];
};

type Figures = { actuals: number; commitments: number; postings: number };

const accountFigures = (
  documents: readonly SpendingDocument[],
  basis: CostLedgerBasis,
  asOf: CalendarDate,
): Map<string, Figures> => {
  const figures = new Map<string, Figures>();
  for (const posting of costPostings(documents, { ...basis, asOf })) {
    const key = posting.line.accountNumber;
    let f = figures.get(key);
    if (f === undefined) {
      f = { actuals: 0, commitments: 0, postings: 0 };
      figures.set(key, f);
    }
    if (posting.kind === 'actual') f.actuals += posting.amount;
    else f.commitments += posting.amount;
    f.postings += 1;
  }
  return figures;
};

const positionKey = (p: PurchaseOrderPosition): string =>
  [p.number, p.currency, p.amount, p.invoiced, p.liquidated, p.open, p.overrun].join('\u0000');
const problemKey = (p: CostLedgerProblem): string =>
  [p.documentId, p.code, p.message].join('\u0000');

/**
 * Turns what holds on each of `dates` into the stretches of dates each distinct value holds over. A value
 * that disappears and comes back is two stretches.
 */
const stretches = <T>(
  dates: readonly CalendarDate[],
  valuesOn: readonly (readonly T[])[],
  keyOf: (value: T) => string,
): DatedValue<T>[] => {
  const result: DatedValue<T>[] = [];
  const open = new Map<string, { validFrom: CalendarDate; value: T }>();
  dates.forEach((date, i) => {
    const now = new Map((valuesOn[i] ?? []).map((v) => [keyOf(v), v]));
    for (const [key, started] of open) {
      if (now.has(key)) continue;
      result.push({ validFrom: started.validFrom, validUntil: date, value: started.value });
      open.delete(key);
    }
    for (const [key, value] of now) if (!open.has(key)) open.set(key, { validFrom: date, value });
  });
  for (const started of open.values()) {
    result.push({ validFrom: started.validFrom, validUntil: null, value: started.value });
  }
  return result;
};

/**
 * The share of the ledger of one group of documents (see `spendingGroupOf`) at every date, worked out by the
 * ledger's own rules (`postSpendingDocuments`, `costPostings`) as of each day one of its documents is dated:
 * the group's figures change on no other day. Pass every document of the group, whatever its status.
 */
export const costLedgerGroupShare = (
  documents: readonly SpendingDocument[],
  basis: CostLedgerBasis,
): CostLedgerGroupShare => {
  const dates = [...new Set(documents.map((d) => d.date))].sort();
  const steps: CostLedgerStep[] = [];
  let before = new Map<string, Figures>();
  const positions: PurchaseOrderPosition[][] = [];
  const problems: CostLedgerProblem[][] = [];
  for (const date of dates) {
    const after = accountFigures(documents, basis, date);
    for (const [accountNumber, f] of after) {
      const b = before.get(accountNumber);
      const step = {
        accountNumber,
        date,
        actuals: f.actuals - (b?.actuals ?? 0),
        commitments: f.commitments - (b?.commitments ?? 0),
        postings: f.postings - (b?.postings ?? 0),
      };
      if (step.actuals !== 0 || step.commitments !== 0 || step.postings !== 0) steps.push(step);
    }
    for (const [accountNumber, b] of before) {
      if (after.has(accountNumber)) continue;
      steps.push({
        accountNumber,
        date,
        actuals: -b.actuals,
        commitments: -b.commitments,
        postings: -b.postings,
      });
    }
    before = after;
    const ledger = postSpendingDocuments(documents, { ...basis, asOf: date });
    positions.push([...ledger.purchaseOrders.values()]);
    problems.push([...ledger.problems]);
  }
  return {
    steps,
    purchaseOrders: stretches(dates, positions, positionKey),
    problems: stretches(dates, problems, problemKey),
  };
};
