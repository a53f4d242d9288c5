import type { ReportBarChart } from '@greenlight/domain';
import { CHART, CHART_TONE_COLOR, type ChartBox } from './chart-style.js';
import type { ReportFonts } from './report-fonts.js';

/** The height a bar chart needs: its title and one band per bar. */
export const barChartHeight = (chart: ReportBarChart): number =>
  CHART.titleHeight + 6 + Math.max(1, chart.bars.length) * CHART.barBand;

/**
 * A bar chart as vectors, one horizontal bar per category from a zero line: the category's name on the
 * left, the bar (left of zero for a value below it) in its tone's colour, and the value printed beyond the
 * bar's end. Room is kept either side of zero for the labels, so the longest bar never runs into them.
 */
export const drawBarChart = (
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  box: ChartBox,
  chart: ReportBarChart,
): void => {
  doc.save();
  doc.font(fonts.bold).fontSize(CHART.titleSize).fillColor(CHART.textColor);
  doc.text(chart.title, box.x, box.y, {
    width: box.width,
    lineBreak: false,
    ellipsis: true,
    height: CHART.titleSize * 1.5,
  });

  doc.font(fonts.regular).fontSize(CHART.labelSize);
  const labelRoom = Math.max(40, ...chart.bars.map((b) => doc.widthOfString(b.valueLabel))) + 6;
  const area = {
    left: box.x + CHART.categoryWidth + labelRoom,
    right: box.x + box.width - labelRoom,
    top: box.y + CHART.titleHeight + 6,
  };
  const bottom = area.top + Math.max(1, chart.bars.length) * CHART.barBand;
  const most = Math.max(0, ...chart.bars.map((b) => b.value));
  const least = Math.min(0, ...chart.bars.map((b) => b.value));
  const span = most - least;
  const xOf = (value: number): number =>
    span === 0
      ? (area.left + area.right) / 2
      : area.left + ((value - least) / span) * (area.right - area.left);
  const zero = xOf(0);

  chart.bars.forEach((bar, index) => {
    const bandTop = area.top + index * CHART.barBand;
    const middle = bandTop + CHART.barBand / 2;
    doc.fillColor(CHART.textColor).text(bar.label, box.x, middle - 4.5, {
      width: CHART.categoryWidth - 8,
      lineBreak: false,
      ellipsis: true,
      height: CHART.labelSize * 1.5,
    });
    const end = xOf(bar.value);
    const left = Math.min(zero, end);
    const width = Math.abs(end - zero);
    if (width > 0) {
      doc
        .rect(left, middle - CHART.barThickness / 2, width, CHART.barThickness)
        .fill(CHART_TONE_COLOR[bar.tone]);
    }
    const below = bar.value < 0;
    doc
      .fillColor(CHART.textColor)
      .text(bar.valueLabel, below ? end - labelRoom : end + 4, middle - 4.5, {
        width: labelRoom - 4,
        align: below ? 'right' : 'left',
        lineBreak: false,
        height: CHART.labelSize * 1.5,
      });
  });
  doc
    .moveTo(zero, area.top - 2)
    .lineTo(zero, bottom + 2)
    .lineWidth(0.75)
    .strokeColor(CHART.axisColor)
    .stroke();
  doc.restore();
};
