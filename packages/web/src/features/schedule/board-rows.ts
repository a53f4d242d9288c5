import type { BoardDayDto, BoardSceneDto, StripDto } from '@greenlight/contract';
import { formatEighths, stripboardDayEnds } from '@greenlight/domain';

/** A shoot day as its closing strip says it: number, date, length and whether it is too long. */
export type DayTotals = {
  readonly dayNumber: number;
  /** From the saved board; null for a day the server has not dated yet (a break not saved yet). */
  readonly date: string | null;
  readonly eighths: number;
  readonly pages: string;
  readonly sceneCount: number;
  readonly overLimit: boolean;
};

/** One strip of the board with what the board view needs to draw it. */
export type BoardRow =
  | {
      readonly kind: 'scene';
      readonly strip: Extract<StripDto, { kind: 'scene' }>;
      readonly index: number;
      /** Null when the current draft no longer has the scene (omitted by a revision). */
      readonly scene: BoardSceneDto | null;
      /** The shoot day it is in; null after the last day break (unscheduled). */
      readonly dayNumber: number | null;
    }
  | {
      readonly kind: 'day-break';
      readonly strip: Extract<StripDto, { kind: 'day-break' }>;
      readonly index: number;
      readonly day: DayTotals;
    }
  | {
      readonly kind: 'banner';
      readonly strip: Extract<StripDto, { kind: 'banner' }>;
      readonly index: number;
      readonly dayNumber: number | null;
    }
  | {
      readonly kind: 'off-day';
      readonly strip: Extract<StripDto, { kind: 'off-day' }>;
      readonly index: number;
      readonly date: string | null;
      /** An off day straight after scenes also ends that shoot day. */
      readonly endsDay: DayTotals | null;
    };

export type BoardLayout = {
  readonly rows: readonly BoardRow[];
  readonly days: readonly DayTotals[];
  /** Index of the first strip after the last day's end: from here on nothing is scheduled. */
  readonly unscheduledFrom: number;
  readonly unscheduledEighths: number;
  readonly unscheduledScenes: number;
};

/**
 * Reads the strips being edited into rows and day totals, so a dragged strip moves the totals at once.
 * Where days end is the domain's rule (`stripboardDayEnds`); dates come from the saved board's days in
 * board order (shoot days and off days each take the next working date), so they are exact once saved.
 */
export const boardLayout = (
  strips: readonly StripDto[],
  scenes: readonly BoardSceneDto[],
  savedDays: readonly BoardDayDto[],
  maxEighthsPerDay: number,
): BoardLayout => {
  const byId = new Map(scenes.map((scene) => [scene.id, scene]));
  const ends = stripboardDayEnds(strips);
  const endSet = new Set(ends);
  const lastEnd = ends.at(-1) ?? -1;
  const rows: BoardRow[] = [];
  const days: DayTotals[] = [];
  let slot = 0;
  let eighths = 0;
  let sceneCount = 0;
  let unscheduledEighths = 0;
  let unscheduledScenes = 0;

  const closeDay = (): DayTotals => {
    const day: DayTotals = {
      dayNumber: days.length + 1,
      date: savedDays[slot]?.date ?? null,
      eighths,
      pages: formatEighths(eighths),
      sceneCount,
      overLimit: eighths > maxEighthsPerDay,
    };
    days.push(day);
    slot += 1;
    eighths = 0;
    sceneCount = 0;
    return day;
  };

  strips.forEach((strip, index) => {
    const scheduled = index <= lastEnd;
    const dayNumber = scheduled ? days.length + 1 : null;
    switch (strip.kind) {
      case 'scene': {
        const scene = byId.get(strip.sceneId) ?? null;
        const length = scene?.eighths ?? 0;
        if (scheduled) {
          eighths += length;
          if (scene) sceneCount += 1;
        } else {
          unscheduledEighths += length;
          if (scene) unscheduledScenes += 1;
        }
        rows.push({ kind: 'scene', strip, index, scene, dayNumber });
        break;
      }
      case 'banner':
        rows.push({ kind: 'banner', strip, index, dayNumber });
        break;
      case 'day-break':
        rows.push({ kind: 'day-break', strip, index, day: closeDay() });
        break;
      case 'off-day': {
        const endsDay = endSet.has(index) ? closeDay() : null;
        rows.push({ kind: 'off-day', strip, index, date: savedDays[slot]?.date ?? null, endsDay });
        slot += 1;
        break;
      }
    }
  });

  return {
    rows,
    days,
    unscheduledFrom: lastEnd + 1,
    unscheduledEighths,
    unscheduledScenes,
  };
};
