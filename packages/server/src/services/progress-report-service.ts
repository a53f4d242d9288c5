import type { ProgressReportDto } from '@greenlight/contract';
import {
  buildProgressReport,
  buildProgressReportDocument,
  weekdayOf,
  type Production,
  type ProductionId,
  type ProgressReport,
  type CalendarDate,
  type ScheduledShootDay,
  type ScheduleReports,
  type Weekday,
} from '@greenlight/domain';
import { renderReportPdf } from '@greenlight/pdf';
import type { ServerDeps } from '../server-deps.js';
import { loadCostReport } from './cost-report-service.js';
import { loadFinancingContext } from './financing-context.js';
import { findShootingBoardId, loadBoardLayout } from './load-board-layout.js';
import { buildDayReport, loadProductionReportDay } from './load-production-report.js';
import { readOnly, type ServiceContext } from './service-context.js';

type Query = { readonly asOf?: string | undefined };
/** Reads need only the dependencies (the route checked the caller before). */
type Reads = Pick<ServiceContext, 'deps'>;

/** Weeks start on Monday unless the financing plan's week 1 says otherwise, so both reports share weeks. */
const DEFAULT_WEEK_START: Weekday = 1;

// The shooting board's shoot days, or null while the production has no shooting board.
const loadShootDays = async (
  deps: ServerDeps,
  productionId: ProductionId,
): Promise<ScheduledShootDay[] | null> => {
  const boardId = await findShootingBoardId(deps, productionId);
  if (boardId === null) return null;
  const { layout } = await loadBoardLayout(deps, productionId, boardId);
  return layout.days.flatMap((day) =>
    day.kind === 'shoot' ? [{ date: day.date, eighths: day.eighths }] : [],
  );
};

/**
 * The daily production reports as of a day: the shoot days up to the day with a current report (any status),
 * and the latest of them built as the production report service builds it (`buildDayReport`, with the
 * earlier days' reports), so its totals and standing are the production report's own. Null while no shoot
 * day up to the day has a report: the board alone then says which days are shot.
 */
const loadScheduleReports = async (
  context: Reads,
  productionId: ProductionId,
  shootDays: readonly ScheduledShootDay[] | null,
  asOf: CalendarDate,
): Promise<ScheduleReports | null> => {
  if (shootDays === null || shootDays.length === 0) return null;
  const onBoard = new Set(shootDays.map((d) => d.date));
  const reportedDates = (await readOnly(context.deps).productionReports.listCurrent(productionId))
    .map((r) => r.date)
    .filter((date) => date <= asOf && onBoard.has(date))
    .sort();
  const latestDate = reportedDates.at(-1);
  if (latestDate === undefined) return null;
  const loaded = await loadProductionReportDay(context, productionId, latestDate);
  return { reportedDates, latest: buildDayReport(loaded) };
};

/**
 * The progress report as of a day: the cost report, the spending documents dated up to the day (for the
 * weeks), the financing plan, the shooting board and its daily production reports.
 */
export const loadProgressReport = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<{ readonly report: ProgressReport; readonly production: Production }> => {
  const { report, version, production } = await loadCostReport(context, productionId, query);
  const repos = readOnly(context.deps);
  // The cost report reads the ledger the database keeps; the weeks need the documents themselves.
  const [documents, financing, plan, shootDays] = [
    await repos.cost.listDocuments(productionId, { asOf: report.asOf }),
    await loadFinancingContext(repos, production),
    await repos.financing.getPlan(productionId),
    await loadShootDays(context.deps, productionId),
  ];
  const productionReports = await loadScheduleReports(
    context,
    productionId,
    shootDays,
    report.asOf,
  );
  const firstWeek = plan?.firstWeek ?? null;
  return {
    production,
    report: buildProgressReport({
      costReport: report,
      documents,
      exchangeRates: version.setup.exchangeRates,
      weekStartsOn: firstWeek === null ? DEFAULT_WEEK_START : weekdayOf(firstWeek),
      financing:
        financing.sources.length === 0 && plan === null
          ? null
          : { sources: financing.sources, firstWeek },
      shootDays,
      productionReports,
    }),
  };
};

export const progressReportView = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<ProgressReportDto> => {
  const { report } = await loadProgressReport(context, productionId, query);
  return {
    ...report,
    headline: [...report.headline],
    spend: report.spend.map((w) => ({ ...w })),
    overBudget: report.overBudget.map((v) => ({ ...v })),
    underBudget: report.underBudget.map((v) => ({ ...v })),
    sections: report.sections.map((s) => ({ ...s })),
    schedule: { ...report.schedule, daysWithoutReport: [...report.schedule.daysWithoutReport] },
  };
};

export const progressReportPdf = async (
  context: Reads,
  productionId: ProductionId,
  query: Query,
): Promise<Uint8Array> => {
  const { report, production } = await loadProgressReport(context, productionId, query);
  return renderReportPdf(
    buildProgressReportDocument(report, {
      title: production.title,
      generatedAt: context.deps.clock.now(),
      timeZone: production.timeZone,
    }),
  );
};

export type ProgressReportFormat = 'json' | 'pdf';

/**
 * The progress report of a production for `greenlight progress-report`: in process, with no session (whoever
 * runs the command holds the data directory or the database URL, as for `greenlight cost-report`). JSON is
 * the API's `ProgressReportDto`; PDF is the same bytes as the download.
 */
export const renderProgressReport = async (
  deps: ServerDeps,
  productionId: string,
  options: { readonly asOf?: string; readonly format: ProgressReportFormat },
): Promise<{ readonly json: ProgressReportDto } | { readonly bytes: Uint8Array }> => {
  const context: Reads = { deps };
  const id = productionId as ProductionId;
  const query = options.asOf === undefined ? {} : { asOf: options.asOf };
  if (options.format === 'json') return { json: await progressReportView(context, id, query) };
  return { bytes: await progressReportPdf(context, id, query) };
};
