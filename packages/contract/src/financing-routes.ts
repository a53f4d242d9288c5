import { z } from 'zod';
import type { RouteDefinition } from './route-definition.js';
import { ActionResultSchema } from './schemas/authority.schema.js';
import { IdSchema } from './schemas/common.schema.js';
import {
  CashFlowQuerySchema,
  CashFlowSchema,
  CreateFinancingSourceRequestSchema,
  FinancingPlanSchema,
  GreenlightGateSchema,
  MoveFinancingSourceRequestSchema,
  UpdateFinancingSourceRequestSchema,
  UpdatePlannedSpendingRequestSchema,
  WaterfallQuerySchema,
  WaterfallSchema,
} from './schemas/financing.schema.js';

const production = z.object({ productionId: IdSchema });
const source = z.object({ productionId: IdSchema, sourceId: IdSchema });
const FINANCING_MOVE = {
  kind: 'one-of',
  actions: ['financing.edit-plan', 'financing.close-deal'],
  how: 'Closing a deal (a source entering closed or drawn from an earlier status, or a closed deal changed) is financing.close-deal; everything else is financing.edit-plan',
} as const;

/** The financing plan, its cash flow and waterfall, and the greenlight gate (part of the one route table). */
export const financingRoutes = {
  financingPlan: {
    method: 'GET',
    path: '/productions/:productionId/financing',
    summary:
      'The financing plan: sources with their terms and status, the gap against the approved budget, the planned spending',
    authority: { kind: 'action', action: 'financing.view' },
    params: production,
    response: FinancingPlanSchema,
  },
  createFinancingSource: {
    method: 'POST',
    path: '/productions/:productionId/financing/sources',
    summary: 'Add a source of finance (studio, equity, loan, incentive, pre-sale…) to the plan',
    authority: FINANCING_MOVE,
    params: production,
    body: CreateFinancingSourceRequestSchema,
    response: ActionResultSchema,
    status: 201,
  },
  updateFinancingSource: {
    method: 'PATCH',
    path: '/productions/:productionId/financing/sources/:sourceId',
    summary: 'Change a source’s name, amount, terms, conditions or drawdown schedule',
    authority: FINANCING_MOVE,
    params: source,
    body: UpdateFinancingSourceRequestSchema,
    response: ActionResultSchema,
  },
  moveFinancingSource: {
    method: 'POST',
    path: '/productions/:productionId/financing/sources/:sourceId/status',
    summary:
      'Move a source through prospect, in negotiation, term sheet, committed, closed and drawn (or withdrawn); closing a deal is its own authority',
    authority: FINANCING_MOVE,
    params: source,
    body: MoveFinancingSourceRequestSchema,
    response: ActionResultSchema,
  },
  updatePlannedSpending: {
    method: 'PUT',
    path: '/productions/:productionId/financing/planned-spending',
    summary: 'Set the planned spending by week that the drawdowns are measured against',
    authority: { kind: 'action', action: 'financing.edit-plan' },
    params: production,
    body: UpdatePlannedSpendingRequestSchema,
    response: ActionResultSchema,
  },
  cashFlow: {
    method: 'GET',
    path: '/productions/:productionId/financing/cash-flow',
    summary:
      'The weekly cash flow: drawdowns of closed (or committed) financing against planned spending, the balance and the first week it runs short',
    authority: { kind: 'action', action: 'financing.view' },
    params: production,
    query: CashFlowQuerySchema,
    response: CashFlowSchema,
  },
  waterfall: {
    method: 'GET',
    path: '/productions/:productionId/financing/waterfall',
    summary:
      'The recoupment waterfall for a revenue figure: who is paid what, in order (a fee off the top, recoupment by rank, the back end by points)',
    authority: { kind: 'action', action: 'financing.view' },
    params: production,
    query: WaterfallQuerySchema,
    response: WaterfallSchema,
  },
  greenlightGate: {
    method: 'GET',
    path: '/productions/:productionId/greenlight-gate',
    summary:
      'Whether the production may leave development: an approved budget covered by closed financing, or why not and by how much',
    authority: { kind: 'action', action: 'financing.view' },
    params: production,
    response: GreenlightGateSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
