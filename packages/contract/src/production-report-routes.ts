import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { CalendarDateSchema, IdSchema } from './schemas/common.schema.js';
import {
  PreviewProductionReportRequestSchema,
  ProductionReportDaySchema,
  ProductionReportListSchema,
  ProductionReportSchema,
  ProductionReportStepRequestSchema,
  SaveProductionReportRequestSchema,
} from './schemas/production-report.schema.js';

const production = z.object({ productionId: IdSchema });
const day = z.object({ productionId: IdSchema, date: CalendarDateSchema });

/**
 * Daily production reports (part of the one route table): one per shoot day of the main unit's shooting
 * board, built from the day's call sheet and what the unit shot; submitted, then signed off per the
 * authority matrix (by default by the UPM), after which it is read-only and corrected only by a revision.
 */
export const productionReportRoutes = {
  productionReports: {
    method: 'GET',
    path: '/productions/:productionId/production-reports',
    summary:
      'The shooting board’s days with each day’s production report: nothing yet, a draft, submitted or signed',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: ProductionReportListSchema,
  },
  productionReport: {
    method: 'GET',
    path: '/productions/:productionId/production-reports/:date',
    summary:
      'One shoot day’s production report: what was entered (or the defaults from the call sheet), the report built from it (as signed, once signed) and where it stands',
    authority: { kind: 'action', action: 'schedule.view' },
    params: day,
    response: ProductionReportDaySchema,
  },
  saveProductionReport: {
    method: 'PUT',
    path: '/productions/:productionId/production-reports/:date',
    summary:
      'Save what happened on a shoot day (scenes shot, times, crew counts, delays, incidents, notes) at the version it was loaded at; a stale version or a signed report is a 409',
    authority: { kind: 'action', action: 'production-report.edit' },
    params: day,
    body: SaveProductionReportRequestSchema,
    response: ActionResultSchema,
  },
  previewProductionReport: {
    method: 'POST',
    path: '/productions/:productionId/production-reports/:date/preview',
    summary:
      'The report an entry would make, with the script totals and ahead or behind schedule, without saving anything (the form shows it as it is filled in)',
    authority: { kind: 'action', action: 'schedule.view' },
    params: day,
    body: PreviewProductionReportRequestSchema,
    response: ProductionReportSchema,
  },
  submitProductionReport: {
    method: 'POST',
    path: '/productions/:productionId/production-reports/:date/submit',
    summary: 'Hand the day’s report in for signature',
    authority: { kind: 'action', action: 'production-report.edit' },
    params: day,
    body: ProductionReportStepRequestSchema,
    response: ActionResultSchema,
  },
  signProductionReport: {
    method: 'POST',
    path: '/productions/:productionId/production-reports/:date/sign',
    summary:
      'Sign off the day’s submitted report as the record of the day; whoever may only ask is routed to the signer',
    authority: { kind: 'action', action: 'production-report.sign' },
    params: day,
    body: ProductionReportStepRequestSchema,
    response: ActionResultSchema,
  },
  correctProductionReport: {
    method: 'POST',
    path: '/productions/:productionId/production-reports/:date/correction',
    summary:
      'Start a correction of a signed report: a new revision of the day, a draft starting from what the signed one said',
    authority: { kind: 'action', action: 'production-report.edit' },
    params: day,
    body: ProductionReportStepRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  productionReportPdf: {
    method: 'GET',
    path: '/productions/:productionId/production-reports/:date.pdf',
    summary:
      'The day’s production report as a PDF: as signed once signed, else the report as it stands, marked as a draft',
    authority: { kind: 'action', action: 'schedule.view' },
    params: day,
    response: DocumentBytesSchema,
    produces: DOCUMENT_TYPES.pdf,
  },
} as const satisfies Record<string, RouteDefinition>;
