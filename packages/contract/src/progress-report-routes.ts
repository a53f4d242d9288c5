import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  ProgressReportQuerySchema,
  ProgressReportSchema,
} from './schemas/progress-report.schema.js';

const production = z.object({ productionId: IdSchema });

/**
 * The weekly progress report to stakeholders (issue 6): read by whoever may read the cost report it is
 * built from (`budget.view`), since it shows the same figures.
 */
export const progressReportRoutes = {
  progressReport: {
    method: 'GET',
    path: '/productions/:productionId/progress-report',
    summary:
      'The weekly progress report as of a day (default today): headline, spend against budget by week, largest variances, variance by section, cash position and schedule status',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    query: ProgressReportQuerySchema,
    response: ProgressReportSchema,
  },
  progressReportPdf: {
    method: 'GET',
    path: '/productions/:productionId/progress-report.pdf',
    summary: 'The weekly progress report as PDF, with its charts',
    authority: { kind: 'action', action: 'budget.view' },
    params: production,
    query: ProgressReportQuerySchema,
    response: DocumentBytesSchema,
    produces: DOCUMENT_TYPES.pdf,
  },
} as const satisfies Record<string, RouteDefinition>;
