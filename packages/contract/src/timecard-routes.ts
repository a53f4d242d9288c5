import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { CalendarDateSchema, IdSchema } from './schemas/common.schema.js';
import {
  LabourAgreementListSchema,
  LabourDealListSchema,
  PayrollQuerySchema,
  ReturnTimecardRequestSchema,
  SaveLabourDealRequestSchema,
  SaveTimecardRequestSchema,
  SignTimecardRequestSchema,
  TimecardSchema,
  TimecardWeekQuerySchema,
  TimecardWeekSchema,
} from './schemas/timecard.schema.js';

const production = z.object({ productionId: IdSchema });
const person = z.object({ productionId: IdSchema, personId: IdSchema });
const card = z.object({
  productionId: IdSchema,
  personId: IdSchema,
  weekStart: CalendarDateSchema,
});

const SIGNING_ACTIONS = [
  'timecard.enter',
  'timecard.approve-department',
  'timecard.approve-production',
  'timecard.approve-accounting',
] as const;

/**
 * Timecards (part of the one route table): deals, a person's week of daily times computed into pay lines
 * under their agreement, the approval chain (the person, their department head, the production manager or
 * UPM, the production accountant, whose signature posts the pay to the budget) and the payroll export.
 */
export const timecardRoutes = {
  labourAgreements: {
    method: 'GET',
    path: '/productions/:productionId/labour-agreements',
    summary:
      'The labour agreements a deal may name, one per union or jurisdiction and contract year',
    authority: { kind: 'action', action: 'timecard.view' },
    params: production,
    response: LabourAgreementListSchema,
  },
  labourDeals: {
    method: 'GET',
    path: '/productions/:productionId/labour-deals',
    summary: 'Everyone on the team with their deal (agreement, rate, department, title, account)',
    authority: { kind: 'action', action: 'labour.deals' },
    params: production,
    response: LabourDealListSchema,
  },
  saveLabourDeal: {
    method: 'PUT',
    path: '/productions/:productionId/labour-deals/:personId',
    summary:
      'Set a person’s deal at the version it was loaded at (0 for a new one); a stale version is a 409',
    authority: { kind: 'action', action: 'labour.deals' },
    params: person,
    body: SaveLabourDealRequestSchema,
    response: ActionResultSchema,
  },
  timecards: {
    method: 'GET',
    path: '/productions/:productionId/timecards',
    summary:
      'The week’s cards the caller may see (their own, their department’s, everyone’s for the production office), with status and whose signature each waits on',
    authority: { kind: 'action', action: 'timecard.view' },
    params: production,
    query: TimecardWeekQuerySchema,
    response: TimecardWeekSchema,
  },
  timecard: {
    method: 'GET',
    path: '/productions/:productionId/timecards/:personId/:weekStart',
    summary:
      'One person’s week: the days, the pay lines computed now with the rule that produced each, the totals and the approval chain',
    authority: { kind: 'action', action: 'timecard.view' },
    params: card,
    response: TimecardSchema,
  },
  saveTimecard: {
    method: 'PUT',
    path: '/productions/:productionId/timecards/:personId/:weekStart',
    summary:
      'Save the week’s days (a draft card only) at the version they were loaded at; your own card, or anyone’s for the production office',
    authority: {
      kind: 'one-of',
      actions: ['timecard.enter', 'timecard.enter-for-others'],
      how: 'timecard.enter for your own card, timecard.enter-for-others for anyone else’s',
    },
    params: card,
    body: SaveTimecardRequestSchema,
    response: ActionResultSchema,
  },
  signTimecard: {
    method: 'POST',
    path: '/productions/:productionId/timecards/:personId/:weekStart/sign',
    summary:
      'Sign the step the card waits on; the production accountant’s signature approves it and posts its pay to the budget',
    authority: {
      kind: 'one-of',
      actions: SIGNING_ACTIONS,
      how: 'the action of the step the card waits on: the person’s own, department head, production manager or UPM, production accountant',
    },
    params: card,
    body: SignTimecardRequestSchema,
    response: ActionResultSchema,
  },
  returnTimecard: {
    method: 'POST',
    path: '/productions/:productionId/timecards/:personId/:weekStart/return',
    summary: 'Send a card in approval back to the person with a reason; every signature is dropped',
    authority: {
      kind: 'one-of',
      actions: SIGNING_ACTIONS.slice(1),
      how: 'the action of the first step still to sign that the caller holds',
    },
    params: card,
    body: ReturnTimecardRequestSchema,
    response: ActionResultSchema,
  },
  payrollCsv: {
    method: 'GET',
    path: '/productions/:productionId/payroll.csv',
    summary: 'The week’s approved cards as pay lines for the payroll company (CSV)',
    authority: { kind: 'action', action: 'payroll.export' },
    params: production,
    query: PayrollQuerySchema,
    response: DocumentBytesSchema,
    produces: DOCUMENT_TYPES.csv,
  },
} as const satisfies Record<string, RouteDefinition>;
