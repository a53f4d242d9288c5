import type { CalendarDate } from '../../shared/calendar-date.js';
import type { IntExt } from '../../screenplay/scene.js';
import type { ShootCalendar } from '../calendar/shoot-calendar.js';
import { shootDates } from '../calendar/shoot-dates.js';
import type { Strip } from './strip.js';
import { stripboardDayEnds } from './stripboard-day-ends.js';

/** What the board needs to know about a scene. */
export type StripboardScene = {
  readonly id: string;
  /** The script's scene number, `5A` as written. */
  readonly number: string;
  readonly eighths: number;
  readonly castNumbers: readonly number[];
  readonly set: string;
  readonly intExt: IntExt | null;
  readonly time: string | null;
};

export type StripboardShootDay = {
  readonly kind: 'shoot';
  readonly dayNumber: number;
  readonly date: CalendarDate;
  readonly scenes: readonly StripboardScene[];
  /** Banner texts in the day (or just before it, after the previous day ended), in board order. */
  readonly banners: readonly string[];
  readonly eighths: number;
  /** Everyone working that day, ascending, each once. */
  readonly castNumbers: readonly number[];
  /** Sets in the order the day visits them, each once. */
  readonly sets: readonly string[];
};

export type StripboardOffDay = {
  readonly kind: 'off';
  readonly date: CalendarDate;
  readonly reason: string;
  readonly stripId: string;
};

export type StripboardDay = StripboardShootDay | StripboardOffDay;

export type StripboardLayout = {
  /** Shoot days and off days in board order, each with its date. */
  readonly days: readonly StripboardDay[];
  readonly shootDayCount: number;
  /** Strips after the last day break: on the board, not yet scheduled. */
  readonly unscheduled: {
    readonly scenes: readonly StripboardScene[];
    readonly banners: readonly string[];
    readonly eighths: number;
  };
  /** Scene strips naming a scene not given (deleted since the board was saved); left out of the days. */
  readonly unknownSceneIds: readonly string[];
};

type Pending = { scenes: StripboardScene[]; banners: string[] };

const sum = (scenes: readonly StripboardScene[]): number =>
  scenes.reduce((total, scene) => total + scene.eighths, 0);

/**
 * Reads a board into days (see `stripboardDayEnds` for where a day ends). Shoot days are numbered from 1;
 * shoot days and off days take the calendar's working dates in board order, because an off day on the
 * board (a travel day) uses up a date the company would otherwise shoot on.
 */
export const layoutStripboard = (
  strips: readonly Strip[],
  scenes: readonly StripboardScene[],
  calendar: ShootCalendar,
): StripboardLayout => {
  const sceneById = new Map(scenes.map((scene) => [scene.id, scene]));
  const ends = new Set(stripboardDayEnds(strips));
  const slotCount = ends.size + strips.filter((strip) => strip.kind === 'off-day').length;
  const dates = shootDates(calendar, slotCount);
  const days: StripboardDay[] = [];
  const unknownSceneIds: string[] = [];
  let pending: Pending = { scenes: [], banners: [] };
  let shootDayCount = 0;
  const nextDate = (): CalendarDate => dates[days.length] ?? calendar.firstShootDay;

  const closeShootDay = (): void => {
    shootDayCount += 1;
    const castNumbers = [...new Set(pending.scenes.flatMap((scene) => scene.castNumbers))];
    days.push({
      kind: 'shoot',
      dayNumber: shootDayCount,
      date: nextDate(),
      scenes: pending.scenes,
      banners: pending.banners,
      eighths: sum(pending.scenes),
      castNumbers: castNumbers.sort((a, b) => a - b),
      sets: [...new Set(pending.scenes.map((scene) => scene.set))],
    });
    pending = { scenes: [], banners: [] };
  };

  strips.forEach((strip, index) => {
    if (strip.kind === 'scene') {
      const scene = sceneById.get(strip.sceneId);
      if (scene) pending.scenes.push(scene);
      else unknownSceneIds.push(strip.sceneId);
    } else if (strip.kind === 'banner') pending.banners.push(strip.text);
    if (ends.has(index)) closeShootDay();
    if (strip.kind === 'off-day')
      days.push({ kind: 'off', date: nextDate(), reason: strip.reason, stripId: strip.id });
  });

  return {
    days,
    shootDayCount,
    unscheduled: { scenes: pending.scenes, banners: pending.banners, eighths: sum(pending.scenes) },
    unknownSceneIds,
  };
};
