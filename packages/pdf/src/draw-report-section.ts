import type { ReportColumn, ReportRow, ReportSection } from '@greenlight/domain';
import { columnWidths } from './column-widths.js';
import { drawReportChart, reportChartHeight } from './draw-report-chart.js';
import type { ReportCanvas } from './report-canvas.js';
import { COLOR, SPACE, TEXT } from './report-style.js';

type Table = {
  readonly columns: readonly ReportColumn[];
  readonly widths: readonly number[];
};

type RowStyle = 'header' | 'body' | 'zebra' | 'totals';

/**
 * One section: its heading, then its table with the header row repeated at the top of every
 * page it runs onto, zebra-striped body rows, wrapped cells and an optional totals row.
 * A row is never split across pages; a single row taller than a whole page is cut with an
 * ellipsis rather than overflowing.
 */
export const drawReportSection = (canvas: ReportCanvas, section: ReportSection): void => {
  const { doc, fonts } = canvas;
  const table: Table = {
    columns: section.columns,
    widths: columnWidths(section.columns, canvas.width),
  };
  const labels = Object.fromEntries(section.columns.map((c) => [c.key, c.label]));
  const headerHeight = rowHeight(canvas, table, labels, 'header');
  const headingHeight = measureHeading(canvas, section.heading);

  // Keep the heading with the table header and the first row (or the empty note): a heading
  // alone at the foot of a page reads as a section with nothing in it.
  const first = section.rows[0];
  const firstHeight =
    first === undefined
      ? emptyNoteHeight(canvas, section)
      : headerHeight + rowHeight(canvas, table, first, 'body');
  // A chart stays with its heading and the start of its table too.
  const chartHeight = section.chart === undefined ? 0 : reportChartHeight(section.chart);
  if (canvas.y + headingHeight + chartHeight + firstHeight > canvas.bottom) canvas.newPage();

  doc.font(fonts.bold).fontSize(TEXT.sectionHeading).fillColor(COLOR.text);
  doc.text(section.heading, canvas.left, canvas.y, {
    width: canvas.width,
    lineGap: TEXT.lineGap,
    height: headingHeight,
    ellipsis: true,
  });
  canvas.y += headingHeight;
  if (section.chart !== undefined) {
    canvas.y += drawReportChart(
      doc,
      fonts,
      { x: canvas.left, y: canvas.y, width: canvas.width },
      section.chart,
    );
  }

  if (first === undefined) {
    doc.font(fonts.regular).fontSize(TEXT.cell).fillColor(COLOR.muted);
    doc.text(section.emptyText ?? 'Nothing to show.', canvas.left, canvas.y, {
      width: canvas.width,
      height: emptyNoteHeight(canvas, section),
      ellipsis: true,
    });
    canvas.y += emptyNoteHeight(canvas, section) + SPACE.afterSection;
    return;
  }

  drawRow(canvas, table, labels, 'header', headerHeight);
  // Tallest a row may be: what a fresh page offers below its header row.
  const maxRowHeight =
    canvas.bottom - canvas.continuationTop - headerHeight - continuedHeight(canvas);
  const startNewPage = (): void => {
    canvas.newPage();
    drawContinuedNote(canvas, section.heading);
    drawRow(canvas, table, labels, 'header', headerHeight);
  };

  section.rows.forEach((row, index) => {
    const height = Math.min(rowHeight(canvas, table, row, 'body'), maxRowHeight);
    if (canvas.y + height > canvas.bottom) startNewPage();
    drawRow(canvas, table, row, index % 2 === 1 ? 'zebra' : 'body', height);
  });

  if (section.totals) {
    const height = Math.min(rowHeight(canvas, table, section.totals, 'totals'), maxRowHeight);
    if (canvas.y + height > canvas.bottom) startNewPage();
    drawRow(canvas, table, section.totals, 'totals', height);
  }
  canvas.y += SPACE.afterSection;
};

const setCellFont = (canvas: ReportCanvas, style: RowStyle): void => {
  const bold = style === 'header' || style === 'totals';
  canvas.doc
    .font(bold ? canvas.fonts.bold : canvas.fonts.regular)
    .fontSize(TEXT.cell)
    .fillColor(COLOR.text);
};

const cellTextWidth = (width: number): number => Math.max(width - 2 * SPACE.cellPaddingX, 1);

const rowHeight = (canvas: ReportCanvas, table: Table, row: ReportRow, style: RowStyle): number => {
  setCellFont(canvas, style);
  let tallest = canvas.doc.currentLineHeight(true);
  table.columns.forEach((column, i) => {
    const text = row[column.key] ?? '';
    if (text === '') return;
    const height = canvas.doc.heightOfString(text, {
      width: cellTextWidth(table.widths[i] ?? 0),
      lineGap: TEXT.lineGap,
    });
    tallest = Math.max(tallest, height);
  });
  return tallest + 2 * SPACE.cellPaddingY;
};

const drawRow = (
  canvas: ReportCanvas,
  table: Table,
  row: ReportRow,
  style: RowStyle,
  height: number,
): void => {
  const { doc, left, width } = canvas;
  const top = canvas.y;
  const fill =
    style === 'header'
      ? COLOR.headerFill
      : style === 'zebra'
        ? COLOR.zebraFill
        : style === 'totals'
          ? COLOR.totalsFill
          : null;
  if (fill !== null) doc.rect(left, top, width, height).fill(fill);
  if (style === 'header' || style === 'totals') {
    // A firmer rule under the header and above the totals frames the body rows.
    const ruleY = style === 'header' ? top + height : top;
    doc
      .moveTo(left, ruleY)
      .lineTo(left + width, ruleY)
      .lineWidth(0.75)
      .strokeColor(COLOR.muted)
      .stroke();
  }

  setCellFont(canvas, style);
  let x = left;
  table.columns.forEach((column, i) => {
    const cellWidth = table.widths[i] ?? 0;
    const text = row[column.key] ?? '';
    if (text !== '') {
      doc.text(text, x + SPACE.cellPaddingX, top + SPACE.cellPaddingY, {
        width: cellTextWidth(cellWidth),
        // Header labels follow their column's alignment so "Amount" sits over its digits.
        align: column.align ?? 'left',
        lineGap: TEXT.lineGap,
        // Pins the text to the cell: an over-tall cell is cut with "…", never sent to a new page.
        height: height - 2 * SPACE.cellPaddingY + 0.5,
        ellipsis: true,
      });
    }
    x += cellWidth;
  });
  canvas.y = top + height;
};

const measureHeading = (canvas: ReportCanvas, heading: string): number => {
  canvas.doc.font(canvas.fonts.bold).fontSize(TEXT.sectionHeading);
  return (
    canvas.doc.heightOfString(heading, { width: canvas.width, lineGap: TEXT.lineGap }) +
    SPACE.afterSectionHeading
  );
};

const emptyNoteHeight = (canvas: ReportCanvas, section: ReportSection): number => {
  canvas.doc.font(canvas.fonts.regular).fontSize(TEXT.cell);
  return canvas.doc.heightOfString(section.emptyText ?? 'Nothing to show.', {
    width: canvas.width,
  });
};

const continuedHeight = (canvas: ReportCanvas): number => {
  canvas.doc.font(canvas.fonts.regular).fontSize(TEXT.cell);
  return canvas.doc.currentLineHeight(true) + 4;
};

const drawContinuedNote = (canvas: ReportCanvas, heading: string): void => {
  const height = continuedHeight(canvas);
  canvas.doc.fillColor(COLOR.muted).text(`${heading} (continued)`, canvas.left, canvas.y, {
    width: canvas.width,
    lineBreak: false,
    height,
    ellipsis: true,
  });
  canvas.y += height;
};
