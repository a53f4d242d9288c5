import type { ProductionReport } from '../shooting/production-report.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { ScheduleStatus } from './progress-report.js';

/** What the schedule status needs of a shoot day: its date and its pages in eighths. */
export type ScheduledShootDay = { readonly date: CalendarDate; readonly eighths: number };

/**
 * The daily production reports as of the report date: the dates of the shoot days with a current report (any
 * status), and the report of the latest of them on or before the report date, built as it stands
 * (`buildProductionReport`: its script totals to date and its standing against the board). Null `latest`
 * while no day up to the report date has a report.
 */
export type ScheduleReports = {
  readonly reportedDates: readonly CalendarDate[];
  readonly latest: ProductionReport | null;
};

const byDate = (a: ScheduledShootDay, b: ScheduledShootDay): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * The shoot against its schedule on a date. Once a shoot day up to the date has a daily production report,
 * the days shot are the shoot days up to the date that have one, and what is shot to date and the standing
 * (ahead or behind, in eighths and days) are the latest report's, as that report works them out; a shoot day
 * before the date without a report is listed in `daysWithoutReport`, not assumed shot. Before any report, a
 * shoot day before the date counts as shot and the report cannot say the shoot is ahead or behind
 * (`daysAheadOrBehind` stays null). Without a shooting board, or with no shoot days on it, the state is
 * `not-scheduled`.
 */
export const scheduleStatus = (
  days: readonly ScheduledShootDay[] | null,
  asOf: CalendarDate,
  reports: ScheduleReports | null = null,
): ScheduleStatus => {
  const sorted = [...(days ?? [])].sort(byDate);
  const plannedEighths = sorted.reduce((sum, d) => sum + d.eighths, 0);
  const firstShootDay = sorted[0]?.date ?? null;
  const wrapDate = sorted.at(-1)?.date ?? null;
  const stateOf = (shotDays: number) =>
    sorted.length === 0
      ? ('not-scheduled' as const)
      : shotDays === 0
        ? ('before-shooting' as const)
        : shotDays === sorted.length
          ? ('wrapped' as const)
          : ('shooting' as const);

  const latest = reports?.latest ?? null;
  if (sorted.length > 0 && latest !== null && latest.date <= asOf) {
    const reported = new Set(reports?.reportedDates ?? []);
    const shot = sorted.filter((d) => d.date <= asOf && reported.has(d.date));
    const standing = latest.schedule;
    return {
      state: stateOf(shot.length),
      plannedDays: sorted.length,
      shotDays: shot.length,
      remainingDays: sorted.length - shot.length,
      plannedEighths,
      shotEighths: standing.eighthsShotToDate,
      firstShootDay,
      wrapDate,
      daysAheadOrBehind: standing.daysAhead,
      basis: 'production-reports',
      standing: {
        date: latest.date,
        dayNumber: latest.dayNumber,
        totalDays: latest.totalDays,
        ...standing,
      },
      daysWithoutReport: sorted
        .filter((d) => d.date < asOf && !reported.has(d.date))
        .map((d) => d.date),
    };
  }

  const shot = sorted.filter((d) => d.date < asOf);
  return {
    state: stateOf(shot.length),
    plannedDays: sorted.length,
    shotDays: shot.length,
    remainingDays: sorted.length - shot.length,
    plannedEighths,
    shotEighths: shot.reduce((sum, d) => sum + d.eighths, 0),
    firstShootDay,
    wrapDate,
    daysAheadOrBehind: null,
    basis: 'board',
    standing: null,
    daysWithoutReport: [],
  };
};
