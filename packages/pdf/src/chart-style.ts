import type { ReportChartTone } from '@greenlight/domain';

// Every size and colour of a chart, in PDF points and hex, beside report-style.ts. Over budget is red and
// under is green on every chart, as a cost report's reader expects.

export const CHART_TONE_COLOR: Readonly<Record<ReportChartTone, string>> = {
  actual: '#1f5fa8',
  committed: '#d08a1e',
  budget: '#5b6570',
  over: '#c0392b',
  under: '#2e8b57',
  neutral: '#9aa4ae',
};

export const CHART = {
  /** The line chart's full height, title and axis labels included. */
  lineHeight: 160,
  /** Each bar's band in a bar chart. */
  barBand: 22,
  barThickness: 13,
  titleSize: 9,
  labelSize: 7.5,
  legendSize: 7.5,
  /** Room on the left for the y axis labels; on the bar chart, for the category labels. */
  axisWidth: 58,
  categoryWidth: 150,
  /** Room at the bottom for the x labels. */
  xAxisHeight: 18,
  titleHeight: 16,
  lineWidth: 1.6,
  gridColor: '#e1e6eb',
  axisColor: '#8a949e',
  textColor: '#1b1f24',
  mutedColor: '#5b6570',
  /** Space left under a chart before the table. */
  after: 8,
} as const;

/** Where a chart is drawn: its top-left corner and size, in points. */
export type ChartBox = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
