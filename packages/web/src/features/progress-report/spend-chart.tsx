import { useId } from 'react';
import { currencyCode, formatCompactMoney } from '@greenlight/domain';
import type { ProgressReportDto } from '@greenlight/contract';
import { formatCalendarDate } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { SPEND_CHART, spendGeometry } from './spend-chart-geometry';

type SpendChartProps = {
  readonly report: ProgressReportDto;
  /** The id of the table that says the same in figures. */
  readonly tableId: string;
};

/** "2 Mar": the year is in the table under the chart. */
const dayAndMonth = (date: string): string => formatCalendarDate(date).replace(/,? \d{4}$/, '');

/**
 * Spend against budget over time: cumulative actuals and actuals + commitments, week by week, under the
 * budget's level line.
 */
export const SpendChart = ({ report, tableId }: SpendChartProps) => {
  const titleId = useId();
  const descId = useId();
  const L = SPEND_CHART;
  const g = spendGeometry(report.spend, report.totals.budget);
  const money = (amount: number) => formatAmount(amount, report.currency);
  const axis = (amount: number) => formatCompactMoney(amount, currencyCode(report.currency));
  const last = report.spend.at(-1);
  const plotRight = L.width - L.right;
  const plotBottom = L.height - L.axis;
  const description = last
    ? `${report.spend.length} weeks from ${formatCalendarDate(report.spend[0]?.weekStarting ?? last.weekStarting)}. By ${formatCalendarDate(last.through)}, ${money(last.actuals)} spent and ${money(last.actualsAndCommitments)} spent or committed, against a budget of ${money(report.totals.budget)}.`
    : 'Nothing spent yet.';

  return (
    <figure className="progress-chart" data-testid="spend-chart">
      <div className="progress-chart__legend" aria-hidden="true">
        <span className="pr-key pr-key--actuals">Actuals (cumulative)</span>
        <span className="pr-key pr-key--committed">Actuals + commitments</span>
        <span className="pr-key pr-key--budget">Budget</span>
      </div>
      <svg
        viewBox={`0 0 ${L.width} ${L.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        aria-describedby={tableId}
        className="progress-chart__svg"
      >
        <title id={titleId}>Spend against budget by week</title>
        <desc id={descId}>{description}</desc>
        {g.ticks.map((tick) => (
          <g key={tick.value} className={tick.value === 0 ? 'pr-tick pr-tick--zero' : 'pr-tick'}>
            <line x1={L.left} x2={plotRight} y1={tick.y} y2={tick.y} />
            <text x={L.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {axis(tick.value)}
            </text>
          </g>
        ))}
        <line
          className="pr-line pr-line--budget"
          x1={L.left}
          x2={plotRight}
          y1={g.budgetY}
          y2={g.budgetY}
          data-testid="spend-chart-budget"
        />
        <text className="pr-budget-label" x={plotRight - 4} y={g.budgetY - 6} textAnchor="end">
          {`Budget ${axis(report.totals.budget)}`}
        </text>
        <path className="pr-line pr-line--committed" d={g.committedPath} />
        <path
          className="pr-line pr-line--actuals"
          d={g.actualsPath}
          data-testid="spend-chart-actuals"
        />
        {g.points.length === 1
          ? g.points.map((p) => (
              <g key="only">
                <circle className="pr-dot pr-dot--committed" cx={p.x} cy={p.committedY} r={4} />
                <circle className="pr-dot pr-dot--actuals" cx={p.x} cy={p.actualsY} r={4} />
              </g>
            ))
          : null}
        {g.labels.map((label, index) => (
          <g key={label.date} className="pr-x-label">
            <line x1={label.x} x2={label.x} y1={plotBottom} y2={plotBottom + 4} />
            <text
              x={label.x}
              y={plotBottom + 18}
              textAnchor={
                g.labels.length > 1 && index === 0
                  ? 'start'
                  : index === g.labels.length - 1 && g.labels.length > 1
                    ? 'end'
                    : 'middle'
              }
            >
              {dayAndMonth(label.date)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
};
