import type { Strip } from './strip.js';
import { stripboardDayEnds } from './stripboard-day-ends.js';

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), high);

/**
 * The board with the strip at `from` moved so that it ends up at index `to` (clamped to the board).
 * A `from` outside the board changes nothing. Always a new array, never the one given: the board is
 * state in the web app, and an edit must not mutate it.
 */
export const moveStrip = (strips: readonly Strip[], from: number, to: number): Strip[] => {
  const next = [...strips];
  if (!Number.isInteger(from) || from < 0 || from >= strips.length) return next;
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(clamp(Math.trunc(to), 0, next.length), 0, moved);
  return next;
};

/** The keyboard's ↑: one place towards the top (unchanged at the top). */
export const moveStripUp = (strips: readonly Strip[], index: number): Strip[] =>
  moveStrip(strips, index, Math.max(index - 1, 0));

/** The keyboard's ↓: one place towards the bottom (unchanged at the bottom). */
export const moveStripDown = (strips: readonly Strip[], index: number): Strip[] =>
  moveStrip(strips, index, index + 1);

/**
 * "Move to day N": the strip goes to the end of shoot day N, just before the strip that ends it. Day
 * numbers are counted on the board without the strip being moved. A day past the last one sends the
 * strip to the bottom, among the unscheduled; a day before 1 counts as day 1.
 */
export const moveStripToDay = (
  strips: readonly Strip[],
  index: number,
  dayNumber: number,
): Strip[] => {
  if (!Number.isInteger(index) || index < 0 || index >= strips.length) return [...strips];
  const without = strips.filter((_, position) => position !== index);
  const ends = stripboardDayEnds(without);
  const end = ends[Math.max(Math.trunc(dayNumber), 1) - 1] ?? without.length;
  const moved = strips[index];
  if (moved === undefined) return [...strips];
  return [...without.slice(0, end), moved, ...without.slice(end)];
};
