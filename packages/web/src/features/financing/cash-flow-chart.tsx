import { useId, useState } from 'react';
import type { CashFlowDto } from '@greenlight/contract';
import { formatBoardDate } from '../schedule/board-date';
import { formatAmount } from '../../ui/money';
import { formatCalendarDate } from '../../ui/format-time';
import { compactMoney } from './chart-scale';
import { CHART_LAYOUT, cashFlowGeometry, chartHeight } from './cash-flow-geometry';

type CashFlowChartProps = {
  readonly flow: CashFlowDto;
  /** The id of the table that says the same in figures. */
  readonly tableId: string;
};

const weekName = (week: number, startsOn: string | null): string =>
  startsOn === null ? `Week ${week}` : `Week ${week} (from ${formatCalendarDate(startsOn)})`;

/**
 * Money in against money out, by week: above, the running totals of drawdowns and planned spending, the
 * weeks the balance is below zero shaded; below, each week's drawdowns (up) and spending (down).
 */
export const CashFlowChart = ({ flow, tableId }: CashFlowChartProps) => {
  const titleId = useId();
  const descId = useId();
  const [hover, setHover] = useState<number | null>(null);
  const g = cashFlowGeometry(flow.weeks);
  const L = CHART_LAYOUT;
  const height = chartHeight();
  const money = (amount: number) => formatAmount(amount, flow.currency);
  const axis = (amount: number) => compactMoney(amount, flow.currency);
  const last = g.weeks.at(-1);
  const shortWeek = flow.firstShortWeek === null ? null : g.weeks[flow.firstShortWeek - 1];
  const hovered = hover === null ? undefined : g.weeks[hover];
  const plotRight = L.width - L.right;
  const cumBottom = L.top + L.cumulativeHeight;

  const description = [
    `${g.weeks.length} weeks${flow.firstWeek ? ` from ${formatCalendarDate(flow.firstWeek)}` : ''}.`,
    `Drawdowns total ${money(flow.totalDrawdowns)} against planned spending of ${money(flow.totalSpending)}.`,
    shortWeek
      ? `The balance first goes below zero in ${weekName(shortWeek.week, shortWeek.startsOn).toLowerCase()}; at its lowest it is ${money(flow.lowestBalance)}.`
      : 'The balance never goes below zero.',
  ].join(' ');

  return (
    <figure className="cash-flow-chart" data-testid="cash-flow-chart">
      <div className="cash-flow-chart__legend" aria-hidden="true">
        <span className="chart-key chart-key--drawdowns">Drawdowns (cumulative)</span>
        <span className="chart-key chart-key--spending">Planned spending (cumulative)</span>
        <span className="chart-key chart-key--short">Balance below zero</span>
      </div>
      <svg
        viewBox={`0 0 ${L.width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        aria-describedby={tableId}
        className="cash-flow-chart__svg"
        onMouseLeave={() => setHover(null)}
      >
        <title id={titleId}>Cash flow by week: drawdowns against planned spending</title>
        <desc id={descId}>{description}</desc>

        {g.shortRuns.map((run) => (
          <rect
            key={run.x}
            className="cf-short"
            x={run.x}
            y={L.top}
            width={run.width}
            height={L.cumulativeHeight}
            data-testid="cash-flow-short"
          />
        ))}

        {g.cumulativeTicks.map((tick) => (
          <g key={`c${tick.value}`} className="cf-tick">
            <line x1={L.left} x2={plotRight} y1={tick.y} y2={tick.y} />
            <text x={L.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {axis(tick.value)}
            </text>
          </g>
        ))}

        <path className="cf-line cf-line--spending" d={g.spendingPath} />
        <path className="cf-line cf-line--drawdowns" d={g.drawdownsPath} />

        {shortWeek ? (
          <g className="cf-short-marker">
            <line
              x1={g.band(shortWeek.week - 1).x}
              x2={g.band(shortWeek.week - 1).x}
              y1={L.top}
              y2={cumBottom}
            />
            <text x={g.band(shortWeek.week - 1).x + 6} y={L.top + 14}>
              Short from week {shortWeek.week}
            </text>
          </g>
        ) : null}

        {last ? (
          <g className="cf-end-labels">
            <text
              x={plotRight - 4}
              y={cumBottom - 8}
              textAnchor="end"
              className="cf-end-label cf-end-label--drawdowns"
            >
              {`In ${axis(last.cumulativeDrawdowns)} · out ${axis(last.cumulativeSpending)}`}
            </text>
          </g>
        ) : null}

        {g.weeklyTicks.map((tick) => (
          <g
            key={`w${tick.value}`}
            className={tick.value === 0 ? 'cf-tick cf-tick--zero' : 'cf-tick'}
          >
            <line x1={L.left} x2={plotRight} y1={tick.y} y2={tick.y} />
            <text x={L.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {tick.value === 0
                ? axis(0)
                : `${tick.value > 0 ? '+' : '−'}${axis(Math.abs(tick.value))}`}
            </text>
          </g>
        ))}
        <text className="cf-panel-label" x={L.left + 4} y={cumBottom + L.gap - 6}>
          Each week: drawdowns up, spending down
        </text>
        {g.drawdownBars.map((bar) => (
          <rect key={`d${bar.week}`} className="cf-bar cf-bar--drawdowns" {...rect(bar)} />
        ))}
        {g.spendingBars.map((bar) => (
          <rect key={`s${bar.week}`} className="cf-bar cf-bar--spending" {...rect(bar)} />
        ))}

        {g.labels.map((label) => {
          return (
            <g key={label.week} className="cf-x-label">
              <line
                x1={label.x}
                x2={label.x}
                y1={height - L.axisHeight}
                y2={height - L.axisHeight + 4}
              />
              <text x={label.x} y={height - L.axisHeight + 16} textAnchor="middle">
                {label.date === null
                  ? `Wk ${label.week}`
                  : formatBoardDate(label.date).replace(/^\w+ /, '')}
              </text>
              {label.year !== null ? (
                <text
                  x={label.x}
                  y={height - L.axisHeight + 30}
                  textAnchor="middle"
                  className="cf-x-year"
                >
                  {label.year}
                </text>
              ) : null}
            </g>
          );
        })}

        {hovered && hover !== null ? (
          <line
            className="cf-hover-line"
            x1={g.band(hover).x + g.band(hover).width / 2}
            x2={g.band(hover).x + g.band(hover).width / 2}
            y1={L.top}
            y2={height - L.axisHeight}
          />
        ) : null}
        {g.weeks.map((week, index) => (
          <rect
            key={`h${week.week}`}
            className="cf-hit"
            x={g.band(index).x}
            y={L.top}
            width={g.band(index).width}
            height={height - L.axisHeight - L.top}
            onMouseEnter={() => setHover(index)}
          />
        ))}
      </svg>
      <figcaption className="cash-flow-chart__readout" aria-live="off">
        {hovered ? (
          <>
            <strong>{weekName(hovered.week, hovered.startsOn)}</strong>
            <span>
              Drawn <b className="figure">{money(hovered.drawdowns)}</b>
            </span>
            <span>
              Spent <b className="figure">{money(hovered.spending)}</b>
            </span>
            <span className={hovered.balance < 0 ? 'cf-readout--short' : undefined}>
              Balance <b className="figure">{money(hovered.balance)}</b>
            </span>
          </>
        ) : (
          <span className="muted">
            Point at a week for its figures; the table below has them all.
          </span>
        )}
      </figcaption>
    </figure>
  );
};

const rect = (bar: { x: number; y: number; width: number; height: number }) => ({
  x: bar.x,
  y: bar.y,
  width: bar.width,
  height: Math.max(0, bar.height),
});
