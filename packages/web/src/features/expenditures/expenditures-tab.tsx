import type { ExpenditureListDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../ui/feedback';
import { formatDay } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { ExpenditureStatusPill } from '../../ui/status-pills';
import { useProduction } from '../production/production-context';
import { ExpenditureForm } from './expenditure-form';

/** What has been committed and what waits for approval, with the form to spend. */
export const ExpendituresTab = () => {
  const { production } = useProduction();
  const list = useQuery(`expenditures:${production.id}`, (client) =>
    client.call('expenditures', { params: { productionId: production.id } }),
  );
  return (
    <div className="stack">
      <ExpenditureForm onCreated={list.reload} />
      <QueryView query={list} loadingLabel="Loading expenditures…">
        {(data) => <ExpenditureTable data={data} timeZone={production.timeZone} />}
      </QueryView>
    </div>
  );
};

const ExpenditureTable = ({
  data,
  timeZone,
}: {
  readonly data: ExpenditureListDto;
  readonly timeZone: string;
}) => (
  <>
    <dl className="stat-row">
      <div className="stat stat--green">
        <dt>Committed</dt>
        <dd data-testid="committed-total">{formatAmount(data.committedTotal, data.currency)}</dd>
      </div>
      <div className="stat stat--amber">
        <dt>Awaiting approval</dt>
        <dd data-testid="pending-total">{formatAmount(data.pendingTotal, data.currency)}</dd>
      </div>
    </dl>
    {data.expenditures.length === 0 ? (
      <EmptyState title="No expenditures yet">
        <p>Spending committed on this production will be listed here.</p>
      </EmptyState>
    ) : (
      <div className="table-wrap">
        <table className="table" data-testid="expenditures-table">
          <caption className="visually-hidden">Expenditures</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Description</th>
              <th scope="col">Vendor</th>
              <th scope="col">Department</th>
              <th scope="col">Requested by</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {data.expenditures.map((e) => (
              <tr key={e.id} data-testid="expenditure-row" data-status={e.status}>
                <td className="nowrap">{formatDay(e.createdAt, timeZone)}</td>
                <th scope="row">{e.description}</th>
                <td>{e.vendor ?? <span className="muted">—</span>}</td>
                <td>
                  {e.department ? (
                    DEPARTMENT_LABELS[e.department]
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{e.requestedByName}</td>
                <td>
                  <ExpenditureStatusPill status={e.status} />
                </td>
                <td className="num">{formatAmount(e.amount, data.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </>
);
