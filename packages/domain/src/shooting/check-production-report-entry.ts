import { DomainError } from '../shared/domain-error.js';
import type {
  CastTimes,
  ProductionReportEntry,
  ReportTime,
  SceneShot,
  UnitTimes,
} from './production-report.js';

// The report is the legal record of the day, so what is entered must hold together: each time is a time of
// the day, each person's and the unit's times run in order, nothing is shot of a scene that was not, and no
// more of a scene is shot than the script has. Every refusal names the field it is about.

const REPORT_TIME = /^([01]\d|2\d):([0-5]\d)$/;

/** Minutes since the midnight the shoot day started; 25:30 (half past one the next morning) is 1530. */
export const reportTimeMinutes = (time: ReportTime): number => {
  const match = REPORT_TIME.exec(time);
  if (match === null)
    throw new DomainError('validation', `"${time}" is not a time like 06:30 or 25:30`);
  return Number(match[1]) * 60 + Number(match[2]);
};

const invalid = (field: string, message: string): DomainError =>
  new DomainError('validation', message, { field });

const checkTime = (time: ReportTime | null, field: string, what: string): void => {
  if (time !== null && !REPORT_TIME.test(time))
    throw invalid(
      field,
      `${what} must be a time like 06:30 (after midnight: 25:30), got "${time}"`,
    );
};

/** Checks that the given times (blanks skipped) never go back, in the order listed. */
const checkOrder = (
  steps: readonly (readonly [key: string, label: string, time: ReportTime | null])[],
  prefix: string,
  whose: string,
): void => {
  let previous: { label: string; minutes: number } | null = null;
  for (const [key, label, time] of steps) {
    checkTime(time, `${prefix}.${key}`, `${whose} ${label}`);
    if (time === null) continue;
    const minutes = reportTimeMinutes(time);
    if (previous !== null && minutes < previous.minutes)
      throw invalid(
        `${prefix}.${key}`,
        `${whose} ${label} (${time}) is before the ${previous.label}: times after midnight are written 24:00 and on`,
      );
    previous = { label, minutes };
  }
};

const unitSteps = (t: UnitTimes) =>
  [
    ['crewCall', 'crew call', t.crewCall],
    ['firstShot', 'first shot', t.firstShot],
    ['firstMealOut', 'first meal break', t.firstMealOut],
    ['firstMealIn', 'return from first meal', t.firstMealIn],
    ['secondMealOut', 'second meal break', t.secondMealOut],
    ['secondMealIn', 'return from second meal', t.secondMealIn],
    ['cameraWrap', 'camera wrap', t.cameraWrap],
    ['companyWrap', 'company wrap', t.companyWrap],
  ] as const;

const castSteps = (c: CastTimes) =>
  [
    ['pickup', 'pick-up', c.pickup],
    ['arrived', 'arrival', c.arrived],
    ['makeup', 'make-up call', c.makeup],
    ['onSet', 'time on set', c.onSet],
    ['firstMealOut', 'first meal break', c.firstMealOut],
    ['firstMealIn', 'return from first meal', c.firstMealIn],
    ['secondMealOut', 'second meal break', c.secondMealOut],
    ['secondMealIn', 'return from second meal', c.secondMealIn],
    ['wrap', 'wrap', c.wrap],
    ['returned', 'return to base', c.returned],
  ] as const;

const checkCount = (value: number, field: string, what: string, min = 0): void => {
  if (!Number.isInteger(value) || value < min)
    throw invalid(
      field,
      `${what} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got ${value}`,
    );
};

const checkScene = (
  shot: SceneShot,
  index: number,
  sceneEighths: ReadonlyMap<string, { number: string; eighths: number }>,
): void => {
  const field = `scenes.${index}`;
  const scene = sceneEighths.get(shot.sceneId);
  if (scene === undefined)
    throw invalid(`${field}.sceneId`, 'A scene on the report is not in the script');
  const what = `Scene ${scene.number}`;
  checkCount(shot.eighthsShot, `${field}.eighthsShot`, `${what}: the eighths shot`);
  checkCount(shot.secondsShot, `${field}.secondsShot`, `${what}: the screen time shot`);
  checkCount(shot.setups, `${field}.setups`, `${what}: the setups`);
  checkCount(shot.retakes, `${field}.retakes`, `${what}: the retakes`);
  if (shot.eighthsShot > scene.eighths)
    throw invalid(
      `${field}.eighthsShot`,
      `${what} is ${scene.eighths} eighths long: ${shot.eighthsShot} eighths of it cannot have been shot`,
    );
  if (
    shot.status === 'not-shot' &&
    shot.eighthsShot + shot.secondsShot + shot.setups + shot.retakes > 0
  )
    throw invalid(
      `${field}.status`,
      `${what} is marked not shot but has pages, screen time or setups: mark it part shot`,
    );
};

/**
 * Refuses an entry that does not hold together: a time that is not `HH:MM` (00:00 to 29:59), the unit's or a
 * cast member's times out of order, a scene not in the script or listed twice, more of a scene shot than it
 * has, a not-shot scene with pages, a cast member or department listed twice, a negative count, a delay
 * without minutes or a reason, an incident without a description. `sceneEighths` is every scene of the
 * script, by id.
 */
export const checkProductionReportEntry = (
  entry: ProductionReportEntry,
  sceneEighths: ReadonlyMap<string, { number: string; eighths: number }>,
): void => {
  checkOrder(unitSteps(entry.times), 'times', 'The');
  const seenScenes = new Set<string>();
  entry.scenes.forEach((shot, i) => {
    if (seenScenes.has(shot.sceneId))
      throw invalid(`scenes.${i}.sceneId`, 'A scene may be on the report once');
    seenScenes.add(shot.sceneId);
    checkScene(shot, i, sceneEighths);
  });
  const seenCast = new Set<number>();
  entry.cast.forEach((times, i) => {
    if (seenCast.has(times.castNumber))
      throw invalid(`cast.${i}.castNumber`, `Cast #${times.castNumber} is on the report twice`);
    seenCast.add(times.castNumber);
    checkOrder(castSteps(times), `cast.${i}`, `Cast #${times.castNumber}'s`);
  });
  const seenDepartments = new Set<string>();
  entry.crew.forEach((crew, i) => {
    const name = crew.department.trim();
    if (name === '') throw invalid(`crew.${i}.department`, 'A crew count needs a department');
    if (seenDepartments.has(name.toLowerCase()))
      throw invalid(`crew.${i}.department`, `${name} is counted twice`);
    seenDepartments.add(name.toLowerCase());
    checkCount(crew.count, `crew.${i}.count`, `${name}: the crew count`);
  });
  checkCount(entry.background, 'background', 'The background count');
  entry.delays.forEach((delay, i) => {
    checkCount(delay.minutes, `delays.${i}.minutes`, 'A delay', 1);
    if (delay.reason.trim() === '')
      throw invalid(`delays.${i}.reason`, 'Say what caused the delay');
  });
  entry.incidents.forEach((incident, i) => {
    checkTime(incident.time, `incidents.${i}.time`, 'The time of an incident');
    if (incident.description.trim() === '')
      throw invalid(`incidents.${i}.description`, 'Describe the incident');
  });
};
