// The public API of @greenlight/pdf: renders the domain's report models. The only package that
// knows pdfkit.
export { renderReportPdf } from './render-report-pdf.js';
