import type { CalendarDate } from '../../shared/calendar-date.js';
import type { DayOrNight } from '../../screenplay/day-or-night.js';
import { formatEighths } from '../../screenplay/format-eighths.js';
import { addDays } from '../calendar/date-arithmetic.js';
import type { StripboardLayout } from '../stripboard/layout-stripboard.js';
import { estimatedSceneMinutes, type SceneMinutesRules } from './estimated-scene-minutes.js';
import { formatMinutes } from './format-minutes.js';

/** When a cast member can work: between two dates (either open), except on the dates listed. */
export type CastAvailability = {
  readonly castNumber: number;
  readonly availableFrom: CalendarDate | null;
  readonly availableUntil: CalendarDate | null;
  readonly unavailable: readonly CalendarDate[];
};

/** When a set's shooting location can be used. */
export type LocationAvailability = {
  readonly set: string;
  readonly availableFrom: CalendarDate | null;
  readonly availableUntil: CalendarDate | null;
};

/**
 * The rules a board is checked against and the optimizer keeps. The fields after `sceneNumbers` came
 * later and are optional, so a caller that does not know them checks exactly what it did before.
 */
export type BoardRules = SceneMinutesRules & {
  readonly maxEighthsPerDay: number;
  /** `[before, after]` scene ids. */
  readonly sceneOrder: readonly (readonly [string, string])[];
  readonly castAvailability: readonly CastAvailability[];
  readonly locationAvailability: readonly LocationAvailability[];
  /** Day or night per scene id (`dayOrNight` over the script). */
  readonly light: ReadonlyMap<string, DayOrNight>;
  /** Cast names by number, for the messages. */
  readonly castNames: ReadonlyMap<number, string>;
  /** Scene numbers by id, for the messages. */
  readonly sceneNumbers: ReadonlyMap<string, string>;
  /** Groups of scene ids that must be shot on the same shoot day (one actor's only day, a rig). */
  readonly sameDay?: readonly (readonly string[])[];
  /** The most estimated shooting time a day may hold, in minutes; null or absent for no limit. */
  readonly maxMinutesPerDay?: number | null;
};

export type BoardConflictKind =
  | 'over-limit'
  | 'over-hours'
  | 'scene-order'
  | 'same-day'
  | 'cast-unavailable'
  | 'location-unavailable'
  | 'turnaround';

/** Something on the board a first AD must fix or accept, with the day it is on and the scenes involved. */
export type BoardConflict = {
  readonly kind: BoardConflictKind;
  readonly dayNumber: number;
  readonly date: CalendarDate;
  readonly sceneIds: readonly string[];
  readonly message: string;
};

const outside = (
  date: CalendarDate,
  from: CalendarDate | null,
  until: CalendarDate | null,
): boolean => (from !== null && date < from) || (until !== null && date > until);

/** `4 and 7`, `4, 7 and 9`. */
const inWords = (items: readonly string[]): string =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/**
 * The board's conflicts with the production's rules, in day order: days over the page limit or over
 * their hours (a day of one scene is never over: the scene has to be shot somewhere), scenes shot
 * before a scene they must follow, a same-day group split across days, cast working on a day they are
 * not available, sets shot outside their location's window, and a night's work followed the next
 * calendar day by a day scene first (the crew's turnaround: the call must move, or the order).
 * Scenes not on a shoot day yet (unscheduled) break no rule.
 */
export const checkBoard = (layout: StripboardLayout, rules: BoardRules): BoardConflict[] => {
  const conflicts: BoardConflict[] = [];
  const dayOf = new Map<string, { dayNumber: number; date: CalendarDate; position: number }>();
  let position = 0;
  const shootDays = layout.days.flatMap((day) => (day.kind === 'shoot' ? [day] : []));
  for (const day of shootDays) {
    for (const scene of day.scenes) {
      dayOf.set(scene.id, { dayNumber: day.dayNumber, date: day.date, position });
      position += 1;
    }
  }
  const number = (id: string): string => rules.sceneNumbers.get(id) ?? '?';
  const castName = (n: number): string => rules.castNames.get(n) ?? `cast #${n}`;
  const availability = new Map(rules.castAvailability.map((a) => [a.castNumber, a]));
  const windows = new Map(rules.locationAvailability.map((w) => [w.set, w]));

  const maxMinutes = rules.maxMinutesPerDay ?? null;

  shootDays.forEach((day, index) => {
    if (day.scenes.length > 1 && day.eighths > rules.maxEighthsPerDay) {
      conflicts.push({
        kind: 'over-limit',
        dayNumber: day.dayNumber,
        date: day.date,
        sceneIds: day.scenes.map((s) => s.id),
        message: `Day ${day.dayNumber} has ${formatEighths(day.eighths)} pages, over the ${formatEighths(rules.maxEighthsPerDay)}-page day`,
      });
    }
    if (maxMinutes !== null && day.scenes.length > 1) {
      const minutes = day.scenes.reduce(
        (total, s) => total + estimatedSceneMinutes(s.id, s.eighths, rules),
        0,
      );
      if (minutes > maxMinutes) {
        conflicts.push({
          kind: 'over-hours',
          dayNumber: day.dayNumber,
          date: day.date,
          sceneIds: day.scenes.map((s) => s.id),
          message: `Day ${day.dayNumber} is estimated at ${formatMinutes(minutes)} of shooting, over the ${formatMinutes(maxMinutes)} day`,
        });
      }
    }
    for (const castNumber of day.castNumbers) {
      const rule = availability.get(castNumber);
      if (rule === undefined) continue;
      if (
        outside(day.date, rule.availableFrom, rule.availableUntil) ||
        rule.unavailable.includes(day.date)
      ) {
        conflicts.push({
          kind: 'cast-unavailable',
          dayNumber: day.dayNumber,
          date: day.date,
          sceneIds: day.scenes.filter((s) => s.castNumbers.includes(castNumber)).map((s) => s.id),
          message: `${castName(castNumber)} is not available on ${day.date} (day ${day.dayNumber})`,
        });
      }
    }
    for (const set of day.sets) {
      const window = windows.get(set);
      if (window === undefined || !outside(day.date, window.availableFrom, window.availableUntil))
        continue;
      conflicts.push({
        kind: 'location-unavailable',
        dayNumber: day.dayNumber,
        date: day.date,
        sceneIds: day.scenes.filter((s) => s.set === set).map((s) => s.id),
        message: `The location for ${set} is not available on ${day.date} (day ${day.dayNumber})`,
      });
    }
    const next = shootDays[index + 1];
    const last = day.scenes.at(-1);
    const first = next?.scenes[0];
    if (
      next !== undefined &&
      last !== undefined &&
      first !== undefined &&
      day.scenes.some((s) => rules.light.get(s.id) === 'night') &&
      rules.light.get(first.id) === 'day' &&
      addDays(day.date, 1) === next.date
    ) {
      conflicts.push({
        kind: 'turnaround',
        dayNumber: next.dayNumber,
        date: next.date,
        sceneIds: [first.id],
        message: `Day ${day.dayNumber} works at night and day ${next.dayNumber} starts with day scene ${number(first.id)} the next morning: check the turnaround`,
      });
    }
  });

  for (const [before, after] of rules.sceneOrder) {
    const a = dayOf.get(before);
    const b = dayOf.get(after);
    if (a === undefined || b === undefined || a.position < b.position) continue;
    conflicts.push({
      kind: 'scene-order',
      dayNumber: b.dayNumber,
      date: b.date,
      sceneIds: [before, after],
      message: `Scene ${number(before)} must be shot before scene ${number(after)}`,
    });
  }

  for (const group of rules.sameDay ?? []) {
    const scheduled = [...new Set(group)].flatMap((id) => {
      const at = dayOf.get(id);
      return at === undefined ? [] : [{ id, ...at }];
    });
    // Board order, so the first is on the group's earliest day: the conflict is shown there.
    scheduled.sort((a, b) => a.position - b.position);
    const days = [...new Set(scheduled.map((s) => s.dayNumber))];
    const first = scheduled[0];
    if (days.length < 2 || first === undefined) continue;
    conflicts.push({
      kind: 'same-day',
      dayNumber: first.dayNumber,
      date: first.date,
      sceneIds: scheduled.map((s) => s.id),
      message: `Scenes ${inWords(scheduled.map((s) => number(s.id)))} must be shot on the same day, not on days ${inWords(days.map(String))}`,
    });
  }
  return conflicts.sort((x, y) => x.dayNumber - y.dayNumber);
};
