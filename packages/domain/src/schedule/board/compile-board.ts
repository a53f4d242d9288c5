import type { CalendarDate } from '../../shared/calendar-date.js';
import { addDays } from '../calendar/date-arithmetic.js';
import { shootDates } from '../calendar/shoot-dates.js';
import type { BoardContext, PackableScene } from './board-context.js';
import { estimatedSceneMinutes } from './estimated-scene-minutes.js';
import { sameDayUnits } from './same-day-units.js';

export const LIGHT_DAY = 1;
export const LIGHT_NIGHT = 2;

/**
 * A board as flat arrays, built once per optimization so that packing and pricing an order allocates
 * nothing. Scenes are indexed in the order given, units (`sameDayUnits`) in the order of their first
 * scene, cast members by first appearance, sets likewise. Per-day facts are precomputed for every day the
 * packer can open: at most one per unit, since a day is opened only to take a unit.
 */
export type CompiledBoard = {
  readonly sceneIds: readonly string[];
  readonly sceneSet: Int32Array;
  readonly sceneLight: Int8Array;
  readonly unitCount: number;
  /** Unit u's scenes are `unitScenes[unitSceneStart[u] .. unitSceneStart[u + 1])`, in shooting order. */
  readonly unitSceneStart: Int32Array;
  readonly unitScenes: Int32Array;
  readonly unitEighths: Float64Array;
  readonly unitMinutes: Float64Array;
  /** The cast working in a unit, each once (same layout as the scenes). */
  readonly unitCastStart: Int32Array;
  readonly unitCast: Int32Array;
  readonly unitSetStart: Int32Array;
  readonly unitSets: Int32Array;
  /** Units in which a cast member works / a set is used (for moves that bring them together). */
  readonly castUnitStart: Int32Array;
  readonly castUnits: Int32Array;
  readonly setUnitStart: Int32Array;
  readonly setUnits: Int32Array;
  readonly unitFirstLight: Int8Array;
  readonly unitHasNight: Uint8Array;
  readonly castCount: number;
  readonly castNumbers: readonly number[];
  /** The sum of the daily rates of the `ScheduledCast` rows with that number (explainSchedule's pay). */
  readonly castRate: Float64Array;
  /** How many `ScheduledCast` rows have that number (each counts its own hold days). */
  readonly castRows: Int32Array;
  readonly setCount: number;
  /** Days the packer may open; day d is shoot day `dayOffset + d + 1`. */
  readonly maxDays: number;
  readonly dayOffset: number;
  readonly dayDate: readonly CalendarDate[];
  /** 1 when day d + 1 falls on the next calendar date (a night on day d shortens the turnaround). */
  readonly dayAdjacent: Uint8Array;
  /** `castOk[c * maxDays + d]`, `setOk[s * maxDays + d]`, `unitOk[u * maxDays + d]`: 1 when available. */
  readonly castOk: Uint8Array;
  readonly setOk: Uint8Array;
  readonly unitOk: Uint8Array;
  /** Scene-order rules between two units, as unit pairs (one per rule: each broken rule counts). */
  readonly precedenceBefore: Int32Array;
  readonly precedenceAfter: Int32Array;
  /**
   * Conflicts no order can avoid: a rule naming one scene twice, a rule broken inside a unit whose own
   * rules form a loop, a same-day unit over the page or hour limit (it is a day of its own, still over).
   */
  readonly fixedViolations: number;
  readonly maxEighthsPerDay: number;
  /** Infinity when there is no limit. */
  readonly maxMinutesPerDay: number;
  readonly companyMoveCost: number;
};

const outside = (date: CalendarDate, from: CalendarDate | null, until: CalendarDate | null) =>
  (from !== null && date < from) || (until !== null && date > until);

/** Compressed rows: `start[i] .. start[i + 1]` of `items` are row i's. */
const csr = (rows: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } => {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => {
    start[i + 1] = (start[i] ?? 0) + row.length;
  });
  return { start, items: Int32Array.from(rows.flat()) };
};

/**
 * A unit's scenes in shooting order: board order, changed only as much as the scene-order rules between
 * them require (a stable topological sort; a loop among them leaves board order, and the broken rule is
 * counted as fixed).
 */
const shootingOrder = (
  members: readonly number[],
  rules: readonly (readonly [number, number])[],
): number[] => {
  const inUnit = new Set(members);
  const local = rules.filter(([a, b]) => a !== b && inUnit.has(a) && inUnit.has(b));
  if (local.length === 0) return [...members];
  const left = [...members];
  const ordered: number[] = [];
  while (left.length > 0) {
    const ready = left.findIndex((s) => !local.some(([a, b]) => b === s && left.includes(a)));
    if (ready < 0) return [...members];
    ordered.push(...left.splice(ready, 1));
  }
  return ordered;
};

/**
 * Compiles `scenes` (the board's scenes, each once, in board order) for packing and pricing.
 * `dayOffset` makes day 0 shoot day `dayOffset + 1` (packing the unscheduled end of a board).
 */
export const compileBoard = (
  scenes: readonly PackableScene[],
  context: BoardContext,
  dayOffset = 0,
): CompiledBoard => {
  const { rules } = context;
  const sceneIds = scenes.map((scene) => scene.id);
  const sceneIndex = new Map(sceneIds.map((id, i) => [id, i]));
  const precedences = rules.sceneOrder.flatMap(([before, after]) => {
    const a = sceneIndex.get(before);
    const b = sceneIndex.get(after);
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  const units = sameDayUnits(sceneIds, rules.sameDay ?? []).map((members) =>
    shootingOrder(members, precedences),
  );
  const unitOf = new Int32Array(scenes.length);
  const positionInUnit = new Int32Array(scenes.length);
  units.forEach((members, u) =>
    members.forEach((s, k) => {
      unitOf[s] = u;
      positionInUnit[s] = k;
    }),
  );

  const setNames = [...new Set(scenes.map((scene) => scene.set))];
  const setIndex = new Map(setNames.map((set, i) => [set, i]));
  const castNumbers = [...new Set(scenes.flatMap((scene) => scene.castNumbers))];
  const castIndex = new Map(castNumbers.map((n, i) => [n, i]));
  const castRate = new Float64Array(castNumbers.length);
  const castRows = new Int32Array(castNumbers.length);
  for (const member of context.cast) {
    const c = castIndex.get(member.castNumber);
    if (c === undefined) continue;
    castRate[c] = (castRate[c] ?? 0) + member.dailyRate;
    castRows[c] = (castRows[c] ?? 0) + 1;
  }

  const sceneSet = Int32Array.from(scenes, (scene) => setIndex.get(scene.set) ?? 0);
  const sceneLight = Int8Array.from(scenes, (scene) => {
    const light = rules.light.get(scene.id);
    return light === 'night' ? LIGHT_NIGHT : light === 'day' ? LIGHT_DAY : 0;
  });
  const maxMinutes = rules.maxMinutesPerDay ?? null;
  const unitRows = units.map((members) => {
    const list = members.map((s) => scenes[s]).filter((scene) => scene !== undefined);
    return {
      members,
      eighths: list.reduce((sum, scene) => sum + scene.eighths, 0),
      minutes: list.reduce(
        (sum, scene) => sum + estimatedSceneMinutes(scene.id, scene.eighths, rules),
        0,
      ),
      cast: [...new Set(list.flatMap((scene) => scene.castNumbers))].map(
        (n) => castIndex.get(n) ?? 0,
      ),
      sets: [...new Set(list.map((scene) => setIndex.get(scene.set) ?? 0))],
    };
  });

  let fixedViolations = 0;
  const precedenceBefore: number[] = [];
  const precedenceAfter: number[] = [];
  for (const [a, b] of precedences) {
    const ua = unitOf[a] ?? 0;
    const ub = unitOf[b] ?? 0;
    if (ua !== ub) {
      precedenceBefore.push(ua);
      precedenceAfter.push(ub);
    } else if ((positionInUnit[a] ?? 0) >= (positionInUnit[b] ?? 0)) fixedViolations += 1;
  }
  for (const unit of unitRows) {
    if (unit.members.length < 2) continue;
    if (unit.eighths > rules.maxEighthsPerDay) fixedViolations += 1;
    if (maxMinutes !== null && unit.minutes > maxMinutes) fixedViolations += 1;
  }

  const maxDays = Math.max(1, units.length);
  const offDaysAfter = context.offDaysAfter ?? [];
  const slots = dayOffset + maxDays + offDaysAfter.length;
  const dates = shootDates(context.calendar, slots);
  const dayDate = Array.from({ length: maxDays }, (_, d) => {
    const shootDay = dayOffset + d;
    const offBefore = offDaysAfter.filter((after) => after <= shootDay).length;
    return dates[shootDay + offBefore] ?? context.calendar.firstShootDay;
  });
  const dayAdjacent = Uint8Array.from(dayDate, (date, d) => {
    const next = dayDate[d + 1];
    return next !== undefined && addDays(date, 1) === next ? 1 : 0;
  });

  const availability = new Map(rules.castAvailability.map((a) => [a.castNumber, a]));
  const castOk = new Uint8Array(castNumbers.length * maxDays).fill(1);
  castNumbers.forEach((n, c) => {
    const rule = availability.get(n);
    if (rule === undefined) return;
    dayDate.forEach((date, d) => {
      if (outside(date, rule.availableFrom, rule.availableUntil) || rule.unavailable.includes(date))
        castOk[c * maxDays + d] = 0;
    });
  });
  const windows = new Map(rules.locationAvailability.map((w) => [w.set, w]));
  const setOk = new Uint8Array(setNames.length * maxDays).fill(1);
  setNames.forEach((set, s) => {
    const window = windows.get(set);
    if (window === undefined) return;
    dayDate.forEach((date, d) => {
      if (outside(date, window.availableFrom, window.availableUntil)) setOk[s * maxDays + d] = 0;
    });
  });
  const unitOk = new Uint8Array(units.length * maxDays);
  unitRows.forEach((unit, u) => {
    for (let d = 0; d < maxDays; d += 1) {
      unitOk[u * maxDays + d] =
        unit.cast.every((c) => castOk[c * maxDays + d] === 1) &&
        unit.sets.every((s) => setOk[s * maxDays + d] === 1)
          ? 1
          : 0;
    }
  });

  const unitScenes = csr(units);
  const unitCast = csr(unitRows.map((unit) => unit.cast));
  const unitSets = csr(unitRows.map((unit) => unit.sets));
  const castUnits = csr(
    castNumbers.map((_, c) => unitRows.flatMap((unit, u) => (unit.cast.includes(c) ? [u] : []))),
  );
  const setUnits = csr(
    setNames.map((_, s) => unitRows.flatMap((unit, u) => (unit.sets.includes(s) ? [u] : []))),
  );
  return {
    sceneIds,
    sceneSet,
    sceneLight,
    unitCount: units.length,
    unitSceneStart: unitScenes.start,
    unitScenes: unitScenes.items,
    unitEighths: Float64Array.from(unitRows, (unit) => unit.eighths),
    unitMinutes: Float64Array.from(unitRows, (unit) => unit.minutes),
    unitCastStart: unitCast.start,
    unitCast: unitCast.items,
    unitSetStart: unitSets.start,
    unitSets: unitSets.items,
    castUnitStart: castUnits.start,
    castUnits: castUnits.items,
    setUnitStart: setUnits.start,
    setUnits: setUnits.items,
    unitFirstLight: Int8Array.from(units, (members) => sceneLight[members[0] ?? 0] ?? 0),
    unitHasNight: Uint8Array.from(units, (members) =>
      members.some((s) => sceneLight[s] === LIGHT_NIGHT) ? 1 : 0,
    ),
    castCount: castNumbers.length,
    castNumbers,
    castRate,
    castRows,
    setCount: setNames.length,
    maxDays,
    dayOffset,
    dayDate,
    dayAdjacent,
    castOk,
    setOk,
    unitOk,
    precedenceBefore: Int32Array.from(precedenceBefore),
    precedenceAfter: Int32Array.from(precedenceAfter),
    fixedViolations,
    maxEighthsPerDay: rules.maxEighthsPerDay,
    maxMinutesPerDay: maxMinutes ?? Number.POSITIVE_INFINITY,
    companyMoveCost: context.companyMoveCost,
  };
};
