import { describe, expect, it } from 'vitest';
import type { SpendingDocumentListItem } from './cost-dto';
import { filterDocuments, filtersFromSearch, filtersToQuery } from './document-filters';

const doc = (id: string, over: Partial<SpendingDocumentListItem>): SpendingDocumentListItem => ({
  id,
  kind: 'purchase-order',
  number: id,
  vendorId: null,
  vendorName: null,
  date: '2026-03-01',
  currency: 'USD',
  description: '',
  purchaseOrderId: null,
  status: 'draft',
  requestedBy: 'p1',
  requestedByName: 'Priya Natarajan',
  amount: 100,
  lines: [],
  version: 1,
  transitions: [],
  ...over,
});

const DOCS = [
  doc('PO 0001', {
    vendorId: 'v1',
    vendorName: 'Pacific Camera Rental',
    description: 'Camera package',
    lines: [
      {
        id: 'l1',
        accountNumber: '3300',
        episode: null,
        set: null,
        description: 'Anamorphic lenses',
        amount: 100,
        liquidates: null,
      },
    ],
  }),
  doc('CR 0001', { vendorId: 'v2', vendorName: 'Port of San Pedro', description: 'Location fee' }),
];

describe('filtering the documents', () => {
  it('matches every word anywhere: number, vendor, description, account, line', () => {
    const ids = (text: string, vendorId: string | null = null) =>
      filterDocuments(DOCS, { text, vendorId }).map((d) => d.id);
    expect(ids('')).toEqual(['PO 0001', 'CR 0001']);
    expect(ids('anamorphic')).toEqual(['PO 0001']);
    expect(ids('3300 pacific')).toEqual(['PO 0001']);
    expect(ids('san pedro fee')).toEqual(['CR 0001']);
    expect(ids('camera fee')).toEqual([]);
    expect(ids('', 'v2')).toEqual(['CR 0001']);
  });

  it('keeps the filters in the query string and ignores what it does not know', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('kind=invoice&status=nope&vendor=v1&q=lens'),
    );
    expect(filters).toEqual({ kind: 'invoice', status: null, vendorId: 'v1', text: 'lens' });
    expect(filtersToQuery(filters)).toEqual({ kind: 'invoice', vendor: 'v1', q: 'lens' });
    expect(filtersToQuery({ kind: null, status: null, vendorId: null, text: ' ' })).toEqual({});
  });
});
