import type { ReportChart } from '@greenlight/domain';
import { barChartHeight, drawBarChart } from './draw-bar-chart.js';
import { drawLineChart } from './draw-line-chart.js';
import { CHART, type ChartBox } from './chart-style.js';
import type { ReportFonts } from './report-fonts.js';

/** The height a chart takes on the page, the space after it included. */
export const reportChartHeight = (chart: ReportChart): number =>
  (chart.kind === 'line' ? CHART.lineHeight : barChartHeight(chart)) + CHART.after;

/** A report's chart in the box's width, from its top; returns the height used. */
export const drawReportChart = (
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  at: Omit<ChartBox, 'height'>,
  chart: ReportChart,
): number => {
  const height = reportChartHeight(chart) - CHART.after;
  if (chart.kind === 'line') drawLineChart(doc, fonts, { ...at, height }, chart);
  else drawBarChart(doc, fonts, { ...at, height }, chart);
  return height + CHART.after;
};
