import PDFDocument from 'pdfkit';
import { concatBytes } from './concat-bytes.js';
import { reportFonts, type ReportFonts } from './report-fonts.js';

export type PdfPageSetup = {
  readonly size: string;
  readonly layout: 'portrait' | 'landscape';
  readonly margins: { top: number; bottom: number; left: number; right: number };
  readonly title: string;
  readonly subject?: string;
  /** Stamped in as the creation date, never the clock: the same input renders to the same bytes. */
  readonly generatedAt: string;
};

/**
 * The one way every Greenlight PDF is made: DejaVu Sans embedded (a path, not a standard font, or pdfkit
 * writes Helvetica into the file), buffered pages for "Page N of M", and a deterministic file (pdfkit
 * derives the file id and font subset tags from the info, whose dates are the input's). `draw` lays the
 * document out; it runs inside the promise, so a layout error rejects it instead of throwing.
 */
export const renderPdfDocument = (
  setup: PdfPageSetup,
  draw: (doc: PDFKit.PDFDocument, fonts: ReportFonts) => void,
): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const fonts = reportFonts();
    const created = new Date(setup.generatedAt);
    const doc = new PDFDocument({
      size: setup.size,
      layout: setup.layout,
      margins: setup.margins,
      bufferPages: true,
      font: fonts.regular,
      displayTitle: true,
      lang: 'en',
      info: {
        Title: setup.title,
        ...(setup.subject === undefined ? {} : { Subject: setup.subject }),
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
    draw(doc, fonts);
    doc.end();
  });
