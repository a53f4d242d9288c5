import type { ReportDocument } from '@greenlight/domain';
import { createReportCanvas } from './report-canvas.js';
import { drawPageFooters } from './draw-page-footers.js';
import { drawReportHeader } from './draw-report-header.js';
import { drawReportSection } from './draw-report-section.js';
import { renderPdfDocument } from './render-pdf-document.js';
import { PAGE } from './report-style.js';

/**
 * Renders a report model to PDF bytes: US Letter landscape, DejaVu Sans embedded (so any Latin,
 * Greek or Cyrillic name prints), header with title and meta, then each section's table, and
 * "Page N of M" on every page.
 *
 * The output is byte-for-byte deterministic for the same report: the creation date comes from
 * `report.generatedAt` (pdfkit would use the clock), and pdfkit derives the file id and font
 * subset tags from the document info, so two renders of one report can be compared.
 */
export const renderReportPdf = (report: ReportDocument): Promise<Uint8Array> =>
  renderPdfDocument(
    {
      ...PAGE,
      title: report.subtitle ? `${report.title} — ${report.subtitle}` : report.title,
      generatedAt: report.generatedAt,
    },
    (doc, fonts) => {
      const canvas = createReportCanvas(doc, fonts, report);
      drawReportHeader(canvas);
      for (const section of report.sections) drawReportSection(canvas, section);
      drawPageFooters(canvas, report.footer);
    },
  );
