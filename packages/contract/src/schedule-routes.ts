import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  BoardListSchema,
  BoardSchema,
  CreateBoardRequestSchema,
  DayOutOfDaysSchema,
  OptimizeBoardRequestSchema,
  OptimizeBoardResponseSchema,
  OptimizeJobSchema,
  ScheduleSettingsSchema,
  UpdateBoardRequestSchema,
  UpdateCastDetailsRequestSchema,
  UpdateScheduleSettingsRequestSchema,
} from './schemas/schedule.schema.js';

const production = z.object({ productionId: IdSchema });
const board = z.object({ productionId: IdSchema, boardId: IdSchema });
const job = z.object({ productionId: IdSchema, jobId: IdSchema });
const castMember = z.object({ productionId: IdSchema, elementId: IdSchema });
const documentBytes = DocumentBytesSchema;

/** Stripboards, the shoot calendar, the optimizer and the day out of days (part of the one route table). */
export const scheduleRoutes = {
  scheduleSettings: {
    method: 'GET',
    path: '/productions/:productionId/schedule/settings',
    summary: 'The shoot calendar and the scheduling rules (the defaults until someone saves them)',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: ScheduleSettingsSchema,
  },
  updateScheduleSettings: {
    method: 'PUT',
    path: '/productions/:productionId/schedule/settings',
    summary: 'Set the first shoot day, working week, holidays, days off and the scheduling rules',
    authority: { kind: 'action', action: 'schedule.edit' },
    params: production,
    body: UpdateScheduleSettingsRequestSchema,
    response: ActionResultSchema,
  },
  updateCastDetails: {
    method: 'PATCH',
    path: '/productions/:productionId/schedule/cast/:elementId',
    summary: 'Set a cast member’s daily rate (what a hold day costs) and the person who plays them',
    authority: { kind: 'action', action: 'schedule.edit' },
    params: castMember,
    body: UpdateCastDetailsRequestSchema,
    response: ActionResultSchema,
  },
  boards: {
    method: 'GET',
    path: '/productions/:productionId/boards',
    summary: 'The production’s stripboards: the shooting board of each unit and the what-ifs',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: BoardListSchema,
  },
  createBoard: {
    method: 'POST',
    path: '/productions/:productionId/boards',
    summary:
      'Make a stripboard from the current draft (scenes in script order, packed into days) or as a copy of another board',
    authority: { kind: 'action', action: 'schedule.edit' },
    params: production,
    body: CreateBoardRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  board: {
    method: 'GET',
    path: '/productions/:productionId/boards/:boardId',
    summary: 'A stripboard: strips, days with dates and eighths, and what it costs the cast',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    response: BoardSchema,
  },
  updateBoard: {
    method: 'PATCH',
    path: '/productions/:productionId/boards/:boardId',
    summary:
      'Reorder strips, rename, lock or unlock a board; a locked shooting board changes only with the UPM’s approval',
    authority: {
      kind: 'one-of',
      actions: ['schedule.edit', 'schedule.change-locked-board'],
      how: 'schedule.change-locked-board for a locked board or to lock or unlock one; schedule.edit otherwise',
    },
    params: board,
    body: UpdateBoardRequestSchema,
    response: ActionResultSchema,
  },
  optimizeBoard: {
    method: 'POST',
    path: '/productions/:productionId/boards/:boardId/optimize',
    summary:
      'Run the optimizer on a board and answer with a proposal (nothing is saved): the cheapest order found, packed into days, and what it saves',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    body: OptimizeBoardRequestSchema,
    response: OptimizeBoardResponseSchema,
  },
  startOptimizeJob: {
    method: 'POST',
    path: '/productions/:productionId/boards/:boardId/optimize-jobs',
    summary:
      'Start the optimizer on a board in the background; poll the job for its progress and, when it has finished, its proposal (nothing is saved)',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    body: OptimizeBoardRequestSchema,
    response: OptimizeJobSchema,
    status: 202,
  },
  optimizeJob: {
    method: 'GET',
    path: '/productions/:productionId/optimize-jobs/:jobId',
    summary:
      'An optimizer run: its progress (the best board so far) and, once finished, its proposal',
    authority: { kind: 'action', action: 'schedule.view' },
    params: job,
    response: OptimizeJobSchema,
  },
  stopOptimizeJob: {
    method: 'POST',
    path: '/productions/:productionId/optimize-jobs/:jobId/stop',
    summary: 'Stop an optimizer run now; its proposal is the best board found so far',
    authority: { kind: 'action', action: 'schedule.view' },
    params: job,
    response: OptimizeJobSchema,
  },
  dayOutOfDays: {
    method: 'GET',
    path: '/productions/:productionId/boards/:boardId/day-out-of-days',
    summary: 'The day out of days of a board: per cast member and day, SW, W, WF, H, D, PW…',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    response: DayOutOfDaysSchema,
  },
  dayOutOfDaysCsv: {
    method: 'GET',
    path: '/productions/:productionId/boards/:boardId/day-out-of-days.csv',
    summary: 'The day out of days as CSV',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    response: documentBytes,
    produces: DOCUMENT_TYPES.csv,
  },
  dayOutOfDaysXlsx: {
    method: 'GET',
    path: '/productions/:productionId/boards/:boardId/day-out-of-days.xlsx',
    summary: 'The day out of days as an Excel workbook',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    response: documentBytes,
    produces: DOCUMENT_TYPES.xlsx,
  },
  dayOutOfDaysPdf: {
    method: 'GET',
    path: '/productions/:productionId/boards/:boardId/day-out-of-days.pdf',
    summary: 'The day out of days as a PDF',
    authority: { kind: 'action', action: 'schedule.view' },
    params: board,
    response: documentBytes,
    produces: DOCUMENT_TYPES.pdf,
  },
  shootCalendarIcs: {
    method: 'GET',
    path: '/productions/:productionId/schedule/calendar.ics',
    summary: 'The shooting board’s days as an iCalendar file (one all-day event per shoot day)',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.ics,
  },
  myCalendarIcs: {
    method: 'GET',
    path: '/productions/:productionId/schedule/my-calendar.ics',
    summary:
      'The caller’s own days as an iCalendar file: a cast member’s work days, everyone else’s shoot days',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: documentBytes,
    produces: DOCUMENT_TYPES.ics,
  },
} as const satisfies Record<string, RouteDefinition>;
