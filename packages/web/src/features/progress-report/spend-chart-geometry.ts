import { niceChartTicks } from '@greenlight/domain';
import type { ProgressReportDto } from '@greenlight/contract';

type SpendWeek = ProgressReportDto['spend'][number];

/** The spend chart's frame in SVG units. */
export const SPEND_CHART = {
  width: 960,
  height: 300,
  left: 76,
  right: 20,
  top: 16,
  axis: 34,
} as const;

/** At most this many week labels fit under the chart; the table has every week. */
const MAX_LABELS = 12;

export type SpendGeometry = {
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly actualsPath: string;
  readonly committedPath: string;
  readonly budgetY: number;
  readonly points: readonly {
    readonly x: number;
    readonly actualsY: number;
    readonly committedY: number;
  }[];
  readonly labels: readonly { readonly x: number; readonly date: string }[];
};

const path = (points: readonly { x: number; y: number }[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * Where the spend chart draws: cumulative actuals and actuals + commitments by week, and the budget as a level
 * line, on one scale from zero up past the highest of them (ticks on round amounts).
 */
export const spendGeometry = (weeks: readonly SpendWeek[], budget: number): SpendGeometry => {
  const L = SPEND_CHART;
  const plotBottom = L.height - L.axis;
  const plotRight = L.width - L.right;
  const highest = Math.max(
    budget,
    ...weeks.map((w) => Math.max(w.actuals, w.actualsAndCommitments)),
  );
  const lowest = Math.min(0, ...weeks.map((w) => w.actuals));
  const values = niceChartTicks(lowest, highest, 5);
  const low = values[0] ?? 0;
  const high = values.at(-1) ?? 1;
  const y = (value: number): number =>
    high === low ? plotBottom : plotBottom - ((value - low) / (high - low)) * (plotBottom - L.top);
  const x = (index: number): number =>
    weeks.length <= 1
      ? (L.left + plotRight) / 2
      : L.left + (index / (weeks.length - 1)) * (plotRight - L.left);
  const points = weeks.map((w, i) => ({
    x: x(i),
    actualsY: y(w.actuals),
    committedY: y(w.actualsAndCommitments),
  }));
  const every = Math.max(1, Math.ceil(weeks.length / MAX_LABELS));
  return {
    ticks: values.map((value) => ({ value, y: y(value) })),
    actualsPath: path(points.map((p) => ({ x: p.x, y: p.actualsY }))),
    committedPath: path(points.map((p) => ({ x: p.x, y: p.committedY }))),
    budgetY: y(budget),
    points,
    labels: weeks.flatMap((w, i) =>
      i % every === 0 || i === weeks.length - 1 ? [{ x: x(i), date: w.weekStarting }] : [],
    ),
  };
};
