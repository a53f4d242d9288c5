// The public API of @greenlight/pdf: renders the domain's report models and breakdown sheets. The only
// package that knows pdfkit.
export { renderReportPdf } from './render-report-pdf.js';
export { renderBreakdownSheetsPdf } from './render-breakdown-sheets-pdf.js';
export type { BreakdownSheetsPdfInput } from './render-breakdown-sheets-pdf.js';
export { renderCallSheetPdf, type CallSheetPdfInput } from './render-call-sheet-pdf.js';
export {
  renderProductionReportPdf,
  type ProductionReportPdfInput,
} from './render-production-report-pdf.js';
