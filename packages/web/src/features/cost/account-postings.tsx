import { useQuery } from '../../api/use-query';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { costHref } from './cost-views';
import { documentTitle } from './document-title';
import { SpendingStatusPill } from './spending-status-pill';

type AccountPostingsProps = {
  readonly productionId: string;
  readonly accountNumber: string;
  readonly accountName: string;
  readonly asOf: string;
  readonly currency: string;
  readonly onClose: () => void;
};

/** The document lines behind one account's actuals and commitments, each opening its document. */
export const AccountPostings = ({
  productionId,
  accountNumber,
  accountName,
  asOf,
  currency,
  onClose,
}: AccountPostingsProps) => {
  const query = useQuery(`cost-postings:${productionId}:${accountNumber}:${asOf}`, (client) =>
    client.call('costPostings', { params: { productionId, accountNumber }, query: { asOf } }),
  );
  return (
    <section
      className="panel cost-postings"
      data-testid="account-postings"
      data-account={accountNumber}
      aria-labelledby="cost-postings-heading"
    >
      <div className="panel__bar panel__bar--plain">
        <h2 id="cost-postings-heading">
          {accountNumber} {accountName}{' '}
          <span className="muted">· what is behind it as of {formatCalendarDate(asOf)}</span>
        </h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <QueryView query={query} loadingLabel="Loading the postings…">
        {({ postings }) => {
          if (postings.length === 0) {
            return (
              <EmptyState title="Nothing is spent or committed on this account yet">
                <p>Its estimated final cost is the budget until documents are coded to it.</p>
              </EmptyState>
            );
          }
          const sum = (kind: 'actual' | 'commitment') =>
            postings.filter((p) => p.kind === kind).reduce((total, p) => total + p.amount, 0);
          return (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">Counts as</th>
                  <th scope="col">Document</th>
                  <th scope="col">Date</th>
                  <th scope="col">Status</th>
                  <th scope="col">Line</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {postings.map((p) => (
                  <tr
                    key={`${p.documentId}:${p.lineId}:${p.kind}`}
                    data-testid="posting-row"
                    data-kind={p.kind}
                    data-document-id={p.documentId}
                  >
                    <td>{p.kind === 'actual' ? 'Actual' : 'Committed'}</td>
                    <th scope="row">
                      <Link
                        to={costHref(productionId, { view: 'document', documentId: p.documentId })}
                        className="row-title"
                      >
                        {documentTitle(p.documentKind, p.number)}
                      </Link>
                    </th>
                    <td className="nowrap">{formatCalendarDate(p.date)}</td>
                    <td>
                      <SpendingStatusPill status={p.status} />
                    </td>
                    <td>{p.description || <span className="muted">—</span>}</td>
                    <td className="num">{formatAmount(p.amount, currency)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    Actuals
                  </th>
                  <td className="num" data-testid="postings-actuals">
                    {formatAmount(sum('actual'), currency)}
                  </td>
                </tr>
                <tr>
                  <th scope="row" colSpan={5}>
                    Committed
                  </th>
                  <td className="num" data-testid="postings-commitments">
                    {formatAmount(sum('commitment'), currency)}
                  </td>
                </tr>
              </tfoot>
            </table>
          );
        }}
      </QueryView>
    </section>
  );
};
