import type { BreakdownSheet, Instant } from '@greenlight/domain';
import { SHEET_COLOR, SHEET_PAGE, SHEET_TEXT } from './breakdown-sheet-style.js';
import { drawBreakdownSheetHeader } from './draw-breakdown-sheet-header.js';
import type { SheetHeaderContext } from './draw-breakdown-sheet-header.js';
import { drawCategoryBoxes } from './draw-category-boxes.js';
import { drawPageFooters } from './draw-page-footers.js';
import { drawTextLine } from './draw-text-line.js';
import { renderPdfDocument } from './render-pdf-document.js';
import { sheetCanvasOf } from './sheet-canvas.js';

export type BreakdownSheetsPdfInput = {
  readonly productionTitle: string;
  readonly scriptTitle: string | null;
  /** Which draft the sheets were made from, printed in every footer: `Blue revision, 2026-11-30`. */
  readonly draftLabel: string;
  /** Stamped into the file as its creation date (never the clock), so renders are reproducible. */
  readonly generatedAt: Instant;
  /** In the order they are printed (usually script order). */
  readonly sheets: readonly BreakdownSheet[];
};

/**
 * Breakdown sheets as a PDF a first AD prints: US Letter portrait, one sheet per page (a scene with
 * more elements than a page holds continues on the next, the header repeated), each with a header
 * band, the scene's header fields and its elements in category boxes, and the draft and "Page N of M"
 * in the footer. DejaVu Sans is embedded as in the reports; the same input renders to the same bytes.
 * No sheets renders one page saying so.
 */
export const renderBreakdownSheetsPdf = (input: BreakdownSheetsPdfInput): Promise<Uint8Array> =>
  renderPdfDocument(
    {
      ...SHEET_PAGE,
      title: `Breakdown sheets — ${input.productionTitle}`,
      subject: input.draftLabel,
      generatedAt: input.generatedAt,
    },
    (doc, fonts) => {
      const canvas = sheetCanvasOf(doc, fonts);
      const context = (sheetNumber: number, continued: boolean): SheetHeaderContext => ({
        productionTitle: input.productionTitle,
        scriptTitle: input.scriptTitle,
        sheetNumber,
        sheetCount: input.sheets.length,
        continued,
      });

      if (input.sheets.length === 0) {
        const y = drawBreakdownSheetHeader(canvas, null, context(0, false));
        drawTextLine(canvas, 'There are no scenes to break down.', canvas.left, y, canvas.width, {
          font: fonts.regular,
          size: SHEET_TEXT.empty,
          colour: SHEET_COLOR.label,
        });
      }
      input.sheets.forEach((sheet, index) => {
        // pdfkit opens the first page itself.
        if (index > 0) doc.addPage();
        const top = drawBreakdownSheetHeader(canvas, sheet, context(index + 1, false));
        drawCategoryBoxes(canvas, sheet.categories, top, () => {
          doc.addPage();
          return drawBreakdownSheetHeader(canvas, sheet, context(index + 1, true));
        });
      });
      drawPageFooters(canvas, input.draftLabel);
    },
  );
