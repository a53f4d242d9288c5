import type { DayOutOfDays } from '../schedule/dood/day-out-of-days.js';
import type {
  StripboardLayout,
  StripboardScene,
  StripboardShootDay,
} from '../schedule/stripboard/layout-stripboard.js';
import type { CallSheet } from './call-sheet.js';
import { checkProductionReportEntry } from './check-production-report-entry.js';
import type {
  CastTimes,
  ProductionReport,
  ProductionReportEntry,
  ReportCast,
  ReportScene,
  SceneShot,
  ScheduleStanding,
  ScriptTotals,
  ScriptTotalsLine,
} from './production-report.js';

export type ProductionReportInput = {
  /** The day's call sheet: the latest issue, else the sheet as it would be built now. */
  readonly sheet: CallSheet;
  /** The whole shooting board: the script's scenes (scheduled or not) and what each day planned. */
  readonly layout: StripboardLayout;
  /** The board's day out of days: who is on hold on the day. */
  readonly dood: DayOutOfDays;
  /** What was shot on each earlier shoot day, from their reports. */
  readonly earlier: readonly (readonly SceneShot[])[];
  readonly entry: ProductionReportEntry;
};

/** A page of script is about a minute of screen time: the script's estimate, 7.5 seconds an eighth. */
export const estimatedScriptSeconds = (eighths: number): number => Math.round((eighths * 60) / 8);

const scriptScenes = (layout: StripboardLayout): StripboardScene[] => [
  ...layout.days.flatMap((d) => (d.kind === 'shoot' ? d.scenes : [])),
  ...layout.unscheduled.scenes,
];

const shootDaysOf = (layout: StripboardLayout): StripboardShootDay[] =>
  layout.days.filter((d): d is StripboardShootDay => d.kind === 'shoot');

/**
 * How much of each scene is in the can after some days: a completed scene all of it, else what the reports
 * say was shot, never more than the scene has (a part shot on two days is not a page and a half of a page).
 */
type Progress = { eighths: number; completed: boolean; seconds: number; setups: number };

const progressAfter = (
  days: readonly (readonly SceneShot[])[],
  lengths: ReadonlyMap<string, number>,
): Map<string, Progress> => {
  const progress = new Map<string, Progress>();
  for (const day of days)
    for (const shot of day) {
      const length = lengths.get(shot.sceneId);
      if (length === undefined) continue; // a scene since cut from the script
      const before = progress.get(shot.sceneId) ?? {
        eighths: 0,
        completed: false,
        seconds: 0,
        setups: 0,
      };
      const completed = before.completed || shot.status === 'completed';
      progress.set(shot.sceneId, {
        completed,
        eighths: completed ? length : Math.min(length, before.eighths + shot.eighthsShot),
        seconds: before.seconds + shot.secondsShot,
        setups: before.setups + shot.setups,
      });
    }
  return progress;
};

const lineOf = (progress: ReadonlyMap<string, Progress>): ScriptTotalsLine & { setups: number } => {
  let scenes = 0;
  let eighths = 0;
  let seconds = 0;
  let setups = 0;
  for (const p of progress.values()) {
    if (p.completed) scenes += 1;
    eighths += p.eighths;
    seconds += p.seconds;
    setups += p.setups;
  }
  return { scenes, eighths, seconds, setups };
};

const scriptTotals = (
  layout: StripboardLayout,
  earlier: readonly (readonly SceneShot[])[],
  today: readonly SceneShot[],
): ScriptTotals => {
  const scenes = scriptScenes(layout);
  const lengths = new Map(scenes.map((s) => [s.id, s.eighths] as const));
  const eighths = scenes.reduce((sum, s) => sum + s.eighths, 0);
  const script = { scenes: scenes.length, eighths, seconds: estimatedScriptSeconds(eighths) };
  const previously = lineOf(progressAfter(earlier, lengths));
  const toDate = lineOf(progressAfter([...earlier, today], lengths));
  return {
    script,
    previously: {
      scenes: previously.scenes,
      eighths: previously.eighths,
      seconds: previously.seconds,
    },
    today: {
      scenes: toDate.scenes - previously.scenes,
      eighths: toDate.eighths - previously.eighths,
      seconds: toDate.seconds - previously.seconds,
    },
    toDate: { scenes: toDate.scenes, eighths: toDate.eighths, seconds: toDate.seconds },
    remaining: {
      scenes: script.scenes - toDate.scenes,
      eighths: script.eighths - toDate.eighths,
      // Screen time runs over or under the estimate; what is left is never less than nothing.
      seconds: Math.max(0, script.seconds - toDate.seconds),
    },
    setupsPreviously: previously.setups,
    setupsToDate: toDate.setups,
  };
};

/**
 * Ahead or behind: what the board planned up to and including today against what is shot, in eighths and
 * in days of the board's average length (a unit two pages behind on a board of four-page days is half a day
 * behind).
 */
const scheduleStanding = (
  layout: StripboardLayout,
  dayNumber: number,
  totals: ScriptTotals,
): ScheduleStanding => {
  const days = shootDaysOf(layout);
  const planned = days.filter((d) => d.dayNumber <= dayNumber);
  const eighthsPlannedToDate = planned.reduce((sum, d) => sum + d.eighths, 0);
  const boardEighths = days.reduce((sum, d) => sum + d.eighths, 0);
  const averageDay = days.length === 0 ? 0 : boardEighths / days.length;
  const eighthsAhead = totals.toDate.eighths - eighthsPlannedToDate;
  return {
    scenesPlannedToDate: planned.reduce((sum, d) => sum + d.scenes.length, 0),
    scenesShotToDate: totals.toDate.scenes,
    eighthsPlannedToDate,
    eighthsShotToDate: totals.toDate.eighths,
    eighthsAhead,
    daysAhead: averageDay === 0 ? 0 : Math.round((eighthsAhead / averageDay) * 10) / 10,
    verdict: eighthsAhead > 0 ? 'ahead' : eighthsAhead < 0 ? 'behind' : 'on schedule',
  };
};

const blankTimes = (castNumber: number): CastTimes => ({
  castNumber,
  pickup: null,
  arrived: null,
  makeup: null,
  onSet: null,
  firstMealOut: null,
  firstMealIn: null,
  secondMealOut: null,
  secondMealIn: null,
  wrap: null,
  returned: null,
});

/**
 * The cast on the report: everyone the call sheet calls, with their day out of days code, then anyone held
 * that day (H: paid, not called), each with the times entered for them.
 */
const reportCast = (input: ProductionReportInput): ReportCast[] => {
  const times = new Map(input.entry.cast.map((c) => [c.castNumber, c]));
  const called: ReportCast[] = input.sheet.cast.map((member) => ({
    ...(times.get(member.castNumber) ?? blankTimes(member.castNumber)),
    character: member.character,
    performer: member.performer,
    status: member.status,
  }));
  const calledNumbers = new Set(called.map((c) => c.castNumber));
  const column = input.dood.days.findIndex((d) => d.date === input.sheet.date);
  const held: ReportCast[] = input.dood.rows.flatMap((row) =>
    row.castNumber !== null &&
    !calledNumbers.has(row.castNumber) &&
    column >= 0 &&
    row.cells[column] === 'H'
      ? [
          {
            ...(times.get(row.castNumber) ?? blankTimes(row.castNumber)),
            character: row.name,
            performer:
              input.sheet.cast.find((c) => c.castNumber === row.castNumber)?.performer ?? null,
            status: 'H' as const,
          },
        ]
      : [],
  );
  return [...called, ...held].sort((a, b) => a.castNumber - b.castNumber);
};

/**
 * The day's production report: the call sheet's scenes with what was shot of each (plus scenes added on the
 * day), the script totals before, today, to date and remaining, where the unit stands against the board, the
 * cast with their codes and times, crew counts, meals, delays, incidents and notes. Refuses an entry that does
 * not hold together (`checkProductionReportEntry`).
 */
export const buildProductionReport = (input: ProductionReportInput): ProductionReport => {
  const { sheet, layout, entry } = input;
  const all = scriptScenes(layout);
  const byId = new Map(all.map((s) => [s.id, s] as const));
  checkProductionReportEntry(entry, byId);

  const shots = new Map(entry.scenes.map((s) => [s.sceneId, s] as const));
  const plannedIds = new Set(sheet.scenes.map((s) => s.sceneId));
  const planned: ReportScene[] = sheet.scenes.map((scene) => ({
    sceneId: scene.sceneId,
    status: 'not-shot',
    eighthsShot: 0,
    secondsShot: 0,
    setups: 0,
    retakes: 0,
    ...shots.get(scene.sceneId),
    number: scene.number,
    set: scene.set,
    intExt: scene.intExt,
    time: scene.time,
    eighths: scene.eighths,
    planned: true,
  }));
  const added: ReportScene[] = entry.scenes.flatMap((shot) => {
    const scene = byId.get(shot.sceneId);
    return plannedIds.has(shot.sceneId) || scene === undefined
      ? []
      : [
          {
            ...shot,
            number: scene.number,
            set: scene.set,
            intExt: scene.intExt,
            time: scene.time,
            eighths: scene.eighths,
            planned: false,
          },
        ];
  });
  const scenes = [...planned, ...added];
  const totals = scriptTotals(layout, input.earlier, entry.scenes);
  const sum = (pick: (s: ReportScene) => number) => scenes.reduce((t, s) => t + pick(s), 0);
  const count = (status: ReportScene['status']) =>
    planned.filter((s) => s.status === status).length;

  return {
    productionTitle: sheet.productionTitle,
    dayNumber: sheet.dayNumber,
    totalDays: sheet.totalDays,
    date: sheet.date,
    plannedCrewCall: sheet.generalCrewCall,
    plannedShootingCall: sheet.shootingCall,
    times: entry.times,
    scenes,
    today: {
      scenesPlanned: planned.length,
      eighthsPlanned: sheet.eighths,
      completed: count('completed'),
      partShot: count('part-shot'),
      notShot: count('not-shot'),
      added: added.length,
      eighthsShot: totals.today.eighths,
      secondsShot: sum((s) => s.secondsShot),
      setups: sum((s) => s.setups),
      retakes: sum((s) => s.retakes),
    },
    totals,
    schedule: scheduleStanding(layout, sheet.dayNumber, totals),
    cast: reportCast(input),
    crew: entry.crew,
    crewTotal: entry.crew.reduce((t, c) => t + c.count, 0),
    background: entry.background,
    cameraRolls: entry.cameraRolls,
    soundRolls: entry.soundRolls,
    delays: entry.delays,
    delayMinutes: entry.delays.reduce((t, d) => t + d.minutes, 0),
    incidents: entry.incidents,
    notes: entry.notes,
  };
};

/**
 * What a day's report starts from before anyone enters anything: the call sheet's crew call, each planned
 * scene not shot yet, the called cast with their time on set from the sheet, the crew counted by department from
 * the sheet's crew calls, and its background.
 */
export const defaultProductionReportEntry = (sheet: CallSheet): ProductionReportEntry => {
  const crew = new Map<string, number>();
  for (const call of sheet.crewCalls)
    crew.set(call.department, (crew.get(call.department) ?? 0) + 1);
  return {
    times: {
      crewCall: sheet.generalCrewCall,
      firstShot: null,
      firstMealOut: null,
      firstMealIn: null,
      secondMealOut: null,
      secondMealIn: null,
      cameraWrap: null,
      companyWrap: null,
    },
    scenes: sheet.scenes.map((s) => ({
      sceneId: s.sceneId,
      status: 'not-shot',
      eighthsShot: 0,
      secondsShot: 0,
      setups: 0,
      retakes: 0,
    })),
    // Only the time on set is taken from the sheet: the rest are logged as they happen.
    cast: sheet.cast.map((c) => ({ ...blankTimes(c.castNumber), onSet: c.onSet })),
    crew: [...crew].map(([department, count]) => ({ department, count })),
    background: sheet.background.reduce((t, b) => t + b.count, 0),
    cameraRolls: '',
    soundRolls: '',
    delays: [],
    incidents: [],
    notes: '',
  };
};
