import {
  SPENDING_DOCUMENT_KINDS,
  SPENDING_DOCUMENT_STATUSES,
  type SpendingDocumentKind,
  type SpendingDocumentStatus,
} from '@greenlight/domain';
import type { SpendingDocumentListItem } from './cost-dto';

/** The document list's filters, as the URL keeps them (`?kind=invoice&status=submitted&vendor=…&q=…`). */
export type DocumentFilters = {
  readonly kind: SpendingDocumentKind | null;
  readonly status: SpendingDocumentStatus | null;
  readonly vendorId: string | null;
  readonly text: string;
};

const isKind = (value: string | null): value is SpendingDocumentKind =>
  value !== null && (SPENDING_DOCUMENT_KINDS as readonly string[]).includes(value);
const isStatus = (value: string | null): value is SpendingDocumentStatus =>
  value !== null && (SPENDING_DOCUMENT_STATUSES as readonly string[]).includes(value);

/** The filters named by the query string; anything unknown is no filter. */
export const filtersFromSearch = (search: URLSearchParams): DocumentFilters => {
  const kind = search.get('kind');
  const status = search.get('status');
  const vendor = search.get('vendor');
  return {
    kind: isKind(kind) ? kind : null,
    status: isStatus(status) ? status : null,
    vendorId: vendor === null || vendor === '' ? null : vendor,
    text: search.get('q') ?? '',
  };
};

/** The query string for filters, leaving out the empty ones. */
export const filtersToQuery = (filters: DocumentFilters): Record<string, string> => {
  const query: Record<string, string> = {};
  if (filters.kind !== null) query['kind'] = filters.kind;
  if (filters.status !== null) query['status'] = filters.status;
  if (filters.vendorId !== null) query['vendor'] = filters.vendorId;
  if (filters.text.trim() !== '') query['q'] = filters.text;
  return query;
};

/**
 * The documents matching the vendor and the search words (kind and status are the server's filters). Every
 * word must appear somewhere: the number, the vendor, the description, who entered it, an account number
 * or a line's description, case-insensitively.
 */
export const filterDocuments = (
  documents: readonly SpendingDocumentListItem[],
  filters: Pick<DocumentFilters, 'vendorId' | 'text'>,
): SpendingDocumentListItem[] => {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return documents.filter((d) => {
    if (filters.vendorId !== null && d.vendorId !== filters.vendorId) return false;
    if (words.length === 0) return true;
    const haystack = [
      d.number,
      d.vendorName ?? '',
      d.description,
      d.requestedByName,
      ...d.lines.flatMap((l) => [l.accountNumber, l.description]),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
};
