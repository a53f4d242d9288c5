import { useId, useState } from 'react';
import type { FinancingPlanDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../ui/feedback';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { QueryView } from '../../ui/query-view';
import { CashFlowChart } from './cash-flow-chart';
import { FinancingOutcomeNotice, type FinancingOutcome } from './financing-outcome';
import { PlannedSpendingEditor } from './planned-spending-editor';

type CashFlowViewProps = {
  readonly productionId: string;
  readonly plan: FinancingPlanDto;
  readonly currency: string;
  readonly onChanged: () => void;
};

type Include = 'closed' | 'committed';

/** The weekly cash flow: the chart, the figures behind it, and the planned spending to edit. */
export const CashFlowView = ({ productionId, plan, currency, onChanged }: CashFlowViewProps) => {
  const [include, setInclude] = useState<Include>('closed');
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<FinancingOutcome | null>(null);
  const tableId = useId();
  const query = useQuery(`cash-flow:${productionId}:${include}`, (client) =>
    client.call('cashFlow', { params: { productionId }, query: { include } }),
  );

  return (
    <div className="stack cash-flow">
      <div className="cash-flow__toolbar">
        <div className="segmented" role="group" aria-label="Financing counted">
          {(
            [
              ['closed', 'Closed and drawn'],
              ['committed', 'With committed deals'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              className="segmented__item segmented__button"
              aria-pressed={include === value}
              onClick={() => setInclude(value)}
              data-testid={`cash-flow-include-${value}`}
            >
              {label}
            </button>
          ))}
        </div>
        {editing ? null : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setEditing(true);
              setOutcome(null);
            }}
            data-testid="edit-planned-spending"
          >
            Edit planned spending
          </button>
        )}
      </div>
      <FinancingOutcomeNotice outcome={outcome} onDismiss={() => setOutcome(null)} />
      {editing ? (
        <section className="panel">
          <PlannedSpendingEditor
            productionId={productionId}
            plan={plan}
            currency={plan.budget?.currency ?? currency}
            onDone={(next) => {
              setEditing(false);
              setOutcome(next);
              if (next !== null) {
                onChanged();
                query.reload();
              }
            }}
          />
        </section>
      ) : null}
      <QueryView query={query} loadingLabel="Working out the cash flow…">
        {(flow) => {
          if (flow.weeks.length === 0) {
            return (
              <EmptyState title="No cash flow yet">
                Plan the spending by week and give the sources their drawdowns to see when the money
                runs short.
              </EmptyState>
            );
          }
          const money = (amount: number) => formatAmount(amount, flow.currency);
          const shortWeek =
            flow.firstShortWeek === null ? null : flow.weeks[flow.firstShortWeek - 1];
          return (
            <>
              <dl className="cash-flow__stats">
                <div>
                  <dt>Planned spending</dt>
                  <dd data-testid="cash-flow-spending">{money(flow.totalSpending)}</dd>
                </div>
                <div>
                  <dt>Drawdowns</dt>
                  <dd data-testid="cash-flow-drawdowns">{money(flow.totalDrawdowns)}</dd>
                </div>
                <div className={flow.lowestBalance < 0 ? 'cash-flow__stat--short' : undefined}>
                  <dt>Lowest balance</dt>
                  <dd data-testid="cash-flow-lowest">{money(flow.lowestBalance)}</dd>
                </div>
                <div className={shortWeek ? 'cash-flow__stat--short' : 'cash-flow__stat--ok'}>
                  <dt>Runs short</dt>
                  <dd data-testid="cash-flow-first-short">
                    {shortWeek
                      ? `Week ${shortWeek.week}${shortWeek.startsOn ? ` · ${formatCalendarDate(shortWeek.startsOn)}` : ''}`
                      : 'Never'}
                  </dd>
                </div>
              </dl>
              <section className="panel cash-flow__panel" aria-label="Cash flow chart">
                <CashFlowChart flow={flow} tableId={tableId} />
              </section>
              <details className="panel panel--flush cash-flow__details">
                <summary className="panel__bar">
                  <span className="cash-flow__summary-title">Week by week</span>
                  <span className="muted">the chart’s figures</span>
                </summary>
                <div className="table-scroll">
                  <table
                    className="table table--compact"
                    id={tableId}
                    data-testid="cash-flow-table"
                  >
                    <caption className="visually-hidden">Cash flow by week</caption>
                    <thead>
                      <tr>
                        <th scope="col">Week</th>
                        <th scope="col">Starts</th>
                        <th scope="col" className="num">
                          Planned spending
                        </th>
                        <th scope="col" className="num">
                          Drawdowns
                        </th>
                        <th scope="col" className="num">
                          Balance
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {flow.weeks.map((week) => (
                        <tr
                          key={week.week}
                          data-testid="cash-flow-row"
                          data-short={week.balance < 0 || undefined}
                        >
                          <th scope="row">{week.week}</th>
                          <td>{week.startsOn ? formatCalendarDate(week.startsOn) : '—'}</td>
                          <td className="num">{money(week.spending)}</td>
                          <td className="num">
                            {week.drawdowns === 0 ? '' : money(week.drawdowns)}
                          </td>
                          <td className={week.balance < 0 ? 'num cash-flow__negative' : 'num'}>
                            {money(week.balance)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row" colSpan={2}>
                          Total
                        </th>
                        <td className="num">{money(flow.totalSpending)}</td>
                        <td className="num">{money(flow.totalDrawdowns)}</td>
                        <td className="num">{money(flow.weeks.at(-1)?.balance ?? 0)}</td>
                      </tr>
                    </tfoot>
                  </table>
                </div>
              </details>
            </>
          );
        }}
      </QueryView>
    </div>
  );
};
