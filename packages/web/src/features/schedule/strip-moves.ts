import type { StripDto } from '@greenlight/contract';
import { moveStrip, stripboardDayEnds } from '@greenlight/domain';

/** Where a dragged strip is dropped: above or below the strip under the pointer. */
export type DropPlace = 'before' | 'after';

/**
 * The board after dropping the strip at `from` before or after the strip at `target` (indexes in the board
 * before the move). Dropping a strip on itself changes nothing.
 */
export const dropStrip = (
  strips: readonly StripDto[],
  from: number,
  target: number,
  place: DropPlace,
): StripDto[] => {
  if (from === target) return [...strips];
  const slot = place === 'before' ? target : target + 1;
  return moveStrip(strips, from, from < slot ? slot - 1 : slot);
};

/** True when two boards list the same strips in the same order. */
export const sameOrder = (a: readonly StripDto[], b: readonly StripDto[]): boolean =>
  a.length === b.length && a.every((strip, i) => strip.id === b[i]?.id);

let counter = 0;

/** A fresh strip id for a new day break, banner or off day (unique on the board; at most 64 characters). */
export const newStripId = (kind: 'day-break' | 'banner' | 'off-day' | 'scene'): string => {
  counter += 1;
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${kind}-${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
};

/** The shoot day a strip is in (1-based), or null when it sits after the last day break. */
export const dayOfStrip = (strips: readonly StripDto[], stripId: string): number | null => {
  const index = strips.findIndex((strip) => strip.id === stripId);
  if (index < 0) return null;
  const ends = stripboardDayEnds(strips);
  const day = ends.findIndex((end) => end >= index);
  return day < 0 ? null : day + 1;
};

/** "Moved scene 12 to day 3", "Moved scene 12 to the unscheduled strips". */
export const movedText = (name: string, strips: readonly StripDto[], stripId: string): string => {
  const day = dayOfStrip(strips, stripId);
  return `Moved ${name} ${day === null ? 'to the unscheduled strips' : `to day ${day}`}`;
};
