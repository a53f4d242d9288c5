import type { CashFlowDto } from '@greenlight/contract';
import { linearScale, niceTicks } from './chart-scale';

type CashFlowWeek = CashFlowDto['weeks'][number];

/** The chart's frame in SVG units: a cumulative panel above, the weekly bars below. */
export const CHART_LAYOUT = {
  width: 960,
  left: 72,
  right: 16,
  top: 14,
  cumulativeHeight: 230,
  gap: 30,
  weeklyHeight: 110,
  axisHeight: 40,
} as const;

export const chartHeight = (): number =>
  CHART_LAYOUT.top +
  CHART_LAYOUT.cumulativeHeight +
  CHART_LAYOUT.gap +
  CHART_LAYOUT.weeklyHeight +
  CHART_LAYOUT.axisHeight;

/** A week with its running totals: what has come in and gone out by the end of it. */
export type CumulativeWeek = CashFlowWeek & {
  readonly cumulativeDrawdowns: number;
  readonly cumulativeSpending: number;
};

/** Running totals of drawdowns and spending, week by week (their difference is the server's balance). */
export const cumulate = (weeks: readonly CashFlowWeek[]): CumulativeWeek[] => {
  let drawn = 0;
  let spent = 0;
  return weeks.map((week) => {
    drawn += week.drawdowns;
    spent += week.spending;
    return { ...week, cumulativeDrawdowns: drawn, cumulativeSpending: spent };
  });
};

export type Tick = { readonly value: number; readonly y: number };
export type Bar = {
  readonly week: number;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
};
export type WeekLabel = {
  readonly week: number;
  readonly x: number;
  readonly date: string | null;
  /** The year, on the first label and where the year turns. */
  readonly year: string | null;
};

export type CashFlowGeometry = {
  readonly weeks: readonly CumulativeWeek[];
  /** Each week's band: its left edge and width. */
  readonly band: (index: number) => { readonly x: number; readonly width: number };
  readonly cumulativeTicks: readonly Tick[];
  readonly weeklyTicks: readonly Tick[];
  /** Polylines through the end of each week, starting from nothing before week 1. */
  readonly drawdownsPath: string;
  readonly spendingPath: string;
  readonly drawdownBars: readonly Bar[];
  readonly spendingBars: readonly Bar[];
  /** Runs of consecutive weeks the balance is below zero, as bands to shade. */
  readonly shortRuns: readonly { readonly x: number; readonly width: number }[];
  readonly weeklyZeroY: number;
  readonly labels: readonly WeekLabel[];
};

const path = (points: readonly (readonly [number, number])[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');

/** Every n-th week labelled so that about ten labels fit: 1, 2, 4, 8… weeks apart. */
export const labelEvery = (count: number, most = 10): number => {
  let every = 1;
  while (count / every > most) every *= 2;
  return every;
};

/** Where everything in the cash-flow chart goes, from the weeks the server worked out. */
export const cashFlowGeometry = (weeks: readonly CashFlowWeek[]): CashFlowGeometry => {
  const L = CHART_LAYOUT;
  const rows = cumulate(weeks);
  const plotWidth = L.width - L.left - L.right;
  const bandWidth = rows.length === 0 ? plotWidth : plotWidth / rows.length;
  const band = (index: number) => ({ x: L.left + index * bandWidth, width: bandWidth });

  const highest = Math.max(
    0,
    ...rows.map((r) => Math.max(r.cumulativeDrawdowns, r.cumulativeSpending)),
  );
  const cumulativeValues = niceTicks(0, highest, 5);
  const cumTop = L.top;
  const cumBottom = L.top + L.cumulativeHeight;
  const yCum = linearScale([0, cumulativeValues.at(-1) ?? 1], [cumBottom, cumTop]);

  const weeklyMax = Math.max(0, ...rows.map((r) => Math.max(r.drawdowns, r.spending)));
  const weeklyStep = niceTicks(0, weeklyMax, 5);
  const weeklyLimit = weeklyStep.at(-1) ?? 1;
  const weekTop = cumBottom + L.gap;
  const weekBottom = weekTop + L.weeklyHeight;
  const yWeek = linearScale([-weeklyLimit, weeklyLimit], [weekBottom, weekTop]);
  const zero = yWeek(0);

  const end = (i: number) => band(i).x + bandWidth;
  const drawdownsPath = path([
    [L.left, yCum(0)],
    ...rows.map((r, i) => [end(i), yCum(r.cumulativeDrawdowns)] as const),
  ]);
  const spendingPath = path([
    [L.left, yCum(0)],
    ...rows.map((r, i) => [end(i), yCum(r.cumulativeSpending)] as const),
  ]);

  const barWidth = Math.max(1, bandWidth * 0.64);
  const barX = (i: number) => band(i).x + (bandWidth - barWidth) / 2;
  const drawdownBars = rows.flatMap((r, i) =>
    r.drawdowns <= 0
      ? []
      : [
          {
            week: r.week,
            x: barX(i),
            width: barWidth,
            y: yWeek(r.drawdowns),
            height: zero - yWeek(r.drawdowns),
          },
        ],
  );
  const spendingBars = rows.flatMap((r, i) =>
    r.spending <= 0
      ? []
      : [{ week: r.week, x: barX(i), width: barWidth, y: zero, height: yWeek(-r.spending) - zero }],
  );

  const shortRuns: { x: number; width: number }[] = [];
  rows.forEach((r, i) => {
    if (r.balance >= 0) return;
    const last = shortRuns.at(-1);
    const { x } = band(i);
    if (last !== undefined && Math.abs(last.x + last.width - x) < 0.01) last.width += bandWidth;
    else shortRuns.push({ x, width: bandWidth });
  });

  const every = labelEvery(rows.length);
  const labels: WeekLabel[] = [];
  rows.forEach((r, i) => {
    if (i % every !== 0) return;
    const year = r.startsOn?.slice(0, 4) ?? null;
    const previous = labels.at(-1)?.date?.slice(0, 4) ?? null;
    labels.push({
      week: r.week,
      x: band(i).x + bandWidth / 2,
      date: r.startsOn,
      year: year !== null && year !== previous ? year : null,
    });
  });

  return {
    weeks: rows,
    band,
    cumulativeTicks: cumulativeValues.map((value) => ({ value, y: yCum(value) })),
    weeklyTicks: [-weeklyLimit, 0, weeklyLimit].map((value) => ({ value, y: yWeek(value) })),
    drawdownsPath,
    spendingPath,
    drawdownBars,
    spendingBars,
    shortRuns,
    weeklyZeroY: zero,
    labels,
  };
};
