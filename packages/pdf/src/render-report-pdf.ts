import type { ReportDocument } from '@greenlight/domain';
import PDFDocument from 'pdfkit';
import { concatBytes } from './concat-bytes.js';
import { createReportCanvas } from './report-canvas.js';
import { drawPageFooters } from './draw-page-footers.js';
import { drawReportHeader } from './draw-report-header.js';
import { drawReportSection } from './draw-report-section.js';
import { reportFonts } from './report-fonts.js';
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
  // Everything runs inside the executor so a layout error rejects the promise instead of throwing.
  new Promise((resolve, reject) => {
    const fonts = reportFonts();
    const created = new Date(report.generatedAt);
    const doc = new PDFDocument({
      size: PAGE.size,
      layout: PAGE.layout,
      margins: PAGE.margins,
      bufferPages: true,
      // A path, not a standard font: otherwise pdfkit loads Helvetica and writes it into the file.
      font: fonts.regular,
      displayTitle: true,
      lang: 'en',
      info: {
        Title: report.subtitle ? `${report.title} — ${report.subtitle}` : report.title,
        Creator: 'Greenlight',
        Producer: 'Greenlight (PDFKit)',
        CreationDate: created,
        ModDate: created,
      },
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(concatBytes(chunks)));
    const canvas = createReportCanvas(doc, fonts, report);
    drawReportHeader(canvas);
    for (const section of report.sections) drawReportSection(canvas, section);
    drawPageFooters(canvas, report.footer);
    doc.end();
  });
