// `npm run bench:production-report [-- RUNS]`: daily production report PDF generation on a full shoot day
// (the report built by the domain from a 40-day board, then rendered), against the call sheet's target (under
// 200 ms), since both go out the evening of the day.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  buildDayOutOfDays,
  buildProductionReport,
  calendarDate,
  defaultProductionReportEntry,
  doodShootDaysFromLayout,
  instant,
  layoutStripboard,
  type CallSheet,
  type SceneShot,
  type ShootCalendar,
  type Strip,
  type StripboardScene,
} from '@greenlight/domain';
import { renderProductionReportPdf } from '@greenlight/pdf';
import { decimal, formatTable, integer } from './format-table.js';

const TARGET_MS = 200;
const runs = Number(process.argv[2] ?? 30);
const DAYS = 40;
const SCENES_A_DAY = 6;
const CAST = 15;

const scenes: StripboardScene[] = Array.from({ length: DAYS * SCENES_A_DAY }, (_, i) => ({
  id: `s${i + 1}`,
  number: String(i + 1),
  eighths: 4 + (i % 9),
  castNumbers: [1 + (i % CAST), 1 + ((i + 5) % CAST)],
  set: `Set ${1 + (i % 25)}`,
  intExt: i % 2 === 0 ? 'INT' : 'EXT',
  time: i % 3 === 0 ? 'NIGHT' : 'DAY',
}));
const strips: Strip[] = scenes.flatMap((s, i) => [
  { kind: 'scene' as const, id: `strip-${s.id}`, sceneId: s.id },
  ...((i + 1) % SCENES_A_DAY === 0 ? [{ kind: 'day-break' as const, id: `break-${i}` }] : []),
]);
const calendar: ShootCalendar = {
  firstShootDay: calendarDate('2027-03-01'),
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [],
  daysOff: [],
};
const layout = layoutStripboard(strips, scenes, calendar);
const cast = Array.from({ length: CAST }, (_, i) => ({
  elementId: `c${i + 1}`,
  castNumber: i + 1,
  name: `CHARACTER ${i + 1}`,
}));
const dood = buildDayOutOfDays({
  shootDays: doodShootDaysFromLayout(layout, new Map(cast.map((c) => [c.castNumber, c.elementId]))),
  cast,
  calendar,
});
const DAY = 12;
const day = layout.days.find((d) => d.kind === 'shoot' && d.dayNumber === DAY);
if (day === undefined || day.kind !== 'shoot') throw new Error('no day 12');
const sheet: CallSheet = {
  productionTitle: 'The Harbour Light',
  dayNumber: DAY,
  totalDays: layout.shootDayCount,
  date: day.date,
  generalCrewCall: '07:00',
  shootingCall: '08:00',
  weather: '',
  sun: null,
  locations: [],
  nearestHospital: null,
  scenes: day.scenes.map((s) => ({ ...s, sceneId: s.id, description: '' })),
  eighths: day.eighths,
  cast: day.castNumbers.map((castNumber) => ({
    castNumber,
    character: `CHARACTER ${castNumber}`,
    performer: `Performer ${castNumber}`,
    status: 'W' as const,
    pickup: '06:00',
    hairMakeup: '06:30',
    wardrobe: null,
    onSet: '08:00',
    note: '',
  })),
  background: [{ description: 'Dockworkers', count: 20, call: '07:30' }],
  crewCalls: Array.from({ length: 60 }, (_, i) => ({
    department: `Department ${1 + (i % 14)}`,
    position: `Position ${i}`,
    name: `Crew ${i}`,
    call: null,
  })),
  notes: '',
  safety: '',
  advance: [],
};
const shotAll = (list: readonly StripboardScene[]): SceneShot[] =>
  list.map((s) => ({
    sceneId: s.id,
    status: 'completed',
    eighthsShot: s.eighths,
    secondsShot: 60,
    setups: 5,
    retakes: 1,
  }));
const earlier = layout.days
  .filter((d) => d.kind === 'shoot' && d.dayNumber < DAY)
  .map((d) => (d.kind === 'shoot' ? shotAll(d.scenes) : []));
const entry = {
  ...defaultProductionReportEntry(sheet),
  scenes: shotAll(day.scenes),
  delays: [
    { minutes: 25, reason: 'Rain' },
    { minutes: 10, reason: 'Generator' },
  ],
  incidents: [{ time: '15:40', description: 'Grip slipped on the wet apron; first aid on set' }],
  notes: 'Lost the light on the last scene.',
};

const renderOnce = async (): Promise<{ ms: number; bytes: number }> => {
  const start = performance.now();
  const report = buildProductionReport({ sheet, layout, dood, earlier, entry });
  const bytes = await renderProductionReportPdf({
    report,
    credits: [{ role: 'UPM', name: 'Ursula Grant' }],
    signature: { by: 'Ursula Grant', at: '12 Mar 2027, 21:10' },
    revision: 1,
    generatedAt: instant('2027-03-16T05:10:00Z'),
    footer: 'Signed by Ursula Grant',
  });
  return { ms: performance.now() - start, bytes: bytes.length };
};

const first = await renderOnce();
const times: number[] = [];
for (let i = 0; i < runs; i += 1) times.push((await renderOnce()).ms);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
console.log('Greenlight daily production report PDF benchmark');
console.log(
  `  machine   node ${process.version}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}, load ${loadavg()
    .map((l) => decimal(l, 2))
    .join(' ')}`,
);
console.log(
  `buildProductionReport + renderProductionReportPdf, day ${DAY} of ${layout.shootDayCount}: ${day.scenes.length} scenes, ${entry.cast.length} cast, ${entry.crew.length} departments, ${earlier.length} earlier reports, a ${scenes.length}-scene script (${integer(first.bytes)} bytes); ${runs} runs after one cold render`,
);
console.log(
  formatTable(
    ['build + render', 'ms'],
    [
      ['first (cold: fonts loaded)', decimal(first.ms, 1)],
      ['median', decimal(median, 1)],
      ['p90', decimal(p90, 1)],
    ],
  ),
);
console.log(`  target: median under ${TARGET_MS} ms (${median < TARGET_MS ? 'met' : 'MISSED'})`);
