import { z } from 'zod';
import type { RouteDefinition } from './route-definition.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  CreateExpenditureRequestSchema,
  CreateExpenditureResponseSchema,
  ExpenditureListSchema,
} from './schemas/expenditure.schema.js';

const production = z.object({ productionId: IdSchema });

/** Quick expenditures under signing limits (part of the one route table); spending documents are cost-routes. */
export const expenditureRoutes = {
  expenditures: {
    method: 'GET',
    path: '/productions/:productionId/expenditures',
    summary: 'Expenditures committed and waiting for approval',
    authority: { kind: 'action', action: 'expenditure.view' },
    params: production,
    response: ExpenditureListSchema,
  },
  createExpenditure: {
    method: 'POST',
    path: '/productions/:productionId/expenditures',
    summary: 'Commit an expenditure; above your signing limit it is routed for approval',
    authority: { kind: 'action', action: 'expenditure.commit' },
    params: production,
    body: CreateExpenditureRequestSchema,
    response: CreateExpenditureResponseSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteDefinition>;
