import { describe, expect, it } from 'vitest';
import { instant } from '../shared/calendar-date.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import type { SpendingApproval, SpendingDocumentKind } from './spending-document.js';
import {
  moveSpendingDocument,
  settlePurchaseOrder,
  spendingDocumentStatusAfter,
  spendingDocumentTransitions,
} from './spending-document-status.js';

const signOff = (covers: boolean): SpendingApproval => ({
  personId: 'person-production-manager' as PersonId,
  at: instant('2026-03-02T10:00:00Z'),
  basis: { via: 'role', role: 'production-manager', limit: 1_000_000 as MinorUnits },
  covers,
});

describe('spending document statuses', () => {
  it('runs a purchase order from draft to committed, relieved, closed', () => {
    expect(spendingDocumentTransitions('purchase-order', 'draft')).toEqual(['submit', 'void']);
    expect(spendingDocumentTransitions('purchase-order', 'submitted')).toEqual([
      'withdraw',
      'return',
      'approve',
      'void',
    ]);
    expect(spendingDocumentTransitions('purchase-order', 'committed')).toEqual(['close', 'void']);
    expect(spendingDocumentTransitions('purchase-order', 'partly-liquidated')).toEqual(['close']);
    expect(spendingDocumentTransitions('purchase-order', 'closed')).toEqual(['reopen']);
    expect(spendingDocumentTransitions('purchase-order', 'void')).toEqual([]);
  });

  it.each<SpendingDocumentKind>(['invoice', 'check-request', 'petty-cash', 'card-transaction'])(
    'runs a %s from draft to approved to paid',
    (kind) => {
      expect(spendingDocumentStatusAfter(kind, 'submitted', 'approve')).toEqual({
        ok: true,
        value: 'approved',
      });
      expect(spendingDocumentStatusAfter(kind, 'approved', 'pay')).toEqual({
        ok: true,
        value: 'paid',
      });
      expect(spendingDocumentTransitions(kind, 'paid')).toEqual([]);
    },
  );

  it('says what a status allows when a move is refused', () => {
    const paid = spendingDocumentStatusAfter('invoice', 'paid', 'void');
    expect(paid.ok).toBe(false);
    if (!paid.ok) {
      expect(paid.error.code).toBe('conflict');
      expect(paid.error.message).toBe(
        'An invoice that is paid cannot be voided; it never changes again',
      );
    }
    const liquidated = spendingDocumentStatusAfter('purchase-order', 'partly-liquidated', 'void');
    expect(!liquidated.ok && liquidated.error.message).toBe(
      'A purchase order that is partly liquidated cannot be voided; it can be closed',
    );
    const never = spendingDocumentStatusAfter('purchase-order', 'committed', 'pay');
    expect(!never.ok && never.error.message).toBe('A purchase order is never paid');
  });

  it('approves only with a sign-off within a signing limit', () => {
    const submitted = spendingDocument('po-1', 'purchase-order', [codingLine('a', '3300', 500)], {
      status: 'submitted',
      number: 'PO 0001',
    });
    const refused = moveSpendingDocument({ ...submitted, approvals: [signOff(false)] }, 'approve');
    expect(!refused.ok && refused.error.message).toBe(
      'Purchase order PO 0001 has no approval within a signing limit yet',
    );
    const approved = moveSpendingDocument({ ...submitted, approvals: [signOff(true)] }, 'approve');
    expect(approved.ok && approved.value.status).toBe('committed');
  });

  it('clears sign-offs when a document goes back to draft or is submitted again', () => {
    const submitted = {
      ...spendingDocument('inv-1', 'invoice', [codingLine('a', '3300', 500)], {
        status: 'submitted',
      }),
      approvals: [signOff(false)],
    };
    const returned = moveSpendingDocument(submitted, 'return');
    expect(returned.ok && returned.value).toMatchObject({ status: 'draft', approvals: [] });
  });

  it('settles a committed purchase order from what invoices relieved', () => {
    const po = spendingDocument('po-1', 'purchase-order', [
      codingLine('a', '3300', 500),
      codingLine('b', '3300', 300),
    ]);
    expect(settlePurchaseOrder(po, 0 as MinorUnits).status).toBe('committed');
    expect(settlePurchaseOrder(po, 1 as MinorUnits).status).toBe('partly-liquidated');
    expect(settlePurchaseOrder(po, 800 as MinorUnits).status).toBe('closed');
    const byHand = { ...po, status: 'closed' as const };
    expect(settlePurchaseOrder(byHand, 0 as MinorUnits)).toBe(byHand);
  });
});
