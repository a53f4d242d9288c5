// Call sheet PDF generation (`renderCallSheetPdf`) on a full, busy shoot day: what publishing renders once per
// issue and every `GET …/call-sheets/:date.pdf` renders again. Shared by `npm run bench` and
// `npm run bench:callsheet`.
import { performance } from 'node:perf_hooks';
import { calendarDate, instant, type CallSheet, type CallSheetScene } from '@greenlight/domain';
import { renderCallSheetPdf } from '@greenlight/pdf';

export const CALL_SHEET_PDF_TARGET_MS = 200;

const scene = (n: number, castNumbers: number[]): CallSheetScene => ({
  sceneId: `scene-${n}`,
  number: String(n),
  set: ['HARBOUR QUAY', 'HARBOUR OFFICE', 'LIGHTHOUSE GALLERY', 'OPEN SEA'][n % 4] ?? 'QUAY',
  intExt: n % 3 === 0 ? 'INT' : 'EXT',
  time: n % 2 === 0 ? 'NIGHT' : 'DAY',
  eighths: 3 + (n % 9),
  castNumbers,
  description: `Scene ${n}: Margot and Tomas argue over the launch while the storm builds over the breakwater`,
});

/** How busy the day is: how many scenes, cast, locations, background groups, crew calls, advance days. */
export type DaySize = {
  readonly scenes: number;
  readonly cast: number;
  readonly locations: number;
  readonly background: number;
  readonly crew: number;
  readonly advance: number;
};

/** A full day as most features have it (the sheet fits the one page and its back). */
export const TYPICAL_DAY: DaySize = {
  scenes: 6,
  cast: 8,
  locations: 2,
  background: 2,
  crew: 24,
  advance: 2,
};
/** A long, crowded day (a big ensemble, a company move, the whole crew listed): several pages. */
export const LONG_DAY: DaySize = {
  scenes: 9,
  cast: 14,
  locations: 4,
  background: 5,
  crew: 45,
  advance: 3,
};

export const fullDaySheet = (size: DaySize = TYPICAL_DAY): CallSheet => {
  const scenes = Array.from({ length: size.scenes }, (_, i) =>
    scene(i + 10, [1, 2, (i % (size.cast - 2)) + 3]),
  );
  return {
    productionTitle: 'The Harbour Light',
    dayNumber: 12,
    totalDays: 38,
    date: calendarDate('2027-02-01'),
    generalCrewCall: '06:30',
    shootingCall: '07:30',
    weather: 'Showers clearing by noon, 12–16 °C, wind W 20 mph gusting 35 on the breakwater',
    sun: {
      kind: 'rises-and-sets',
      sunrise: '2027-02-01T06:52',
      sunset: '2027-02-01T17:27',
      daylightMinutes: 635,
    },
    locations: Array.from({ length: size.locations }, (_, i) => ({
      name: `Location ${i + 1}: Port of San Pedro, Berth ${57 + i}`,
      address: `${3011 + i} Miner St, San Pedro, CA 90731`,
      parking: 'Crew parking in the Ports O’Call lot off Sampson Way; basecamp on the apron',
      point: { latitude: 33.72 + i / 100, longitude: -118.27 - i / 100 },
      sets: ['HARBOUR QUAY', 'HARBOUR OFFICE'],
      mapLink: `https://www.google.com/maps/search/?api=1&query=33.72000${i}%2C-118.27000${i}`,
    })),
    nearestHospital: {
      name: 'Providence Little Company of Mary Medical Center San Pedro',
      address: '1300 W 7th St, San Pedro, CA 90732',
      phone: '+1 310 832 3311',
    },
    scenes,
    eighths: scenes.reduce((sum, s) => sum + s.eighths, 0),
    cast: Array.from({ length: size.cast }, (_, i) => ({
      castNumber: i + 1,
      character: ['MARGOT', 'TOMAS', 'PIET', 'ELENA', 'KAI'][i % 5] ?? 'EXTRA',
      performer: `Performer ${i + 1} Łódź`,
      status: i === 0 ? 'SW' : i === size.cast - 1 ? 'WF' : 'W',
      pickup: '05:30',
      hairMakeup: '06:00',
      wardrobe: '06:30',
      onSet: '07:30',
      note: i % 4 === 0 ? 'Driver: Pat, silver minivan' : '',
    })),
    background: Array.from({ length: size.background }, (_, i) => ({
      description: `Dockworkers group ${i + 1}`,
      count: 6 + i,
      call: '06:45',
    })),
    // By department, as `buildCallSheet` lists them.
    crewCalls: Array.from({ length: size.crew }, (_, i) => ({
      department:
        ['Art', 'Camera', 'Electric', 'Grip', 'Production', 'Sound', 'Wardrobe'][
          Math.floor((i * 7) / size.crew)
        ] ?? '',
      position: `Position ${i + 1}`,
      name: `Crew Member ${i + 1}`,
      call: i % 3 === 0 ? null : '06:00',
    })),
    notes:
      'Closed set on the quay. Walkie channels: 1 production, 2 ADs, 3 camera, 4 grip/electric. Lunch at 13:00 in the Berth 57 shed. Company move to the lighthouse after lunch: 25 minutes.',
    safety:
      'Life jackets for everyone within six feet of the quay edge; wet-down on the apron; rain towers on stage 3 with GFCI on every lamp. Safety meeting at the shooting call.',
    advance: [13, 14, 15].slice(0, size.advance).map((dayNumber, d) => ({
      dayNumber,
      date: calendarDate(`2027-02-0${2 + d}`),
      scenes: Array.from({ length: 6 }, (_, i) => scene(30 + d * 6 + i, [1, 3])),
      eighths: 36,
    })),
  };
};

export type CallSheetPdfTiming = {
  readonly runs: number;
  readonly pages: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly revisedMedianMs: number;
  readonly bytes: number;
};

const pageCount = (bytes: Uint8Array): number =>
  Buffer.from(bytes)
    .toString('latin1')
    .match(/\/Type \/Page(?!s)/g)?.length ?? 0;

/**
 * Renders the day `runs` times as a first issue and `runs` times as a revision with a list of changes,
 * after one cold render (fonts loaded and embedded for the first time), and reports the medians.
 */
export const measureCallSheetPdf = async (
  size: DaySize = TYPICAL_DAY,
  runs = 30,
): Promise<CallSheetPdfTiming> => {
  const sheet = fullDaySheet(size);
  const input = {
    sheet,
    revision: null,
    generatedAt: instant('2027-01-31T19:00:00Z'),
    footer: 'Issued 31 Jan 2027, 11:00 (America/Los_Angeles) by Leo Brandt',
  };
  const revision = {
    number: 2,
    changes: ['Crew call 07:00 → 06:30', 'Added scene 18', 'Cast #3 (PIET) on set 09:00 → 10:30'],
  };
  const time = async (revised: boolean): Promise<{ ms: number; bytes: Uint8Array }> => {
    const started = performance.now();
    const bytes = await renderCallSheetPdf(revised ? { ...input, revision } : input);
    return { ms: performance.now() - started, bytes };
  };
  const first = await time(false);
  const plain: number[] = [];
  const revised: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    plain.push((await time(false)).ms);
    revised.push((await time(true)).ms);
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const at = (values: number[], p: number) =>
    sorted(values)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;
  return {
    runs,
    pages: pageCount(first.bytes),
    firstMs: first.ms,
    medianMs: at(plain, 0.5),
    p90Ms: at(plain, 0.9),
    revisedMedianMs: at(revised, 0.5),
    bytes: first.bytes.length,
  };
};
