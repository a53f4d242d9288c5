import { describe, expect, it } from 'vitest';
import { calendarDate } from '../shared/calendar-date.js';
import { currencyCode } from '../shared/money.js';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import { costPostings, postSpendingDocuments, type CostLedgerOptions } from './cost-ledger.js';

const OPTIONS: CostLedgerOptions = {
  currency: currencyCode('USD'),
  exchangeRates: [{ currency: currencyCode('EUR'), perUnitMicros: 1_085_000 }],
  asOf: calendarDate('2026-03-31'),
};

const order = spendingDocument(
  'po-1',
  'purchase-order',
  [codingLine('p1', '3300', 100_000), codingLine('p2', '3400', 50_000)],
  { number: 'PO 1', status: 'partly-liquidated' },
);
const invoice = (
  id: string,
  lines: Parameters<typeof codingLine>[],
  status = 'approved' as const,
) =>
  spendingDocument(
    id,
    'invoice',
    lines.map((l) => codingLine(...l)),
    { purchaseOrderId: 'po-1', status },
  );

describe('postSpendingDocuments', () => {
  it('turns a purchase order into actuals as invoices relieve it, never counting twice', () => {
    const ledger = postSpendingDocuments(
      [
        order,
        invoice('inv-1', [['a', '3300', 40_000, { liquidates: { line: 'p1', amount: 40_000 } }]]),
      ],
      OPTIONS,
    );
    expect(ledger.accounts.get('3300')).toEqual({ actuals: 40_000, commitments: 60_000 });
    expect(ledger.accounts.get('3400')).toEqual({ actuals: 0, commitments: 50_000 });
    expect(ledger.actuals + ledger.commitments).toBe(150_000);
    expect(ledger.purchaseOrders.get(order.id)).toMatchObject({
      amount: 150_000,
      invoiced: 40_000,
      liquidated: 40_000,
      open: 110_000,
      overrun: 0,
    });
  });

  it('counts an invoice above its purchase order in full and flags the overrun', () => {
    const ledger = postSpendingDocuments(
      [
        order,
        invoice('inv-1', [
          ['a', '3300', 120_000, { liquidates: { line: 'p1', amount: 100_000 } }],
          ['b', '3400', 50_000, { liquidates: { line: 'p2', amount: 50_000 } }],
          ['c', '3400', 1_000],
        ]),
      ],
      OPTIONS,
    );
    expect(ledger.accounts.get('3300')).toEqual({ actuals: 120_000, commitments: 0 });
    expect(ledger.accounts.get('3400')).toEqual({ actuals: 51_000, commitments: 0 });
    expect(ledger.purchaseOrders.get(order.id)).toMatchObject({ open: 0, overrun: 21_000 });
  });

  it('never lets a commitment go below zero when invoices relieve more than a line', () => {
    const ledger = postSpendingDocuments(
      [
        order,
        invoice('inv-1', [['a', '3300', 70_000, { liquidates: { line: 'p1', amount: 70_000 } }]]),
        invoice('inv-2', [['a', '3300', 70_000, { liquidates: { line: 'p1', amount: 70_000 } }]]),
      ],
      OPTIONS,
    );
    expect(ledger.accounts.get('3300')).toEqual({ actuals: 140_000, commitments: 0 });
  });

  it('ignores drafts, submitted, void and future documents, and closed orders commit nothing', () => {
    const ledger = postSpendingDocuments(
      [
        { ...order, status: 'closed' },
        invoice('inv-1', [['a', '3300', 10_000, { liquidates: { line: 'p1', amount: 10_000 } }]]),
        spendingDocument('cr-1', 'check-request', [codingLine('a', '3300', 7)], {
          status: 'draft',
        }),
        spendingDocument('cr-2', 'check-request', [codingLine('a', '3300', 7)], {
          status: 'submitted',
        }),
        spendingDocument('pc-1', 'petty-cash', [codingLine('a', '3300', 7)], { status: 'void' }),
        spendingDocument('cc-1', 'card-transaction', [codingLine('a', '3300', 9)], {
          status: 'paid',
          date: '2026-04-01',
        }),
        spendingDocument('cc-2', 'card-transaction', [codingLine('a', '3300', 3)], {
          status: 'paid',
        }),
      ],
      OPTIONS,
    );
    expect(ledger.accounts.get('3300')).toEqual({ actuals: 10_003, commitments: 0 });
    expect(ledger.purchaseOrders.get(order.id)).toMatchObject({ open: 0, liquidated: 10_000 });
  });

  it('converts other currencies line by line, and leaves out a document with no rate', () => {
    const ledger = postSpendingDocuments(
      [
        spendingDocument(
          'inv-1',
          'invoice',
          [codingLine('a', '3300', 1_000), codingLine('b', '3300', 1)],
          {
            currency: 'EUR',
          },
        ),
        spendingDocument('inv-2', 'invoice', [codingLine('a', '3300', 1_000)], {
          currency: 'GBP',
          number: 'INV 2',
        }),
      ],
      OPTIONS,
    );
    // 10.00 EUR = 10.85 USD; 0.01 EUR = 0.01085 USD, rounded to 0.01.
    expect(ledger.accounts.get('3300')).toEqual({ actuals: 1_086, commitments: 0 });
    expect(ledger.problems).toEqual([
      {
        code: 'missing-exchange-rate',
        documentId: 'inv-2',
        message: 'Invoice INV 2 is in GBP, and the budget has no rate for it: it is left out',
      },
    ]);
  });

  it('lists the postings behind an account by the same rules', () => {
    const documents = [
      order,
      invoice('inv-1', [['a', '3300', 40_000, { liquidates: { line: 'p1', amount: 40_000 } }]]),
    ];
    const postings = costPostings(documents, OPTIONS, '3300');
    expect(postings.map((p) => [p.kind, p.document.id, p.line.id, p.amount])).toEqual([
      ['actual', 'inv-1', 'a', 40_000],
      ['commitment', 'po-1', 'p1', 60_000],
    ]);
  });
});
