import type { FinancingPlanDto } from '@greenlight/contract';
import { FINANCING_STATUS_LABELS } from '@greenlight/domain';
import { Notice } from '../../ui/feedback';
import { formatAmount } from '../../ui/money';
import { compactMoney } from './chart-scale';
import { gapBar, gapHeadline, shortWithCommitted, totalsByStatus } from './gap-figures';

/** The approved budget against the money: the headline, the bar and the sources added up by status. */
export const GapPanel = ({ plan }: { readonly plan: FinancingPlanDto }) => {
  const { gap, budget } = plan;
  if (gap === null || budget === null) {
    return (
      <section className="panel gap-panel" aria-labelledby="gap-heading" data-testid="gap-panel">
        <h2 id="gap-heading">The gap</h2>
        <Notice tone="info">
          <span data-testid="gap-problem">
            {plan.gapProblem ?? 'There is no approved budget to measure the financing against'}
          </span>
          . The gap is measured against the approved budget: approve one on the Budget tab.
        </Notice>
      </section>
    );
  }
  const headline = gapHeadline(gap);
  const { segments, budgetPercent } = gapBar(gap);
  const closedPercent = segments[0]?.percent ?? 0;
  const afterCommitted = shortWithCommitted(gap);
  const money = (amount: number) => formatAmount(amount, gap.currency);
  return (
    <section className="panel gap-panel" aria-labelledby="gap-heading" data-testid="gap-panel">
      <div className="gap-panel__head">
        <div>
          <h2 id="gap-heading" className="gap-panel__eyebrow">
            The gap
          </h2>
          <p
            className={`gap-panel__headline gap-panel__headline--${headline.tone}`}
            data-testid="gap-headline"
            data-tone={headline.tone}
          >
            {headline.text}
          </p>
          <p className="muted gap-panel__budget">
            Closed financing against {budget.name} (version {budget.number}, approved) of{' '}
            <strong className="figure">{money(budget.grandTotal)}</strong>
          </p>
        </div>
        <dl className="gap-figures">
          <div>
            <dt>Approved budget</dt>
            <dd data-testid="gap-budget">{money(gap.budgetTotal)}</dd>
          </div>
          <div className="gap-figures--closed">
            <dt>Closed financing</dt>
            <dd data-testid="gap-closed">{money(gap.closed)}</dd>
          </div>
          <div className={gap.gap > 0 ? 'gap-figures--short' : 'gap-figures--covered'}>
            <dt>{gap.gap > 0 ? 'Gap' : 'To spare'}</dt>
            <dd data-testid="gap-amount">{money(gap.gap > 0 ? gap.gap : gap.surplus)}</dd>
          </div>
        </dl>
      </div>

      <div
        className="gap-bar"
        role="img"
        aria-label={`${money(gap.closed)} closed, ${money(gap.committed)} committed and ${money(gap.pipeline)} in the pipeline, against an approved budget of ${money(gap.budgetTotal)}`}
      >
        <div className="gap-bar__track">
          {segments.map((s) =>
            s.percent > 0 ? (
              <span
                key={s.key}
                className={`gap-bar__segment gap-bar__segment--${s.key}`}
                style={{ width: `${s.percent}%` }}
                title={`${s.label}: ${money(s.amount)}`}
              />
            ) : null,
          )}
          <span
            className="gap-bar__budget"
            style={{ left: `${budgetPercent}%` }}
            aria-hidden="true"
          >
            <span className="gap-bar__budget-label">
              Budget {compactMoney(gap.budgetTotal, gap.currency)}
            </span>
          </span>
        </div>
        {gap.gap > 0 ? (
          <div className="gap-bar__gap-row" aria-hidden="true">
            <span
              className="gap-bar__gap"
              style={{ left: `${closedPercent}%`, width: `${budgetPercent - closedPercent}%` }}
            >
              Gap {compactMoney(gap.gap, gap.currency)}
            </span>
          </div>
        ) : null}
      </div>

      <div className="gap-panel__legend">
        <table className="table table--compact gap-status-table" data-testid="gap-by-status">
          <caption className="visually-hidden">Financing by status</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Sources
              </th>
              <th scope="col" className="num">
                Amount ({gap.currency})
              </th>
            </tr>
          </thead>
          <tbody>
            {totalsByStatus(plan.sources).map((row) => (
              <tr key={row.status} data-testid="gap-status-row" data-status={row.status}>
                <th scope="row">
                  <span
                    className={`legend-swatch legend-swatch--${row.status}`}
                    aria-hidden="true"
                  />
                  {FINANCING_STATUS_LABELS[row.status]}
                  {row.status === 'withdrawn' ? (
                    <span className="muted"> (not counted)</span>
                  ) : null}
                </th>
                <td className="num">{row.count}</td>
                <td className="num">{row.amount === null ? '—' : money(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="gap-panel__note muted">
          Only <strong>closed</strong> and <strong>drawn</strong> money counts for the greenlight.{' '}
          {gap.committed > 0
            ? afterCommitted > 0
              ? `If the committed deals closed, ${money(afterCommitted)} would still be missing.`
              : 'Closing the committed deals would cover the budget.'
            : gap.gap > 0
              ? `${money(gap.pipeline)} is still in the pipeline.`
              : null}
        </p>
      </div>
    </section>
  );
};
