import { describe, expect, it } from 'vitest';
import { calendarDate } from '../shared/calendar-date.js';
import { buildDayOutOfDays } from '../schedule/dood/build-day-out-of-days.js';
import { doodShootDaysFromLayout } from '../schedule/dood/dood-shoot-days-from-layout.js';
import type { ShootCalendar } from '../schedule/calendar/shoot-calendar.js';
import {
  layoutStripboard,
  type StripboardScene,
} from '../schedule/stripboard/layout-stripboard.js';
import type { Strip } from '../schedule/stripboard/strip.js';
import { buildCallSheet, type CallSheetInput } from './build-call-sheet.js';
import type { CallSheetDetails } from './call-sheet.js';
import { callSheetChanges } from './call-sheet-changes.js';
import { sunTimes } from './sun-times.js';

const scene = (
  id: string,
  eighths: number,
  castNumbers: number[],
  set: string,
  time = 'DAY',
): StripboardScene => ({ id, number: id, eighths, castNumbers, set, intExt: 'EXT', time });

const SCENES = [
  scene('1', 12, [1, 2], 'Harbour wall'),
  scene('2', 6, [1], 'Harbour wall', 'NIGHT'),
  scene('3', 10, [2, 3], 'Lighthouse'),
  scene('4', 8, [1, 3], 'Lighthouse'),
  scene('5', 4, [3], 'Ferry'),
];
let strip = 0;
const s = (sceneId: string): Strip => ({ kind: 'scene', id: `s${(strip += 1)}`, sceneId });
const end = (): Strip => ({ kind: 'day-break', id: `b${(strip += 1)}` });
const STRIPS: Strip[] = [s('1'), s('2'), end(), s('3'), end(), s('4'), end(), s('5'), end()];
// Monday 1 March 2027 on: four shoot days, Monday to Thursday.
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
  weather: 'Overcast, 9 °C, wind 20 km/h W',
  locations: [
    {
      name: 'Gdynia lighthouse',
      address: 'Bulwar Nadmorski, 81-374 Gdynia',
      parking: 'Unit base in the marina car park',
      point: { latitude: 54.5189, longitude: 18.5305 },
      sets: ['Lighthouse'],
    },
  ],
  nearestHospital: {
    name: 'Szpital Miejski',
    address: 'Powstania Styczniowego 1',
    phone: '+48 58 72 60 100',
  },
  castCalls: [
    {
      castNumber: 3,
      pickup: '06:15',
      hairMakeup: '06:45',
      wardrobe: '07:30',
      onSet: null,
      note: '',
    },
  ],
  background: [{ description: 'Harbour workers', count: 12, call: '07:30' }],
  crewCalls: [
    { department: 'Grip', position: 'Key grip', name: 'Jan', call: null },
    { department: 'Camera', position: 'DP', name: 'Ola', call: '06:30' },
  ],
  notes: 'Tide is high at 11:20.',
  safety: 'Life jackets on the pier.',
};

const input = (over: Partial<CallSheetInput> = {}): CallSheetInput => ({
  productionTitle: 'The Harbour Light',
  timeZone: 'Europe/Warsaw',
  layout,
  dood,
  dayNumber: 2,
  descriptions: { '3': 'Tom finds the logbook', '4': 'Nora and Ada argue', '5': 'Ada leaves' },
  cast: [
    { castNumber: 1, character: 'NORA', performer: 'Margot Lane' },
    { castNumber: 2, character: 'TOM', performer: null },
    { castNumber: 3, character: 'ADA', performer: 'Ines Kowal' },
  ],
  details: DETAILS,
  ...over,
});

describe('buildCallSheet', () => {
  it('takes the day, its scenes and who works from the board, and the calls from the details', () => {
    const sheet = buildCallSheet(input());
    expect(sheet).toMatchObject({ dayNumber: 2, totalDays: 4, date: '2027-03-02', eighths: 10 });
    expect(sheet.scenes.map((x) => [x.number, x.set, x.description])).toEqual([
      ['3', 'Lighthouse', 'Tom finds the logbook'],
    ]);
    // Tom finishes on day 2 (WF), Ada starts (SW); Nora holds and is not called.
    expect(sheet.cast.map((c) => [c.castNumber, c.status, c.onSet, c.pickup])).toEqual([
      [2, 'WF', '08:00', null],
      [3, 'SW', '08:00', '06:15'],
    ]);
    expect(sheet.advance.map((d) => [d.dayNumber, d.date, d.scenes.map((x) => x.number)])).toEqual([
      [3, '2027-03-03', ['4']],
      [4, '2027-03-04', ['5']],
    ]);
    expect(sheet.crewCalls.map((c) => c.department)).toEqual(['Camera', 'Grip']);
    expect(sheet.locations[0]?.mapLink).toBe(
      'https://www.google.com/maps/search/?api=1&query=54.518900%2C18.530500',
    );
    // At the lighthouse on the day, in Polish time (NOAA: 06:34 and 17:24 CET).
    expect(sheet.sun).toEqual(
      sunTimes(
        { latitude: 54.5189, longitude: 18.5305 },
        calendarDate('2027-03-02'),
        'Europe/Warsaw',
      ),
    );
    expect(sheet.sun).toMatchObject({ sunrise: '2027-03-02T06:34', sunset: '2027-03-02T17:24' });
  });

  it('refuses a day the board does not have and a time that is not HH:MM', () => {
    expect(() => buildCallSheet(input({ dayNumber: 9 }))).toThrow(
      'The shooting board has no day 9 (it has 4)',
    );
    expect(() =>
      buildCallSheet(input({ details: { ...DETAILS, generalCrewCall: '7am' } })),
    ).toThrow('The general crew call must be a time like 06:30, got "7am"');
  });

  it('says what a revision changed', () => {
    const first = buildCallSheet(input());
    const revised = buildCallSheet(
      input({
        details: {
          ...DETAILS,
          generalCrewCall: '06:30',
          castCalls: [{ ...DETAILS.castCalls[0]!, onSet: '10:30' }],
          crewCalls: [
            { department: 'Camera', position: 'DP', name: 'Ola', call: '06:00' },
            DETAILS.crewCalls[0]!,
          ],
        },
      }),
    );
    expect(callSheetChanges(first, revised)).toEqual([
      'Crew call 07:00 → 06:30',
      'Cast #3 (ADA) on set 08:00 → 10:30',
      'DP call 06:30 → 06:00',
    ]);
    expect(callSheetChanges(first, first)).toEqual([]);
    const crowd = buildCallSheet(
      input({
        details: {
          ...DETAILS,
          background: [
            { description: 'Harbour workers', count: 20, call: '07:00' },
            { description: 'Ferry passengers', count: 30, call: '09:00' },
          ],
        },
      }),
    );
    expect(callSheetChanges(first, crowd)).toEqual([
      'Harbour workers count 12 → 20',
      'Harbour workers call 07:30 → 07:00',
      'Background: 30 Ferry passengers, call 09:00',
    ]);
  });
});
