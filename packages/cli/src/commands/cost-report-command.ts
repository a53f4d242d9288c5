import { renderCostReport } from '@greenlight/server';
import { reportCommand } from './report-command.js';

/**
 * `greenlight cost-report --production ID [--format pdf|xlsx|json] [--out FILE] [--as-of DATE] [--force]`:
 * the cost report against the approved budget, as the API builds it (`reportCommand` has the rest).
 */
export const costReportCommand = reportCommand({
  noun: 'the cost report',
  fileFormats: ['pdf', 'xlsx'],
  render: renderCostReport,
});
