import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import { buildDayOutOfDays } from '../schedule/dood/build-day-out-of-days.js';
import { doodShootDaysFromLayout } from '../schedule/dood/dood-shoot-days-from-layout.js';
import type { ShootCalendar } from '../schedule/calendar/shoot-calendar.js';
import {
  layoutStripboard,
  type StripboardScene,
} from '../schedule/stripboard/layout-stripboard.js';
import type { Strip } from '../schedule/stripboard/strip.js';
import { buildCallSheet } from './build-call-sheet.js';
import {
  buildProductionReport,
  defaultProductionReportEntry,
  type ProductionReportInput,
} from './build-production-report.js';
import type { CallSheetDetails } from './call-sheet.js';
import type { ProductionReportEntry, SceneShot } from './production-report.js';
import { nextProductionReportStatus } from './production-report-record.js';

const scene = (
  id: string,
  eighths: number,
  castNumbers: number[],
  set: string,
): StripboardScene => ({
  id,
  number: id,
  eighths,
  castNumbers,
  set,
  intExt: 'EXT',
  time: 'DAY',
});

// Five scenes, 40 eighths (five pages), on four days: 18, 10, 8 and 4 eighths, an average day of 10.
const SCENES = [
  scene('1', 12, [1, 2], 'Harbour wall'),
  scene('2', 6, [1], 'Harbour wall'),
  scene('3', 10, [2, 3], 'Lighthouse'),
  scene('4', 8, [1, 3], 'Lighthouse'),
  scene('5', 4, [3], 'Ferry'),
];
let strip = 0;
const s = (sceneId: string): Strip => ({ kind: 'scene', id: `s${(strip += 1)}`, sceneId });
const end = (): Strip => ({ kind: 'day-break', id: `b${(strip += 1)}` });
const STRIPS: Strip[] = [s('1'), s('2'), end(), s('3'), end(), s('4'), end(), s('5'), end()];
const CALENDAR: ShootCalendar = {
  firstShootDay: calendarDate('2027-03-01'),
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [],
  daysOff: [],
};
const layout = layoutStripboard(STRIPS, SCENES, CALENDAR);
const dood = buildDayOutOfDays({
  shootDays: doodShootDaysFromLayout(
    layout,
    new Map([
      [1, 'nora'],
      [2, 'tom'],
      [3, 'ada'],
    ]),
  ),
  cast: [
    { elementId: 'nora', castNumber: 1, name: 'NORA' },
    { elementId: 'tom', castNumber: 2, name: 'TOM' },
    { elementId: 'ada', castNumber: 3, name: 'ADA' },
  ],
  calendar: CALENDAR,
});
const DETAILS: CallSheetDetails = {
  generalCrewCall: '07:00',
  shootingCall: '08:00',
  weather: '',
  locations: [],
  nearestHospital: null,
  castCalls: [],
  background: [{ description: 'Harbour workers', count: 12, call: '07:30' }],
  crewCalls: [
    { department: 'Camera', position: 'DP', name: 'Ola', call: '06:30' },
    { department: 'Camera', position: '1st AC', name: 'Piotr', call: '06:30' },
    { department: 'Grip', position: 'Key grip', name: 'Jan', call: null },
  ],
  notes: '',
  safety: '',
};
const sheetOf = (dayNumber: number) =>
  buildCallSheet({
    productionTitle: 'The Harbour Light',
    timeZone: 'Europe/Warsaw',
    layout,
    dood,
    dayNumber,
    descriptions: {},
    cast: [
      { castNumber: 1, character: 'NORA', performer: 'Margot Lane' },
      { castNumber: 2, character: 'TOM', performer: null },
      { castNumber: 3, character: 'ADA', performer: 'Ines Kowal' },
    ],
    details: DETAILS,
  });

const shot = (sceneId: string, over: Partial<SceneShot> = {}): SceneShot => ({
  sceneId,
  status: 'completed',
  eighthsShot: SCENES.find((x) => x.id === sceneId)?.eighths ?? 0,
  secondsShot: 60,
  setups: 5,
  retakes: 0,
  ...over,
});

const input = (
  dayNumber: number,
  scenes: SceneShot[],
  earlier: SceneShot[][] = [],
  over: Partial<ProductionReportEntry> = {},
): ProductionReportInput => {
  const sheet = sheetOf(dayNumber);
  return {
    sheet,
    layout,
    dood,
    earlier,
    entry: { ...defaultProductionReportEntry(sheet), scenes, ...over },
  };
};

const fieldOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details?.['field'];
    throw error;
  }
  return undefined;
};

describe('buildProductionReport', () => {
  it('starts a day from its call sheet: scenes not shot, crew call, crew counted by department', () => {
    const entry = defaultProductionReportEntry(sheetOf(1));
    expect(entry.scenes.map((x) => [x.sceneId, x.status])).toEqual([
      ['1', 'not-shot'],
      ['2', 'not-shot'],
    ]);
    expect(entry.times.crewCall).toBe('07:00');
    expect(entry.crew).toEqual([
      { department: 'Camera', count: 2 },
      { department: 'Grip', count: 1 },
    ]);
    expect(entry.background).toBe(12);
    expect(entry.cast.map((c) => [c.castNumber, c.onSet])).toEqual([
      [1, '08:00'],
      [2, '08:00'],
    ]);
  });

  it('adds up day 2 by hand: an added scene finished, the script to date and remaining', () => {
    // Day 1 finished scene 1 (12/8) and shot 3 of scene 2's 6 eighths. Day 2 plans scene 3 (10/8); the unit
    // shoots it and picks up the rest of scene 2.
    const day1 = [shot('1'), shot('2', { status: 'part-shot', eighthsShot: 3, setups: 2 })];
    const report = buildProductionReport(
      input(2, [shot('3', { secondsShot: 75 }), shot('2', { eighthsShot: 3, setups: 3 })], [day1]),
    );
    expect(report.scenes.map((x) => [x.number, x.planned, x.status])).toEqual([
      ['3', true, 'completed'],
      ['2', false, 'completed'],
    ]);
    expect(report.today).toMatchObject({
      scenesPlanned: 1,
      eighthsPlanned: 10,
      completed: 1,
      added: 1,
      eighthsShot: 13,
      secondsShot: 135,
      setups: 8,
    });
    expect(report.totals).toEqual({
      script: { scenes: 5, eighths: 40, seconds: 300 },
      previously: { scenes: 1, eighths: 15, seconds: 120 },
      today: { scenes: 2, eighths: 13, seconds: 135 },
      toDate: { scenes: 3, eighths: 28, seconds: 255 },
      remaining: { scenes: 2, eighths: 12, seconds: 45 },
      setupsPreviously: 7,
      setupsToDate: 15,
    });
    // The board planned 18 + 10 = 28 eighths and three scenes by the end of day 2: on schedule.
    expect(report.schedule).toEqual({
      scenesPlannedToDate: 3,
      scenesShotToDate: 3,
      eighthsPlannedToDate: 28,
      eighthsShotToDate: 28,
      eighthsAhead: 0,
      daysAhead: 0,
      verdict: 'on schedule',
    });
  });

  it('is behind by the pages not shot, in days of the board’s average day', () => {
    const report = buildProductionReport(
      input(1, [
        shot('1'),
        shot('2', { status: 'not-shot', eighthsShot: 0, secondsShot: 0, setups: 0 }),
      ]),
    );
    expect(report.today).toMatchObject({ completed: 1, notShot: 1, eighthsShot: 12 });
    // 12 of 18 planned: 6 eighths behind on a board of 10-eighth days.
    expect(report.schedule).toMatchObject({ eighthsAhead: -6, daysAhead: -0.6, verdict: 'behind' });
  });

  it('lists the called cast with their codes and a held member as H', () => {
    const report = buildProductionReport(input(2, []));
    expect(report.cast.map((c) => [c.castNumber, c.character, c.status])).toEqual([
      [1, 'NORA', 'H'],
      [2, 'TOM', 'WF'],
      [3, 'ADA', 'SW'],
    ]);
  });

  it('sums crew and delays', () => {
    const report = buildProductionReport(
      input(1, [], [], {
        delays: [
          { minutes: 20, reason: 'Rain' },
          { minutes: 15, reason: 'Generator failure' },
        ],
      }),
    );
    expect(report.crewTotal).toBe(3);
    expect(report.delayMinutes).toBe(35);
  });

  it('accepts a wrap after midnight written past 24:00, and refuses times out of order by field', () => {
    const times = {
      ...defaultProductionReportEntry(sheetOf(1)).times,
      cameraWrap: '24:40',
      companyWrap: '25:30',
    };
    expect(buildProductionReport(input(1, [], [], { times })).times.companyWrap).toBe('25:30');
    expect(
      fieldOf(() =>
        buildProductionReport(input(1, [], [], { times: { ...times, firstShot: '06:00' } })),
      ),
    ).toBe('times.firstShot');
    expect(
      fieldOf(() =>
        buildProductionReport(input(1, [], [], { times: { ...times, companyWrap: '01:30' } })),
      ),
    ).toBe('times.companyWrap');
    expect(
      fieldOf(() =>
        buildProductionReport(input(1, [], [], { times: { ...times, firstShot: '30:00' } })),
      ),
    ).toBe('times.firstShot');
  });

  it('refuses a cast member’s times out of order, naming the field', () => {
    const entry = defaultProductionReportEntry(sheetOf(1));
    const cast = entry.cast.map((c, i) =>
      i === 1 ? { ...c, makeup: '09:00', onSet: '08:00' } : c,
    );
    expect(fieldOf(() => buildProductionReport(input(1, [], [], { cast })))).toBe('cast.1.onSet');
  });

  it('refuses more of a scene than it has, a not-shot scene with pages, and a scene twice', () => {
    expect(fieldOf(() => buildProductionReport(input(1, [shot('2', { eighthsShot: 7 })])))).toBe(
      'scenes.0.eighthsShot',
    );
    expect(
      fieldOf(() =>
        buildProductionReport(input(1, [shot('2', { status: 'not-shot', eighthsShot: 2 })])),
      ),
    ).toBe('scenes.0.status');
    expect(fieldOf(() => buildProductionReport(input(1, [shot('1'), shot('1')])))).toBe(
      'scenes.1.sceneId',
    );
    expect(fieldOf(() => buildProductionReport(input(1, [shot('nope')])))).toBe('scenes.0.sceneId');
    expect(
      fieldOf(() =>
        buildProductionReport(input(1, [], [], { delays: [{ minutes: 10, reason: ' ' }] })),
      ),
    ).toBe('delays.0.reason');
  });

  const shotArb = fc.record({
    sceneId: fc.constantFrom(...SCENES.map((x) => x.id)),
    status: fc.constantFrom('completed' as const, 'part-shot' as const),
    eighthsShot: fc.integer({ min: 0, max: 4 }),
    secondsShot: fc.integer({ min: 0, max: 300 }),
    setups: fc.integer({ min: 0, max: 9 }),
    retakes: fc.constant(0),
  });
  const dayArb = fc.uniqueArray(shotArb, { selector: (x) => x.sceneId, maxLength: 5 });

  it('for any days shot: to date + remaining = the script, and the pages to date never go down', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 4 }), (days) => {
        let before = 0;
        days.forEach((today, i) => {
          const report = buildProductionReport(input(i + 1, today, days.slice(0, i)));
          const { script, toDate, remaining, previously } = report.totals;
          expect(toDate.scenes + remaining.scenes).toBe(script.scenes);
          expect(toDate.eighths + remaining.eighths).toBe(script.eighths);
          expect(previously.eighths + report.totals.today.eighths).toBe(toDate.eighths);
          expect(toDate.eighths).toBeGreaterThanOrEqual(before);
          expect(remaining.eighths).toBeGreaterThanOrEqual(0);
          before = toDate.eighths;
        });
      }),
    );
  });
});

describe('nextProductionReportStatus', () => {
  it('goes draft → submitted → signed, and a signed report only takes a correction', () => {
    expect(nextProductionReportStatus('draft', 'save')).toBe('draft');
    expect(nextProductionReportStatus('draft', 'submit')).toBe('submitted');
    expect(nextProductionReportStatus('submitted', 'save')).toBe('submitted');
    expect(nextProductionReportStatus('submitted', 'sign')).toBe('signed');
    expect(nextProductionReportStatus('signed', 'revise')).toBe('draft');
    expect(() => nextProductionReportStatus('draft', 'sign')).toThrow(/submit it first/);
    expect(() => nextProductionReportStatus('signed', 'save')).toThrow(/start a correction/);
    expect(() => nextProductionReportStatus('submitted', 'revise')).toThrow(DomainError);
  });
});
