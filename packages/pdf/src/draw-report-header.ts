import type { ReportCanvas } from './report-canvas.js';
import { COLOR, SPACE, TEXT } from './report-style.js';

/** Title, subtitle and the meta grid at the top of the first page, then a rule. */
export const drawReportHeader = (canvas: ReportCanvas): void => {
  const { doc, report, left, width, fonts } = canvas;
  doc.font(fonts.bold).fontSize(TEXT.title).fillColor(COLOR.text);
  canvas.y += writeBlock(canvas, report.title, left, canvas.y, width) + SPACE.afterTitle;
  if (report.subtitle) {
    doc.font(fonts.regular).fontSize(TEXT.subtitle).fillColor(COLOR.muted);
    canvas.y += writeBlock(canvas, report.subtitle, left, canvas.y, width);
  }
  canvas.y += SPACE.afterSubtitle;

  drawMeta(canvas);

  const ruleY = canvas.y + 2;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.75)
    .strokeColor(COLOR.rule)
    .stroke();
  canvas.y = ruleY + SPACE.afterHeader;
};

/**
 * Meta items flow left to right at their natural width (at least `metaMinWidth`, so short values
 * still read as columns) and wrap onto further lines. Equal-width cells would break a long value
 * such as a date range mid-way while short ones waste their space.
 */
const drawMeta = (canvas: ReportCanvas): void => {
  const { doc, fonts, left, width } = canvas;
  const labelOptions = { characterSpacing: 0.4 } as const;
  const measured = canvas.report.meta.map((item) => {
    const label = item.label.toUpperCase();
    doc.font(fonts.bold).fontSize(TEXT.metaLabel);
    const labelWidth = doc.widthOfString(label, labelOptions);
    doc.font(fonts.regular).fontSize(TEXT.metaValue);
    const valueWidth = doc.widthOfString(item.value);
    const natural = Math.max(labelWidth, valueWidth, SPACE.metaMinWidth);
    return { label, value: item.value, width: Math.min(Math.ceil(natural) + 1, width) };
  });
  let x = left;
  let rowHeight = 0;
  for (const item of measured) {
    if (x > left && x + item.width > left + width) {
      canvas.y += rowHeight + SPACE.metaRowGap;
      x = left;
      rowHeight = 0;
    }
    doc.font(fonts.bold).fontSize(TEXT.metaLabel).fillColor(COLOR.muted);
    const labelHeight = writeBlock(
      canvas,
      item.label,
      x,
      canvas.y,
      item.width,
      labelOptions.characterSpacing,
    );
    doc.font(fonts.regular).fontSize(TEXT.metaValue).fillColor(COLOR.text);
    const valueHeight = writeBlock(canvas, item.value, x, canvas.y + labelHeight + 1, item.width);
    rowHeight = Math.max(rowHeight, labelHeight + 1 + valueHeight);
    x += item.width + SPACE.metaGapX;
  }
  if (measured.length > 0) canvas.y += rowHeight + SPACE.metaRowGap;
};

/** Writes wrapped text at a fixed position and returns its height; never breaks the page. */
const writeBlock = (
  canvas: ReportCanvas,
  text: string,
  x: number,
  y: number,
  width: number,
  characterSpacing = 0,
): number => {
  const options = { width, lineGap: TEXT.lineGap, characterSpacing };
  const height = canvas.doc.heightOfString(text, options);
  // `height` pins pdfkit to this box: text that would not fit is cut, never moved to a new page.
  canvas.doc.text(text, x, y, { ...options, height: height + 1, ellipsis: true });
  return height;
};
