import { useId } from 'react';
import type { ProgressReportDto } from '@greenlight/contract';
import { formatAmount } from '../../ui/money';

type SectionVarianceChartProps = {
  readonly report: ProgressReportDto;
  readonly tableId: string;
};

const LAYOUT = { width: 960, label: 200, valueRoom: 120, band: 34, bar: 20, top: 6 } as const;

/**
 * Variance by section as horizontal bars from a zero line: under budget to the right in green, over budget
 * to the left in red, each with its amount at the bar's end.
 */
export const SectionVarianceChart = ({ report, tableId }: SectionVarianceChartProps) => {
  const titleId = useId();
  const L = LAYOUT;
  const bars = report.sections;
  const height = L.top * 2 + Math.max(1, bars.length) * L.band;
  const most = Math.max(0, ...bars.map((b) => b.variance));
  const least = Math.min(0, ...bars.map((b) => b.variance));
  const left = L.label + L.valueRoom;
  const right = L.width - L.valueRoom;
  const x = (value: number): number =>
    most === least
      ? (left + right) / 2
      : left + ((value - least) / (most - least)) * (right - left);
  const zero = x(0);
  const money = (amount: number) => formatAmount(amount, report.currency);

  return (
    <figure className="progress-chart" data-testid="section-variance-chart">
      <svg
        viewBox={`0 0 ${L.width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={tableId}
        className="progress-chart__svg"
      >
        <title id={titleId}>Variance by section: over budget in red, under in green</title>
        {bars.map((bar, index) => {
          const middle = L.top + index * L.band + L.band / 2;
          const end = x(bar.variance);
          const tone = bar.variance < 0 ? 'over' : bar.variance > 0 ? 'under' : 'even';
          return (
            <g
              key={bar.key}
              className={`pr-bar pr-bar--${tone}`}
              data-testid="section-variance-bar"
            >
              <text className="pr-bar__label" x={0} y={middle} dy="0.32em">
                {bar.label}
              </text>
              <rect
                x={Math.min(zero, end)}
                y={middle - L.bar / 2}
                width={Math.abs(end - zero)}
                height={L.bar}
                rx={2}
              />
              <text
                className="pr-bar__value"
                x={bar.variance < 0 ? end - 6 : end + 6}
                y={middle}
                dy="0.32em"
                textAnchor={bar.variance < 0 ? 'end' : 'start'}
              >
                {money(bar.variance)}
              </text>
            </g>
          );
        })}
        <line className="pr-zero" x1={zero} x2={zero} y1={2} y2={height - 2} />
      </svg>
      {bars.every((b) => b.variance === 0) ? (
        <figcaption className="muted">
          Every section is on budget: the estimated final cost equals the budget.
        </figcaption>
      ) : null}
    </figure>
  );
};
