import type { ReportCanvas } from './report-canvas.js';
import { COLOR, SPACE, TEXT } from './report-style.js';

/** What the footer needs to know about the page: any renderer's canvas has it. */
export type FooterCanvas = Pick<ReportCanvas, 'doc' | 'fonts' | 'left' | 'width' | 'bottom'>;

/**
 * "Page N of M" (and a footer line, e.g. the report's) on every page. Runs after all content is
 * laid out, because M is only known then; the document must be created with `bufferPages: true`.
 */
export const drawPageFooters = (canvas: FooterCanvas, footer: string | undefined): void => {
  const { doc, left, width, fonts } = canvas;
  const range = doc.bufferedPageRange();
  const pageNumberWidth = 90;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // The footer sits inside the bottom margin. With the margin in force pdfkit would treat that
    // as past the end of the page and open a new one, so lift it while writing.
    const margins = doc.page.margins;
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    const ruleY = canvas.bottom + SPACE.footerOffset - 5;
    doc
      .moveTo(left, ruleY)
      .lineTo(left + width, ruleY)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    const y = canvas.bottom + SPACE.footerOffset;
    const options = { lineBreak: false, height: TEXT.footer * 1.5, ellipsis: true } as const;
    doc.font(fonts.regular).fontSize(TEXT.footer).fillColor(COLOR.muted);
    if (footer) {
      doc.text(footer, left, y, { ...options, width: width - pageNumberWidth });
    }
    const label = `Page ${i - range.start + 1} of ${range.count}`;
    doc.text(label, left + width - pageNumberWidth, y, {
      ...options,
      width: pageNumberWidth,
      align: 'right',
    });
    margins.bottom = savedBottom;
  }
};
