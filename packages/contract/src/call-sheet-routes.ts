import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { CalendarDateSchema, IdSchema } from './schemas/common.schema.js';
import {
  CallSheetDaySchema,
  CallSheetListSchema,
  CallSheetTokenSchema,
  PublishCallSheetRequestSchema,
  SaveCallSheetRequestSchema,
} from './schemas/call-sheet.schema.js';

const production = z.object({ productionId: IdSchema });
const day = z.object({ productionId: IdSchema, date: CalendarDateSchema });
const documentBytes = DocumentBytesSchema;

/**
 * Call sheets (part of the one route table): one per shoot day of the main unit's shooting board, built from
 * the schedule and what the production office enters; published as a PDF emailed to the team, each with a
 * link to confirm they have it.
 */
export const callSheetRoutes = {
  callSheets: {
    method: 'GET',
    path: '/productions/:productionId/call-sheets',
    summary:
      'The shooting board’s days with each day’s call sheet: nothing yet, a draft, or published (revision, confirmations)',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: CallSheetListSchema,
  },
  callSheet: {
    method: 'GET',
    path: '/productions/:productionId/call-sheets/:date',
    summary:
      'One shoot day’s call sheet built now from the schedule and the saved details (or the defaults), with the latest issue, who confirmed it, and what publishing now would list as changed',
    authority: { kind: 'action', action: 'schedule.view' },
    params: day,
    response: CallSheetDaySchema,
  },
  saveCallSheet: {
    method: 'PUT',
    path: '/productions/:productionId/call-sheets/:date',
    summary:
      'Save a shoot day’s details (calls, weather, locations, hospital, cast and crew calls, background, notes, safety) at the version they were loaded at; a stale version is a 409',
    authority: { kind: 'action', action: 'callsheet.edit' },
    params: day,
    body: SaveCallSheetRequestSchema,
    response: ActionResultSchema,
  },
  publishCallSheet: {
    method: 'POST',
    path: '/productions/:productionId/call-sheets/:date/publish',
    summary:
      'Issue the day’s call sheet (or a revision saying what changed) and email it as a PDF to everyone on the team who may see the schedule, each with their own confirmation link',
    authority: { kind: 'action', action: 'callsheet.publish' },
    params: day,
    body: PublishCallSheetRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  callSheetPdf: {
    method: 'GET',
    path: '/productions/:productionId/call-sheets/:date.pdf',
    summary:
      'The day’s call sheet as a PDF: the latest issue as it went out, or a draft preview while it has not been published',
    authority: { kind: 'action', action: 'schedule.view' },
    params: day,
    response: documentBytes,
    produces: DOCUMENT_TYPES.pdf,
  },
  confirmCallSheet: {
    method: 'GET',
    path: '/call-sheet-confirmations/:token',
    summary:
      'A recipient’s confirmation link from a call sheet email: marks them confirmed (again is harmless) and answers a short page',
    authority: {
      kind: 'token',
      action: 'schedule.view',
      reason:
        'Opened from an email, often on a phone with no session; the token stands for the one recipient it was sent to, whose right to see the schedule is checked on every use',
    },
    params: z.object({ token: CallSheetTokenSchema }),
    response: documentBytes,
    produces: DOCUMENT_TYPES.html,
    cacheControl: 'no-store',
  },
} as const satisfies Record<string, RouteDefinition>;
