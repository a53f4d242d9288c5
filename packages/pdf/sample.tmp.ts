import { writeFileSync } from 'node:fs';
import { renderReportPdf } from './src/render-report-pdf.js';
import { sampleAuditReport } from './src/testing/sample-audit-report.js';
const t = performance.now();
const bytes = await renderReportPdf(sampleAuditReport(300));
console.log(bytes.length, Math.round(performance.now() - t), 'ms');
writeFileSync('/tmp/audit-sample.pdf', bytes);
