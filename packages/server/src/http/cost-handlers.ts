import type { ActionResultDto, RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import {
  costPostingsView,
  costReportPdf,
  costReportView,
  costReportXlsx,
  issueCostReport,
  issuedCostReports,
  listOverages,
  requestOverage,
  saveCostEstimates,
} from '../services/cost-report-service.js';
import {
  approveSpending,
  returnSpendingDocument,
  spendingInbox,
  submitSpendingDocument,
} from '../services/spending-approval-service.js';
import {
  getSpendingDocument,
  listSpendingDocuments,
  listVendors,
  saveSpendingDocument,
  saveVendor,
  transitionSpendingDocument,
} from '../services/spending-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';
import { act, productionIdOf as id, service } from './handler-context.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type CostRouteId =
  | 'vendors'
  | 'createVendor'
  | 'updateVendor'
  | 'spendingDocuments'
  | 'spendingDocument'
  | 'createSpendingDocument'
  | 'updateSpendingDocument'
  | 'submitSpendingDocument'
  | 'withdrawSpendingDocument'
  | 'returnSpendingDocument'
  | 'approveSpendingDocument'
  | 'paySpendingDocument'
  | 'voidSpendingDocument'
  | 'closeSpendingDocument'
  | 'reopenSpendingDocument'
  | 'spendingInbox'
  | 'costReport'
  | 'costReportPdf'
  | 'costReportXlsx'
  | 'costPostings'
  | 'saveCostEstimates'
  | 'issuedCostReports'
  | 'issueCostReport'
  | 'overages'
  | 'requestOverage';

type TransitionId =
  | 'withdrawSpendingDocument'
  | 'paySpendingDocument'
  | 'voidSpendingDocument'
  | 'closeSpendingDocument'
  | 'reopenSpendingDocument';

const move =
  <Id extends TransitionId>(transition: 'withdraw' | 'pay' | 'void' | 'close' | 'reopen') =>
  async (ctx: RequestContext<Id>): Promise<ActionResultDto> =>
    act(ctx, (context) =>
      transitionSpendingDocument(
        context,
        id(ctx.params.productionId),
        ctx.params.documentId,
        transition,
        ctx.body.version,
        ctx.declare,
      ),
    );

/** The handlers of the cost-control routes, spread into the one table of handlers. */
export const costHandlers = (canRead: CanRead): Pick<RouteHandlers, CostRouteId> => ({
  vendors: async (ctx) =>
    listVendors(service(ctx), await canRead(ctx, ctx.params.productionId, 'expenditure.view')),
  createVendor: async (ctx) =>
    act(ctx, (context) => saveVendor(context, id(ctx.params.productionId), ctx.body, null)),
  updateVendor: async (ctx) =>
    act(ctx, (context) =>
      saveVendor(context, id(ctx.params.productionId), ctx.body, ctx.params.vendorId),
    ),
  spendingDocuments: async (ctx) =>
    listSpendingDocuments(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'expenditure.view'),
      ctx.query,
    ),
  spendingDocument: async (ctx) =>
    getSpendingDocument(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'expenditure.view'),
      ctx.params.documentId,
    ),
  createSpendingDocument: async (ctx) =>
    act(ctx, (context) =>
      saveSpendingDocument(context, id(ctx.params.productionId), ctx.body, null),
    ),
  updateSpendingDocument: async (ctx) =>
    act(ctx, (context) =>
      saveSpendingDocument(context, id(ctx.params.productionId), ctx.body, ctx.params.documentId),
    ),
  submitSpendingDocument: async (ctx) =>
    submitSpendingDocument(
      service(ctx),
      id(ctx.params.productionId),
      ctx.params.documentId,
      ctx.body.version,
    ),
  withdrawSpendingDocument: move('withdraw'),
  returnSpendingDocument: async (ctx) =>
    returnSpendingDocument(
      service(ctx),
      id(ctx.params.productionId),
      ctx.params.documentId,
      ctx.body.version,
      ctx.body.note,
    ),
  approveSpendingDocument: async (ctx) =>
    approveSpending(
      service(ctx),
      id(ctx.params.productionId),
      ctx.params.documentId,
      ctx.body.version,
    ),
  paySpendingDocument: move('pay'),
  voidSpendingDocument: move('void'),
  closeSpendingDocument: move('close'),
  reopenSpendingDocument: move('reopen'),
  spendingInbox: async (ctx) =>
    spendingInbox(service(ctx), await canRead(ctx, ctx.params.productionId, 'expenditure.view')),
  costReport: async (ctx) =>
    costReportView(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.query,
    ),
  costReportPdf: async (ctx) =>
    costReportPdf(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.query,
    ),
  costReportXlsx: async (ctx) =>
    costReportXlsx(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.query,
    ),
  costPostings: async (ctx) =>
    costPostingsView(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.params.accountNumber,
      ctx.query,
    ),
  saveCostEstimates: async (ctx) =>
    act(ctx, (context) => saveCostEstimates(context, id(ctx.params.productionId), ctx.body)),
  issuedCostReports: async (ctx) =>
    issuedCostReports(service(ctx), await canRead(ctx, ctx.params.productionId, 'budget.view')),
  issueCostReport: async (ctx) =>
    act(ctx, (context) => issueCostReport(context, id(ctx.params.productionId), ctx.body)),
  overages: async (ctx) =>
    listOverages(service(ctx), await canRead(ctx, ctx.params.productionId, 'budget.view')),
  requestOverage: async (ctx) =>
    act(ctx, (context) => requestOverage(context, id(ctx.params.productionId), ctx.body)),
});
