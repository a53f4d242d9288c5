import { formatCompactMoney, niceChartTicks, type ReportLineChart } from '@greenlight/domain';
import { CHART, CHART_TONE_COLOR, type ChartBox } from './chart-style.js';
import type { ReportFonts } from './report-fonts.js';

/** At most this many x labels are printed; the others are skipped evenly (the table has every week). */
const MAX_X_LABELS = 12;

/**
 * A line chart as vectors: the title and a legend above, y gridlines with money labels from zero up past the
 * largest value, one line per series (dashed where asked) and the x labels below, thinned to fit. A single
 * point is drawn as a dot. Text never wraps and never breaks the page; the caller has made room.
 */
export const drawLineChart = (
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  box: ChartBox,
  chart: ReportLineChart,
): void => {
  doc.save();
  drawTitleAndLegend(doc, fonts, box, chart);
  const plot = {
    left: box.x + CHART.axisWidth,
    right: box.x + box.width - 8,
    top: box.y + CHART.titleHeight + 8,
    bottom: box.y + box.height - CHART.xAxisHeight,
  };
  const values = chart.series.flatMap((s) => s.values);
  const ticks = niceChartTicks(Math.min(0, ...values), Math.max(0, ...values), 5);
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const yOf = (value: number): number =>
    high === low
      ? plot.bottom
      : plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const count = chart.xLabels.length;
  const xOf = (index: number): number =>
    count <= 1
      ? (plot.left + plot.right) / 2
      : plot.left + (index / (count - 1)) * (plot.right - plot.left);

  doc.font(fonts.regular).fontSize(CHART.labelSize);
  for (const tick of ticks) {
    const y = yOf(tick);
    doc
      .moveTo(plot.left, y)
      .lineTo(plot.right, y)
      .lineWidth(0.5)
      .strokeColor(tick === 0 ? CHART.axisColor : CHART.gridColor)
      .stroke();
    doc.fillColor(CHART.mutedColor).text(formatCompactMoney(tick, chart.currency), box.x, y - 4, {
      width: CHART.axisWidth - 6,
      align: 'right',
      lineBreak: false,
      height: CHART.labelSize * 1.5,
    });
  }

  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  chart.xLabels.forEach((label, index) => {
    if (index % every !== 0 && index !== count - 1) return;
    const x = xOf(index);
    doc
      .moveTo(x, plot.bottom)
      .lineTo(x, plot.bottom + 3)
      .lineWidth(0.5)
      .strokeColor(CHART.axisColor)
      .stroke();
    // Centred under its tick, but kept inside the chart at either end.
    const left = Math.min(Math.max(x - 30, plot.left - 10), box.x + box.width - 60);
    doc.fillColor(CHART.mutedColor).text(label, left, plot.bottom + 5, {
      width: 60,
      align: left === x - 30 ? 'center' : left < x - 30 ? 'right' : 'left',
      lineBreak: false,
      height: CHART.labelSize * 1.5,
    });
  });

  for (const series of chart.series) {
    const colour = CHART_TONE_COLOR[series.tone];
    if (series.values.length === 1) {
      doc.circle(xOf(0), yOf(series.values[0] ?? 0), 2.5).fill(colour);
      continue;
    }
    series.values.forEach((value, index) => {
      if (index === 0) doc.moveTo(xOf(index), yOf(value));
      else doc.lineTo(xOf(index), yOf(value));
    });
    if (series.dashed === true) doc.dash(4, { space: 3 });
    doc.lineWidth(CHART.lineWidth).lineJoin('round').strokeColor(colour).stroke();
    doc.undash();
  }
  doc.restore();
};

const drawTitleAndLegend = (
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  box: ChartBox,
  chart: ReportLineChart,
): void => {
  doc.font(fonts.bold).fontSize(CHART.titleSize).fillColor(CHART.textColor);
  doc.text(chart.title, box.x, box.y, {
    width: box.width / 2,
    lineBreak: false,
    ellipsis: true,
    height: CHART.titleSize * 1.5,
  });
  // The legend reads right to left from the box's right edge: a swatch, then the series' name.
  doc.font(fonts.regular).fontSize(CHART.legendSize);
  let right = box.x + box.width;
  for (const series of [...chart.series].reverse()) {
    const width = doc.widthOfString(series.label);
    const x = right - width;
    doc.fillColor(CHART.textColor).text(series.label, x, box.y + 1, {
      lineBreak: false,
      height: CHART.legendSize * 1.5,
    });
    const swatchY = box.y + 1 + CHART.legendSize / 2 + 0.5;
    doc.moveTo(x - 18, swatchY).lineTo(x - 4, swatchY);
    if (series.dashed === true) doc.dash(3, { space: 2 });
    doc.lineWidth(CHART.lineWidth).strokeColor(CHART_TONE_COLOR[series.tone]).stroke();
    doc.undash();
    right = x - 30;
  }
};
