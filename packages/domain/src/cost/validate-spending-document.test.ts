import { describe, expect, it } from 'vitest';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import {
  validateInvoiceAgainstPurchaseOrder,
  validateSpendingDocument,
} from './validate-spending-document.js';

describe('validateSpendingDocument', () => {
  it('accepts a well-formed invoice against a purchase order', () => {
    const invoice = spendingDocument(
      'inv-1',
      'invoice',
      [codingLine('a', '3300', 500, { liquidates: { line: 'p1', amount: 500 } })],
      { purchaseOrderId: 'po-1' },
    );
    expect(validateSpendingDocument(invoice, new Set(['3300'])).ok).toBe(true);
  });

  it('lists every problem', () => {
    const bad = spendingDocument(
      'cr-1',
      'check-request',
      [
        codingLine('a', '9999', 0),
        codingLine('a', '3300', 100, { liquidates: { line: 'p1', amount: 50 } }),
      ],
      { number: 'CR 7' },
    );
    const result = validateSpendingDocument(bad, new Set(['3300']));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.details?.['problems']).toEqual([
        'Line 1 of check request CR 7 is coded to account 9999, which is not in the budget',
        'Line 1 of check request CR 7 needs an amount above zero in whole minor units',
        'Line 2 of check request CR 7 repeats the line id "a"',
        'Line 2 of check request CR 7 relieves a purchase order, but only an invoice against one can',
      ]);
    }
  });

  it('refuses an invoice line relieving more than it spends', () => {
    const invoice = spendingDocument(
      'inv-1',
      'invoice',
      [codingLine('a', '3300', 500, { liquidates: { line: 'p1', amount: 501 } })],
      { purchaseOrderId: 'po-1', number: 'INV 9' },
    );
    const result = validateSpendingDocument(invoice);
    expect(!result.ok && result.error.message).toBe(
      'Line 1 of invoice INV 9 relieves $5.01 of the purchase order; it can relieve between nothing and its own $5.00',
    );
  });

  it('checks an invoice against its purchase order', () => {
    const po = spendingDocument('po-1', 'purchase-order', [codingLine('p1', '3300', 500)], {
      number: 'PO 1',
      currency: 'EUR',
    });
    const invoice = spendingDocument(
      'inv-1',
      'invoice',
      [codingLine('a', '3300', 500, { liquidates: { line: 'p9', amount: 500 } })],
      { purchaseOrderId: 'po-1', number: 'INV 9', vendorId: 'vendor-2' },
    );
    const result = validateInvoiceAgainstPurchaseOrder(invoice, po);
    expect(!result.ok && result.error.details?.['problems']).toEqual([
      'Invoice INV 9 is in USD but purchase order PO 1 is in EUR',
      'Invoice INV 9 is from another vendor than purchase order PO 1',
      'Invoice INV 9 relieves line "p9", which purchase order PO 1 does not have',
    ]);
  });
});
