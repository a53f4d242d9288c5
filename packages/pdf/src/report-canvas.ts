import type { ReportDocument } from '@greenlight/domain';
import type { ReportFonts } from './report-fonts.js';
import { COLOR, SPACE, TEXT } from './report-style.js';

/**
 * The drawing state shared by the header, section and footer code: the pdfkit document, where the
 * content area is, and the vertical cursor. Layout code moves `y` itself and calls `newPage`
 * before anything would cross `bottom`, so pdfkit's own automatic page breaks never fire (they
 * would desynchronise the cursor and lose the repeated table header).
 */
export type ReportCanvas = {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: ReportFonts;
  readonly report: ReportDocument;
  readonly left: number;
  readonly width: number;
  /** The lowest y content may reach on any page. */
  readonly bottom: number;
  /** Where content starts on a continuation page (below the running header). */
  readonly continuationTop: number;
  y: number;
  newPage(): void;
};

export const createReportCanvas = (
  doc: PDFKit.PDFDocument,
  fonts: ReportFonts,
  report: ReportDocument,
): ReportCanvas => {
  const { margins } = doc.page;
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const top = margins.top;
  const canvas: ReportCanvas = {
    doc,
    fonts,
    report,
    left,
    width,
    bottom: doc.page.height - margins.bottom,
    continuationTop: top + SPACE.runningHeader,
    y: top,
    newPage() {
      doc.addPage();
      drawRunningHeader(canvas, top);
      canvas.y = canvas.continuationTop;
    },
  };
  return canvas;
};

// Pages after the first repeat the report's name, so a loose page still says what it belongs to.
const drawRunningHeader = (canvas: ReportCanvas, top: number): void => {
  const { doc, report, left, width } = canvas;
  const name = report.subtitle ? `${report.title} — ${report.subtitle}` : report.title;
  doc
    .font(canvas.fonts.regular)
    .fontSize(TEXT.runningHeader)
    .fillColor(COLOR.muted)
    .text(name, left, top, {
      width,
      lineBreak: false,
      ellipsis: true,
      height: TEXT.runningHeader * 1.5,
    });
  const ruleY = top + SPACE.runningHeader - 7;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
};
