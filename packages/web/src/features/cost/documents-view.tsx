import {
  SPENDING_DOCUMENT_KIND_CODES,
  SPENDING_DOCUMENT_KIND_LABELS,
  SPENDING_DOCUMENT_KINDS,
  SPENDING_DOCUMENT_STATUS_LABELS,
  SPENDING_DOCUMENT_STATUSES,
  type SpendingDocumentKind,
  type SpendingDocumentStatus,
} from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { Link, navigate } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { costHref } from './cost-views';
import {
  filterDocuments,
  filtersFromSearch,
  filtersToQuery,
  type DocumentFilters,
} from './document-filters';
import { SpendingStatusPill } from './spending-status-pill';
import type { CostPermissions } from './use-cost-permissions';

type DocumentsViewProps = {
  readonly productionId: string;
  readonly search: URLSearchParams;
  readonly permissions: CostPermissions;
};

/** Every spending document, newest first, filtered by kind, status, vendor and words. */
export const DocumentsView = ({ productionId, search, permissions }: DocumentsViewProps) => {
  const filters = filtersFromSearch(search);
  const query = useQuery(
    `spending-documents:${productionId}:${filters.kind ?? ''}:${filters.status ?? ''}`,
    (client) =>
      client.call('spendingDocuments', {
        params: { productionId },
        query: {
          ...(filters.kind === null ? {} : { kind: filters.kind }),
          ...(filters.status === null ? {} : { status: filters.status }),
        },
      }),
  );
  const vendors = useQuery(`vendors:${productionId}`, (client) =>
    client.call('vendors', { params: { productionId } }),
  );
  const set = (change: Partial<DocumentFilters>) =>
    navigate(
      costHref(productionId, { view: 'documents' }, filtersToQuery({ ...filters, ...change })),
      { replace: true },
    );
  const filtered =
    filters.kind !== null ||
    filters.status !== null ||
    filters.vendorId !== null ||
    filters.text.trim() !== '';

  return (
    <div className="stack">
      <div className="toolbar">
        <form
          className="cost-filters"
          role="search"
          aria-label="Filter the documents"
          onSubmit={(e) => e.preventDefault()}
        >
          <label className="field field--inline">
            <span className="field__label">Kind</span>
            <select
              value={filters.kind ?? ''}
              onChange={(e) =>
                set({ kind: (e.target.value || null) as SpendingDocumentKind | null })
              }
            >
              <option value="">All kinds</option>
              {SPENDING_DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SPENDING_DOCUMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline">
            <span className="field__label">Status</span>
            <select
              value={filters.status ?? ''}
              onChange={(e) =>
                set({ status: (e.target.value || null) as SpendingDocumentStatus | null })
              }
            >
              <option value="">Any status</option>
              {SPENDING_DOCUMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {SPENDING_DOCUMENT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline">
            <span className="field__label">Vendor</span>
            <select
              value={filters.vendorId ?? ''}
              onChange={(e) => set({ vendorId: e.target.value || null })}
            >
              <option value="">All vendors</option>
              {(vendors.data?.vendors ?? []).map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline">
            <span className="field__label">Search</span>
            <input
              type="search"
              value={filters.text}
              placeholder="Number, vendor, account…"
              onChange={(e) => set({ text: e.target.value })}
            />
          </label>
        </form>
        {permissions.enter ? (
          <div className="toolbar__actions">
            <Link
              to={costHref(productionId, { view: 'new-document' })}
              className="button button--primary"
              data-testid="new-document"
            >
              Enter a document
            </Link>
          </div>
        ) : null}
      </div>
      <QueryView query={query} loadingLabel="Loading the documents…">
        {({ documents }) => {
          const shown = filterDocuments(documents, filters);
          if (shown.length === 0) {
            return (
              <EmptyState
                title={filtered ? 'No document matches these filters' : 'No spending documents yet'}
              >
                {filtered ? null : (
                  <p>
                    Purchase orders, invoices, check requests, petty cash and card transactions
                    entered here feed the cost report.
                  </p>
                )}
              </EmptyState>
            );
          }
          const total = shown.reduce((sum, d) => sum + d.amount, 0);
          const currencies = new Set(shown.map((d) => d.currency));
          return (
            <div className="table-wrap">
              <table className="table cost-documents" data-testid="documents-table">
                <thead>
                  <tr>
                    <th scope="col">Document</th>
                    <th scope="col">Date</th>
                    <th scope="col">Vendor</th>
                    <th scope="col">Description</th>
                    <th scope="col">Entered by</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((d) => (
                    <tr
                      key={d.id}
                      data-testid="document-row"
                      data-document-id={d.id}
                      data-kind={d.kind}
                      data-status={d.status}
                    >
                      <th scope="row">
                        <Link
                          to={costHref(productionId, { view: 'document', documentId: d.id })}
                          className="row-title"
                          title={SPENDING_DOCUMENT_KIND_LABELS[d.kind]}
                        >
                          <span className="cost-kind-code">
                            {SPENDING_DOCUMENT_KIND_CODES[d.kind]}
                          </span>{' '}
                          {d.number}
                        </Link>
                      </th>
                      <td className="nowrap">{formatCalendarDate(d.date)}</td>
                      <td>{d.vendorName ?? <span className="muted">—</span>}</td>
                      <td>{d.description || <span className="muted">—</span>}</td>
                      <td>{d.requestedByName}</td>
                      <td>
                        <SpendingStatusPill status={d.status} />
                      </td>
                      <td className="num">{formatAmount(d.amount, d.currency)}</td>
                    </tr>
                  ))}
                </tbody>
                {currencies.size === 1 ? (
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={6}>
                        {shown.length} {shown.length === 1 ? 'document' : 'documents'}
                      </th>
                      <td className="num" data-testid="documents-total">
                        {formatAmount(total, [...currencies][0] ?? '')}
                      </td>
                    </tr>
                  </tfoot>
                ) : null}
              </table>
            </div>
          );
        }}
      </QueryView>
    </div>
  );
};
