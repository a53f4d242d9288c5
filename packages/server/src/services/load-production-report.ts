import {
  buildProductionReport,
  defaultProductionReportEntry,
  type CalendarDate,
  type CallSheet,
  type ProductionId,
  type ProductionReport,
  type ProductionReportEntry,
  type ProductionReportRecord,
} from '@greenlight/domain';
import {
  buildDaySheet,
  defaultCallSheetDetails,
  loadCallSheetSchedule,
  shootDayOn,
  type CallSheetSchedule,
} from './load-call-sheet.js';
import { readOnly, type ServiceContext } from './service-context.js';

export type LoadedProductionReport = {
  readonly schedule: CallSheetSchedule;
  readonly dayNumber: number;
  readonly sheet: CallSheet;
  /** The call sheet issue the report is built from; null when the day's sheet was never published. */
  readonly callSheetRevision: number | null;
  readonly record: ProductionReportRecord | null;
  /** What was shot on each earlier shoot day, from their current reports. */
  readonly earlier: readonly ProductionReportRecord[];
};

/**
 * Everything a day's report is built from: the board and its day out of days, the day's call sheet (the
 * latest issue, else the sheet as it would be built now), the day's current report and the earlier days'.
 * Reads outside any transaction (on PGlite a read waits for an open transaction): load before deciding.
 */
export const loadProductionReportDay = async (
  context: Pick<ServiceContext, 'deps'>,
  productionId: ProductionId,
  date: CalendarDate,
): Promise<LoadedProductionReport> => {
  const schedule = await loadCallSheetSchedule(context, productionId);
  const day = shootDayOn(schedule, date);
  const repos = readOnly(context.deps);
  const issue = await repos.callSheets.latestPublication(productionId, date);
  const draft = issue === null ? await repos.callSheets.getDraft(productionId, date) : null;
  const sheet =
    issue?.sheet ??
    buildDaySheet(
      schedule,
      date,
      draft?.details ?? defaultCallSheetDetails(schedule.settings.crewCall),
    );
  const records = await repos.productionReports.listCurrent(productionId);
  return {
    schedule,
    dayNumber: day.dayNumber,
    sheet,
    callSheetRevision: issue?.revision ?? null,
    record: records.find((r) => r.date === date) ?? null,
    earlier: records.filter((r) => r.date < date),
  };
};

/** The entry of the day as saved, or what a new report starts from. */
export const entryOf = (loaded: LoadedProductionReport): ProductionReportEntry =>
  loaded.record?.entry ?? defaultProductionReportEntry(loaded.sheet);

/** The day's report with this entry (by default the saved one), built now. */
export const buildDayReport = (
  loaded: LoadedProductionReport,
  entry: ProductionReportEntry = entryOf(loaded),
): ProductionReport =>
  buildProductionReport({
    sheet: loaded.sheet,
    layout: loaded.schedule.layout,
    dood: loaded.schedule.dood,
    earlier: loaded.earlier.map((r) => r.entry.scenes),
    entry,
  });
