import type { Strip } from './strip.js';

/**
 * Where each shoot day of a board ends: the index of the strip that closes it, in day order. A day
 * break closes a day (two breaks in a row make a day with nothing in it yet: the AD has planned a day
 * and not filled it). An off-day strip closes a day too, but only one with a scene in it, so an off day
 * placed after a break does not add an empty shoot day. Strips after the last end are unscheduled.
 */
export const stripboardDayEnds = (strips: readonly Strip[]): number[] => {
  const ends: number[] = [];
  let open = false;
  strips.forEach((strip, index) => {
    if (strip.kind === 'scene') open = true;
    else if (strip.kind === 'day-break' || (strip.kind === 'off-day' && open)) {
      ends.push(index);
      open = false;
    }
  });
  return ends;
};
