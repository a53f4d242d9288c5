import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@greenlight/contract';
import { draftToRequest, emptyDraft, nextLineId, serverFieldErrors } from './document-draft';

const draft = emptyDraft('purchase-order', '2026-03-01', 'USD');

describe('a document draft', () => {
  it('becomes the request, amounts read exactly as minor units', () => {
    const result = draftToRequest({
      ...draft,
      number: ' PO 0042 ',
      vendorId: 'v1',
      lines: [
        { ...draft.lines[0]!, accountNumber: '3300', description: 'Dolly', amount: '1,250.29' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      body: expect.objectContaining({
        kind: 'purchase-order',
        number: 'PO 0042',
        vendorId: 'v1',
        purchaseOrderId: null,
        lines: [
          {
            id: 'line-1',
            accountNumber: '3300',
            episode: null,
            set: null,
            description: 'Dolly',
            amount: 125_029,
            liquidates: null,
          },
        ],
      }),
    });
  });

  it('names every problem by field before anything is sent', () => {
    const result = draftToRequest({
      ...draft,
      lines: [
        draft.lines[0]!,
        { ...draft.lines[0]!, id: 'line-2', accountNumber: '2100', amount: '12.345' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        number: 'Give the document its number',
        vendorId: 'Choose the vendor (only petty cash has none)',
        'lines.0.accountNumber': 'Choose an account',
        'lines.0.amount': 'Enter an amount',
        'lines.1.amount': 'Use at most 2 decimal places',
      },
    });
  });

  it('relieves the purchase-order line an invoice line names, by the line’s amount', () => {
    const result = draftToRequest({
      ...draft,
      kind: 'invoice',
      number: 'INV 7',
      vendorId: 'v1',
      purchaseOrderId: 'po1',
      lines: [{ ...draft.lines[0]!, accountNumber: '3300', amount: '500', relieves: 'body' }],
    });
    expect(result.ok && result.body.lines[0]?.liquidates).toEqual({
      purchaseOrderLineId: 'body',
      amount: 50_000,
    });
    expect(result.ok && result.body.purchaseOrderId).toBe('po1');
  });

  it('gives a new line an id no other line has', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 25 }), (taken) => {
        const lines = taken.map((n) => ({ id: `line-${n}` }));
        const id = nextLineId(lines);
        expect(lines.some((l) => l.id === id)).toBe(false);
        expect(Number(id.slice(5))).toBeLessThanOrEqual(taken.length + 1);
      }),
    );
  });
});

describe('the server’s refusal, field by field', () => {
  it('places the schema’s issues by their path and the domain’s problems by their line', () => {
    const schema = new ApiError(400, {
      error: {
        code: 'validation',
        message: 'Invalid body',
        details: {
          issues: [
            { path: ['lines', '1', 'amount'], message: 'must be above zero' },
            { path: ['lines', '0', 'liquidates', 'amount'], message: 'too much' },
          ],
        },
      },
    });
    expect(serverFieldErrors(schema)).toEqual({
      'lines.1.amount': 'must be above zero',
      'lines.0.relieves': 'too much',
    });
    const domain = new ApiError(400, {
      error: {
        code: 'validation',
        message:
          'Line 2 of purchase order PO 7 is coded to account 9999, which is not in the budget',
        details: {
          problems: [
            'Line 2 of purchase order PO 7 is coded to account 9999, which is not in the budget',
            'Invoice INV 1 is from another vendor than purchase order PO 7',
            'Something else entirely',
          ],
        },
      },
    });
    expect(serverFieldErrors(domain)).toEqual({
      'lines.1.accountNumber':
        'Line 2 of purchase order PO 7 is coded to account 9999, which is not in the budget',
      purchaseOrderId: 'Invoice INV 1 is from another vendor than purchase order PO 7',
      form: 'Something else entirely',
    });
  });

  it('leaves anything but a validation error to the toast', () => {
    expect(
      serverFieldErrors(new ApiError(403, { error: { code: 'forbidden', message: 'No' } })),
    ).toBeNull();
    expect(serverFieldErrors(new Error('x'))).toBeNull();
  });
});
