import type { IdGenerator } from '../../shared/ids.js';
import type { Strip } from '../stripboard/strip.js';

/**
 * Strips for scenes in the given order, with a day break whenever the next scene would take the day over
 * `maxEighthsPerDay` (a scene longer than a day gets a day of its own). How a first board is made from the
 * script, and how an optimized order becomes days again. Every strip gets a fresh id from `ids`.
 */
export const packIntoDays = (
  scenes: readonly { readonly id: string; readonly eighths: number }[],
  maxEighthsPerDay: number,
  ids: IdGenerator,
): Strip[] => {
  if (!Number.isInteger(maxEighthsPerDay) || maxEighthsPerDay < 1) {
    throw new RangeError('maxEighthsPerDay must be a positive whole number of eighths');
  }
  const strips: Strip[] = [];
  let day = 0;
  for (const scene of scenes) {
    if (day > 0 && day + scene.eighths > maxEighthsPerDay) {
      strips.push({ kind: 'day-break', id: ids.next() });
      day = 0;
    }
    strips.push({ kind: 'scene', id: ids.next(), sceneId: scene.id });
    day += scene.eighths;
  }
  if (strips.length > 0) strips.push({ kind: 'day-break', id: ids.next() });
  return strips;
};
