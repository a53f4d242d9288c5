import { describe, expect, it } from 'vitest';
import { buildDayOutOfDays } from '../schedule/dood/build-day-out-of-days.js';
import { doodShootDaysFromLayout } from '../schedule/dood/dood-shoot-days-from-layout.js';
import type { ShootCalendar } from '../schedule/calendar/shoot-calendar.js';
import {
  layoutStripboard,
  type StripboardScene,
} from '../schedule/stripboard/layout-stripboard.js';
import type { Strip } from '../schedule/stripboard/strip.js';
import { calendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { buildCallSheet } from '../shooting/build-call-sheet.js';
import {
  buildProductionReport,
  defaultProductionReportEntry,
} from '../shooting/build-production-report.js';
import type { SceneShot } from '../shooting/production-report.js';
import { progressHeadline } from './progress-headline.js';
import { scheduleStatus, type ScheduleReports } from './schedule-status.js';

// Four shoot days, Monday 1 to Thursday 4 March 2027, one scene each: 12, 20, 4 and 4 eighths (40, an
// average day of 10 eighths).
const scene = (id: string, eighths: number): StripboardScene => ({
  id,
  number: id,
  eighths,
  castNumbers: [1],
  set: 'Harbour wall',
  intExt: 'EXT',
  time: 'DAY',
});
const SCENES = [scene('1', 12), scene('2', 20), scene('3', 4), scene('4', 4)];
const STRIPS: Strip[] = SCENES.flatMap((x, i): Strip[] => [
  { kind: 'scene', id: `s${i}`, sceneId: x.id },
  { kind: 'day-break', id: `b${i}` },
]);
const CALENDAR: ShootCalendar = {
  firstShootDay: calendarDate('2027-03-01'),
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [],
  daysOff: [],
};
const layout = layoutStripboard(STRIPS, SCENES, CALENDAR);
const dood = buildDayOutOfDays({
  shootDays: doodShootDaysFromLayout(layout, new Map([[1, 'nora']])),
  cast: [{ elementId: 'nora', castNumber: 1, name: 'NORA' }],
  calendar: CALENDAR,
});
const SHOOT_DAYS = layout.days.flatMap((d) =>
  d.kind === 'shoot' ? [{ date: d.date, eighths: d.eighths }] : [],
);

const reportOf = (dayNumber: number, scenes: SceneShot[], earlier: SceneShot[][]) => {
  const sheet = buildCallSheet({
    productionTitle: 'The Harbour Light',
    timeZone: 'Europe/Warsaw',
    layout,
    dood,
    dayNumber,
    descriptions: {},
    cast: [{ castNumber: 1, character: 'NORA', performer: null }],
    details: {
      generalCrewCall: '07:00',
      shootingCall: '08:00',
      weather: '',
      locations: [],
      nearestHospital: null,
      castCalls: [],
      background: [],
      crewCalls: [],
      notes: '',
      safety: '',
    },
  });
  return buildProductionReport({
    sheet,
    layout,
    dood,
    earlier,
    entry: { ...defaultProductionReportEntry(sheet), scenes },
  });
};

const shot = (sceneId: string, status: SceneShot['status'], eighthsShot: number): SceneShot => ({
  sceneId,
  status,
  eighthsShot,
  secondsShot: 60,
  setups: 4,
  retakes: 0,
});

// Day 1 shot all of scene 1 (12 eighths); day 2 only 8 of scene 2's 20. After day 2 the board planned
// 12 + 20 = 32 eighths and 20 are shot: 12 eighths (1 4/8 pages) behind, 12 / 10 = 1.2 days.
const DAY_1 = [shot('1', 'completed', 12)];
const DAY_2 = [shot('2', 'part-shot', 8)];
const REPORTS: ScheduleReports = {
  reportedDates: [calendarDate('2027-03-01'), calendarDate('2027-03-02')],
  latest: reportOf(2, DAY_2, [DAY_1]),
};

const headlineOf = (asOf: CalendarDate, reports: ScheduleReports | null) =>
  progressHeadline({
    currency: currencyCode('USD'),
    asOf,
    previousAsOf: null,
    totals: {
      budget: 0 as MinorUnits,
      actualsToDate: 0 as MinorUnits,
      commitments: 0 as MinorUnits,
      estimatedFinalCost: 0 as MinorUnits,
      variance: 0 as MinorUnits,
      changeSinceLastReport: null,
      spentBp: null,
    },
    overBudget: [],
    cash: null,
    schedule: scheduleStatus(SHOOT_DAYS, asOf, reports),
  }).slice(2);

describe('scheduleStatus from the daily production reports', () => {
  it('counts the reported days and takes the standing from the latest report', () => {
    expect(scheduleStatus(SHOOT_DAYS, calendarDate('2027-03-03'), REPORTS)).toEqual({
      state: 'shooting',
      plannedDays: 4,
      shotDays: 2,
      remainingDays: 2,
      plannedEighths: 40,
      shotEighths: 20,
      firstShootDay: '2027-03-01',
      wrapDate: '2027-03-04',
      daysAheadOrBehind: -1.2,
      basis: 'production-reports',
      standing: {
        date: '2027-03-02',
        dayNumber: 2,
        totalDays: 4,
        scenesPlannedToDate: 2,
        scenesShotToDate: 1,
        eighthsPlannedToDate: 32,
        eighthsShotToDate: 20,
        eighthsAhead: -12,
        daysAhead: -1.2,
        verdict: 'behind',
      },
      daysWithoutReport: [],
    });
    expect(headlineOf(calendarDate('2027-03-03'), REPORTS)).toEqual([
      'Day 2 of 4 shot; 1 4/8 pages behind (1.2 days).',
    ]);
  });

  it('lists a day before the report date without a report instead of counting it shot', () => {
    const status = scheduleStatus(SHOOT_DAYS, calendarDate('2027-03-04'), REPORTS);
    expect(status).toMatchObject({ shotDays: 2, remainingDays: 2, state: 'shooting' });
    expect(status.daysWithoutReport).toEqual(['2027-03-03']);
    expect(headlineOf(calendarDate('2027-03-04'), REPORTS)).toEqual([
      'Day 2 of 4 shot; 1 4/8 pages behind (1.2 days).',
      'No production report for 1 shoot day before 4 Mar 2027: 3 Mar 2027; not counted as shot.',
    ]);
  });

  it('keeps to the board while there is no report', () => {
    const status = scheduleStatus(SHOOT_DAYS, calendarDate('2027-03-04'), {
      reportedDates: [],
      latest: null,
    });
    expect(status).toMatchObject({
      basis: 'board',
      shotDays: 3,
      daysAheadOrBehind: null,
      standing: null,
    });
    expect(scheduleStatus(SHOOT_DAYS, calendarDate('2027-03-04'))).toEqual(status);
  });
});
