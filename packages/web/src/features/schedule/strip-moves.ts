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

/**
 * Ids for new strips: the kind and the next numbers no strip of the board has (`day-break-3`). Ids need only
 * be unique on their board, and a board is saved whole with its version, so two people adding at once get a
 * conflict rather than a clash.
 */
export const newStripIds = (
  strips: readonly StripDto[],
  kind: StripDto['kind'],
  count = 1,
): string[] => {
  const taken = new Set(strips.map((strip) => strip.id));
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n += 1) {
    const id = `${kind}-${n}`;
    if (!taken.has(id)) ids.push(id);
  }
  return ids;
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
