import type { ReportFonts } from './report-fonts.js';

/**
 * Where a breakdown sheet may draw: the pdfkit document and the content box of every page. Layout
 * code measures before it draws and starts pages itself, so pdfkit's automatic page break (which
 * would desynchronise the layout) never fires; see CONTEXT.md.
 */
export type SheetCanvas = {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: ReportFonts;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  /** The lowest y content may reach on any page. */
  readonly bottom: number;
};

/** The content box of the document's current page (every page of a sheet has the same margins). */
export const sheetCanvasOf = (doc: PDFKit.PDFDocument, fonts: ReportFonts): SheetCanvas => {
  const { margins } = doc.page;
  return {
    doc,
    fonts,
    left: margins.left,
    width: doc.page.width - margins.left - margins.right,
    top: margins.top,
    bottom: doc.page.height - margins.bottom,
  };
};
