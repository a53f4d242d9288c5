import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../schedule/calendar/date-arithmetic.js';
import { calendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { currencyCode } from '../shared/money.js';
import {
  codingLine,
  randomSpendingDocuments,
  spendingDocument,
} from '../testing/spending-documents.js';
import { postSpendingDocuments, type CostLedger } from './cost-ledger.js';
import {
  costLedgerGroupShare,
  spendingGroupOf,
  type CostLedgerBasis,
  type CostLedgerGroupShare,
} from './cost-ledger-group.js';
import { costLedgerFromTotals, type CostLedgerAccountTotal } from './cost-ledger-totals.js';
import type { SpendingDocument } from './spending-document.js';

const USD = currencyCode('USD');
const WITH_EUROS: CostLedgerBasis = {
  currency: USD,
  exchangeRates: [{ currency: currencyCode('EUR'), perUnitMicros: 1_085_000 }],
};
const WITHOUT_RATES: CostLedgerBasis = { currency: USD, exchangeRates: [] };

const sharesOf = (
  documents: readonly SpendingDocument[],
  basis: CostLedgerBasis,
): CostLedgerGroupShare[] => {
  const groups = new Map<string, SpendingDocument[]>();
  for (const d of documents) {
    const key = spendingGroupOf(d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((g) => costLedgerGroupShare(g, basis));
};

const holds = (
  v: { validFrom: CalendarDate; validUntil: CalendarDate | null },
  asOf: CalendarDate,
) => v.validFrom <= asOf && (v.validUntil === null || asOf < v.validUntil);

// What the database does with the stored shares: add the steps up to the date, keep what holds on it.
const addUp = (
  shares: readonly CostLedgerGroupShare[],
  basis: CostLedgerBasis,
  asOf: CalendarDate,
): CostLedger => {
  const accounts = new Map<string, { actuals: number; commitments: number; postings: number }>();
  for (const step of shares.flatMap((s) => s.steps)) {
    if (step.date > asOf) continue;
    const a = accounts.get(step.accountNumber) ?? { actuals: 0, commitments: 0, postings: 0 };
    a.actuals += step.actuals;
    a.commitments += step.commitments;
    a.postings += step.postings;
    accounts.set(step.accountNumber, a);
  }
  const totals: CostLedgerAccountTotal[] = [...accounts].map(([accountNumber, a]) => ({
    accountNumber,
    ...a,
  }));
  return costLedgerFromTotals({
    basis,
    asOf,
    accounts: totals,
    purchaseOrders: shares.flatMap((s) =>
      s.purchaseOrders.filter((p) => holds(p, asOf)).map((p) => p.value),
    ),
    problems: shares.flatMap((s) => s.problems.filter((p) => holds(p, asOf)).map((p) => p.value)),
  });
};

// Ledgers compared by content: the order of accounts, orders and problems is not part of a ledger.
const comparable = (ledger: CostLedger) => ({
  currency: ledger.currency,
  asOf: ledger.asOf,
  actuals: ledger.actuals,
  commitments: ledger.commitments,
  accounts: [...ledger.accounts].sort(([a], [b]) => (a < b ? -1 : 1)),
  purchaseOrders: [...ledger.purchaseOrders.values()].sort((a, b) =>
    a.purchaseOrderId < b.purchaseOrderId ? -1 : 1,
  ),
  problems: [...ledger.problems].map((p) => `${p.documentId} ${p.code} ${p.message}`).sort(),
});

const ACCOUNTS = ['1100', '2300', '3300', '4100'];
const FIRST = calendarDate('2026-01-05');

describe('the ledger by groups of documents', () => {
  it('puts a purchase order and the invoices billed against it in one group, everything else alone', () => {
    const order = spendingDocument('po-1', 'purchase-order', [codingLine('p1', '3300', 100)]);
    const invoice = spendingDocument('inv-1', 'invoice', [codingLine('a', '3300', 50)], {
      purchaseOrderId: 'po-1',
    });
    const alone = spendingDocument('cr-1', 'check-request', [codingLine('a', '3300', 5)]);
    expect([order, invoice, alone].map(spendingGroupOf)).toEqual(['po-1', 'po-1', 'cr-1']);
  });

  it('moves a group on the days its documents are dated, and on no other', () => {
    const order = spendingDocument('po-1', 'purchase-order', [codingLine('p1', '3300', 10_000)], {
      date: '2026-03-01',
    });
    const invoice = spendingDocument(
      'inv-1',
      'invoice',
      [codingLine('a', '3300', 4_000, { liquidates: { line: 'p1', amount: 4_000 } })],
      { purchaseOrderId: 'po-1', date: '2026-03-10' },
    );
    const share = costLedgerGroupShare([order, invoice], WITH_EUROS);
    expect(share.steps).toEqual([
      { accountNumber: '3300', date: '2026-03-01', actuals: 0, commitments: 10_000, postings: 1 },
      {
        accountNumber: '3300',
        date: '2026-03-10',
        actuals: 4_000,
        commitments: -4_000,
        postings: 1,
      },
    ]);
    expect(share.purchaseOrders.map((p) => [p.validFrom, p.validUntil, p.value.open])).toEqual([
      ['2026-03-01', '2026-03-10', 10_000],
      ['2026-03-10', null, 6_000],
    ]);
  });

  it('adds up, as of any date, to the ledger of all the documents (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: -3, max: 70 }),
        fc.boolean(),
        fc.boolean(),
        (seed, count, day, rates, strayRelief) => {
          const basis = rates ? WITH_EUROS : WITHOUT_RATES;
          let documents = randomSpendingDocuments(seed, ACCOUNTS, count, {
            days: 60,
            foreignEvery: 4,
          });
          // An invoice relieving a line its purchase order does not have is a problem of the group.
          const invoice = documents.find((d) => d.purchaseOrderId !== null);
          if (strayRelief && invoice !== undefined) {
            documents = documents.map((d) =>
              d !== invoice
                ? d
                : {
                    ...d,
                    lines: [
                      ...d.lines,
                      codingLine('stray', '2300', 10, { liquidates: { line: 'nope', amount: 10 } }),
                    ],
                  },
            );
          }
          const asOf = addDays(FIRST, day);
          const whole = postSpendingDocuments(documents, { ...basis, asOf });
          expect(comparable(addUp(sharesOf(documents, basis), basis, asOf))).toEqual(
            comparable(whole),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
