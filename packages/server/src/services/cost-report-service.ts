import type { z } from 'zod';
import type {
  CostPostingsSchema,
  CostReportDto,
  IssuedCostReportListSchema,
  OverageListSchema,
  SaveEstimatesRequestSchema,
} from '@greenlight/contract';
import {
  buildCostReportDocument,
  buildCostReportTable,
  calendarDate,
  costPostings,
  DomainError,
  minorUnits,
  type CalendarDate,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import { renderReportPdf } from '@greenlight/pdf';
import { writeXlsx } from '@greenlight/spreadsheet';
import {
  buildProductionCostReport,
  loadSpendingContext,
  type BuiltCostReport,
} from './cost-context.js';
import { mustFind, personOf, readOnly, todayFor, type ServiceContext } from './service-context.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import type { ServerDeps } from '../server-deps.js';

type Query = { readonly asOf?: string | undefined };
/** Reads need only the dependencies (the route checked the caller before). */
type Reads = Pick<ServiceContext, 'deps'>;

const asOfOf = (context: Reads, production: Production, query: Query): CalendarDate =>
  query.asOf === undefined ? todayFor(context.deps, production) : calendarDate(query.asOf);

/** The cost report as of a day, built from committed data through the caches. */
export const loadCostReport = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<BuiltCostReport & { production: Production }> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const built = await buildProductionCostReport(
    repos,
    production,
    asOfOf(context, production, query),
    context.deps,
  );
  return { ...built, production };
};

export const costReportView = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<CostReportDto> => {
  const { report, overages, version } = await loadCostReport(context, productionId, query);
  return {
    ...report,
    budgetVersionId: version.id,
    sections: report.sections.map((s) => ({ ...s, rows: [...s.rows] })),
    unbudgeted: { rows: [...report.unbudgeted.rows], totals: report.unbudgeted.totals },
    items: [...report.items],
    purchaseOrders: [...report.purchaseOrders],
    problems: [...report.problems],
    overages: overages.map((o) => ({
      accountNumber: o.accountNumber,
      name: o.name,
      overage: o.overage,
      approved: o.approved,
      uncovered: o.uncovered,
      covered: o.covered,
    })),
  };
};

export const costReportPdf = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<Uint8Array> => {
  const { report, overages, production } = await loadCostReport(context, productionId, query);
  return renderReportPdf(
    buildCostReportDocument(report, {
      title: production.title,
      generatedAt: context.deps.clock.now(),
      timeZone: production.timeZone,
      overages,
    }),
  );
};

export const costReportXlsx = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<Uint8Array> => {
  const { report } = await loadCostReport(context, productionId, query);
  return writeXlsx([buildCostReportTable(report)]);
};

/**
 * The document lines behind one account, by the ledger's own walk over the documents that can post to it
 * (the account's own, and the purchase orders and invoices billed together with them).
 */
export const costPostingsView = async (
  context: Reads,
  productionId: ProductionId,
  accountNumber: string,
  query: Query,
): Promise<z.output<typeof CostPostingsSchema>> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const { approved: version } = await loadSpendingContext(repos, production);
  if (version === null) {
    throw new DomainError(
      'conflict',
      'The cost report is measured against the approved budget, and the production has none yet',
    );
  }
  const asOf = asOfOf(context, production, query);
  const documents = await repos.cost.listDocuments(production.id, { accountNumber });
  const postings = costPostings(
    documents,
    { currency: version.currency, exchangeRates: version.setup.exchangeRates, asOf },
    accountNumber,
  );
  return {
    accountNumber,
    asOf,
    postings: postings.map((p) => ({
      kind: p.kind,
      documentId: p.document.id,
      documentKind: p.document.kind,
      number: p.document.number,
      date: p.document.date,
      status: p.document.status,
      lineId: p.line.id,
      description: p.line.description,
      amount: p.amount,
    })),
  };
};

export const saveCostEstimates = (
  context: ServiceContext,
  productionId: ProductionId,
  body: z.output<typeof SaveEstimatesRequestSchema>,
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'cost-report.issue',
    summary: `Enter ${body.estimates.length} estimate${body.estimates.length === 1 ? '' : 's'} to complete`,
    buildEffect: async () => ({
      kind: 'save-cost-estimates',
      estimates: body.estimates.map((e) => ({ target: e.target, key: e.key, amount: e.amount })),
      by: personOf(context),
    }),
  });

export const issueCostReport = (
  context: ServiceContext,
  productionId: ProductionId,
  body: { readonly asOf?: string | undefined },
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'cost-report.issue',
    summary: 'Issue the weekly cost report',
    buildEffect: async (_repos, production) => ({
      kind: 'issue-cost-report',
      asOf: asOfOf(context, production, body),
      by: personOf(context),
    }),
  });

export const issuedCostReports = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<z.output<typeof IssuedCostReportListSchema>> => ({
  reports: (await readOnly(context.deps).cost.listReports(productionId)).map((r) => ({
    id: r.id,
    asOf: r.asOf,
    issuedBy: r.issuedBy,
    issuedAt: r.issuedAt,
  })),
});

export const listOverages = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<z.output<typeof OverageListSchema>> => ({
  overages: [...(await readOnly(context.deps).cost.listOverages(productionId))],
});

/**
 * Ask to spend above an account's budget: `budget.approve-overage` for the amount. Allowed, it is accepted
 * at once; routed, it is accepted when its approval request is approved (the effect is stored in it).
 */
export const requestOverage = (
  context: ServiceContext,
  productionId: ProductionId,
  body: { readonly accountNumber: string; readonly amount: number; readonly reason: string },
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'budget.approve-overage',
    amount: minorUnits(body.amount),
    summary: `Overage on account ${body.accountNumber}: ${body.reason}`,
    details: { accountNumber: body.accountNumber, reason: body.reason },
    buildEffect: async () => ({
      kind: 'record-overage',
      accountNumber: body.accountNumber,
      amount: body.amount,
      reason: body.reason,
      by: personOf(context),
    }),
  });

export type CostReportFormat = 'json' | 'pdf' | 'xlsx';

/**
 * The cost report of a production for `greenlight cost-report`: in process, with no session (whoever runs
 * the command holds the data directory or the database URL, as for `greenlight doctor`). JSON is the API's
 * `CostReportDto`; PDF and XLSX are the same bytes as the downloads.
 */
export const renderCostReport = async (
  deps: ServerDeps,
  productionId: string,
  options: { readonly asOf?: string; readonly format: CostReportFormat },
): Promise<{ readonly json: CostReportDto } | { readonly bytes: Uint8Array }> => {
  const context: Reads = { deps };
  const id = productionId as ProductionId;
  const query = options.asOf === undefined ? {} : { asOf: options.asOf };
  if (options.format === 'json') return { json: await costReportView(context, id, query) };
  if (options.format === 'pdf') return { bytes: await costReportPdf(context, id, query) };
  return { bytes: await costReportXlsx(context, id, query) };
};
