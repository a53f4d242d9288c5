import type { RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import {
  applyBudgetScheduleFeed,
  budgetScheduleFeed,
} from '../services/budget-schedule-feed-service.js';
import {
  budgetVersionCsv,
  budgetVersionPdf,
  budgetVersionXlsx,
  importBudget,
} from '../services/budget-files-service.js';
import { editBudgetLines } from '../services/budget-lines-service.js';
import { updateBudgetSetup } from '../services/budget-setup-service.js';
import {
  compareBudgetVersions,
  startRevision,
  transitionBudget,
} from '../services/budget-versions-service.js';
import {
  budgetTopSheet,
  createBudget,
  getBudgetVersion,
  listBudgets,
} from '../services/budgets-service.js';
import { cashFlowView, waterfallView } from '../services/financing-reports-service.js';
import {
  createFinancingSource,
  financingPlan,
  moveFinancing,
  updateFinancingSource,
  updatePlannedSpending,
} from '../services/financing-service.js';
import { greenlightGateView } from '../services/greenlight-gate-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';
import { act, productionIdOf as id, service } from './handler-context.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type BudgetRouteId =
  | 'budgets'
  | 'createBudget'
  | 'importBudget'
  | 'budgetVersionCsv'
  | 'budgetVersionXlsx'
  | 'budgetVersionPdf'
  | 'budgetVersion'
  | 'budgetTopSheet'
  | 'editBudgetLines'
  | 'updateBudgetSetup'
  | 'budgetTransition'
  | 'startBudgetRevision'
  | 'compareBudgets'
  | 'budgetScheduleFeed'
  | 'applyBudgetScheduleFeed'
  | 'financingPlan'
  | 'createFinancingSource'
  | 'updateFinancingSource'
  | 'moveFinancingSource'
  | 'updatePlannedSpending'
  | 'cashFlow'
  | 'waterfall'
  | 'greenlightGate';

/** The handlers of the budget, financing and greenlight-gate routes, spread into the one table of handlers. */
export const budgetHandlers = (canRead: CanRead): Pick<RouteHandlers, BudgetRouteId> => ({
  budgets: async (ctx) =>
    listBudgets(service(ctx), await canRead(ctx, ctx.params.productionId, 'budget.view')),
  createBudget: async (ctx) =>
    act(ctx, (context) => createBudget(context, id(ctx.params.productionId), ctx.body)),
  importBudget: async (ctx) =>
    act(ctx, (context) => importBudget(context, id(ctx.params.productionId), ctx.body)),
  budgetVersionCsv: async (ctx) =>
    budgetVersionCsv(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.versionId,
    ),
  budgetVersionXlsx: async (ctx) =>
    budgetVersionXlsx(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.versionId,
    ),
  budgetVersionPdf: async (ctx) =>
    budgetVersionPdf(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.versionId,
    ),
  budgetVersion: async (ctx) =>
    getBudgetVersion(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.versionId,
      ctx.query,
    ),
  budgetTopSheet: async (ctx) =>
    budgetTopSheet(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.versionId,
    ),
  editBudgetLines: async (ctx) =>
    act(ctx, (context) =>
      editBudgetLines(context, id(ctx.params.productionId), ctx.params.versionId, ctx.body),
    ),
  updateBudgetSetup: async (ctx) =>
    act(ctx, (context) =>
      updateBudgetSetup(context, id(ctx.params.productionId), ctx.params.versionId, ctx.body),
    ),
  budgetTransition: async (ctx) =>
    act(ctx, (context) =>
      transitionBudget(
        context,
        id(ctx.params.productionId),
        ctx.params.versionId,
        ctx.body,
        ctx.declare,
      ),
    ),
  startBudgetRevision: async (ctx) =>
    act(ctx, (context) =>
      startRevision(context, id(ctx.params.productionId), ctx.params.versionId, ctx.body),
    ),
  compareBudgets: async (ctx) =>
    compareBudgetVersions(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.query,
    ),
  budgetScheduleFeed: async (ctx) =>
    budgetScheduleFeed(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.versionId,
    ),
  applyBudgetScheduleFeed: async (ctx) =>
    act(ctx, (context) =>
      applyBudgetScheduleFeed(context, id(ctx.params.productionId), ctx.params.versionId, ctx.body),
    ),
  financingPlan: async (ctx) =>
    financingPlan(service(ctx), await canRead(ctx, ctx.params.productionId, 'financing.view')),
  createFinancingSource: async (ctx) =>
    act(ctx, (context) =>
      createFinancingSource(context, id(ctx.params.productionId), ctx.body, ctx.declare),
    ),
  updateFinancingSource: async (ctx) =>
    act(ctx, (context) =>
      updateFinancingSource(
        context,
        id(ctx.params.productionId),
        ctx.params.sourceId,
        ctx.body,
        ctx.declare,
      ),
    ),
  moveFinancingSource: async (ctx) =>
    act(ctx, (context) =>
      moveFinancing(
        context,
        id(ctx.params.productionId),
        ctx.params.sourceId,
        ctx.body,
        ctx.declare,
      ),
    ),
  updatePlannedSpending: async (ctx) =>
    act(ctx, (context) => updatePlannedSpending(context, id(ctx.params.productionId), ctx.body)),
  cashFlow: async (ctx) =>
    cashFlowView(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'financing.view'),
      ctx.query,
    ),
  waterfall: async (ctx) =>
    waterfallView(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'financing.view'),
      ctx.query,
    ),
  greenlightGate: async (ctx) =>
    greenlightGateView(service(ctx), await canRead(ctx, ctx.params.productionId, 'financing.view')),
});
