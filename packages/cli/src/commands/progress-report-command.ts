import { renderProgressReport } from '@greenlight/server';
import { reportCommand } from './report-command.js';

/**
 * `greenlight progress-report --production ID [--format pdf|json] [--out FILE] [--as-of DATE] [--force]`: the
 * weekly progress report for the executive producer and financiers, as the API builds it (`reportCommand` has
 * the rest).
 */
export const progressReportCommand = reportCommand({
  noun: 'the progress report',
  fileFormats: ['pdf'],
  render: renderProgressReport,
});
