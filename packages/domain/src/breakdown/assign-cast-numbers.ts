import type { BreakdownElement } from './breakdown-element.js';
import type { ElementListEntry } from './build-element-lists.js';
import { compareCastNumbers, compareNames } from './compare-breakdown-elements.js';

/** A line of the cast list: a cast member, their number and how much of the script they are in. */
export type CastListEntry = {
  readonly elementId: string;
  readonly castNumber: number | null;
  readonly name: string;
  readonly sceneCount: number;
  readonly eighths: number;
  readonly firstSceneNumber: string | null;
};

const isCastNumber = (value: number | null): value is number =>
  value !== null && Number.isSafeInteger(value) && value > 0;

/**
 * Cast numbers for every cast element given (other categories are ignored). Numbers already assigned are
 * kept, because stripboards and call sheets have printed them. The unnumbered get the numbers after the
 * highest one in use, never a gap: a freed number may still be on paper for someone who has left the
 * script. They are numbered by scene count (most first), then first appearance in script order, then
 * name — the lead is 1. A number that is not a positive whole number counts as none.
 */
export const assignCastNumbers = (
  castElements: readonly BreakdownElement[],
  lists: readonly ElementListEntry[],
): ReadonlyMap<string, number> => {
  const cast = castElements.filter((element) => element.category === 'cast');
  const listById = new Map(lists.map((entry) => [entry.element.id, entry]));
  const numbers = new Map<string, number>();
  let highest = 0;
  for (const element of cast) {
    if (!isCastNumber(element.castNumber)) continue;
    numbers.set(element.id, element.castNumber);
    highest = Math.max(highest, element.castNumber);
  }
  const unnumbered = cast
    .filter((element) => !numbers.has(element.id))
    .map((element) => {
      const entry = listById.get(element.id);
      return {
        element,
        sceneCount: entry?.sceneIds.length ?? 0,
        first: entry?.firstScenePosition ?? Number.POSITIVE_INFINITY,
      };
    })
    .sort(
      (a, b) =>
        b.sceneCount - a.sceneCount ||
        (a.first === b.first ? 0 : a.first < b.first ? -1 : 1) ||
        compareNames(a.element.name, b.element.name) ||
        (a.element.id < b.element.id ? -1 : a.element.id > b.element.id ? 1 : 0),
    );
  for (const { element } of unnumbered) {
    // The same element given twice is numbered once.
    if (numbers.has(element.id)) continue;
    highest += 1;
    numbers.set(element.id, highest);
  }
  return numbers;
};

/**
 * The cast list: every cast element given, with the number it has now (assign numbers first with
 * `assignCastNumbers` to fill them in), its scene count, eighths and first scene. Sorted by number,
 * unnumbered last, then name.
 */
export const buildCastList = (
  castElements: readonly BreakdownElement[],
  lists: readonly ElementListEntry[],
): CastListEntry[] => {
  const listById = new Map(lists.map((entry) => [entry.element.id, entry]));
  const seen = new Set<string>();
  return castElements
    .filter((element) => {
      if (element.category !== 'cast' || seen.has(element.id)) return false;
      seen.add(element.id);
      return true;
    })
    .map((element) => {
      const entry = listById.get(element.id);
      return {
        elementId: element.id,
        castNumber: isCastNumber(element.castNumber) ? element.castNumber : null,
        name: element.name,
        sceneCount: entry?.sceneIds.length ?? 0,
        eighths: entry?.eighths ?? 0,
        firstSceneNumber: entry?.sceneNumbers[0] ?? null,
      };
    })
    .sort(
      (a, b) =>
        compareCastNumbers(a.castNumber, b.castNumber) ||
        compareNames(a.name, b.name) ||
        (a.elementId < b.elementId ? -1 : a.elementId > b.elementId ? 1 : 0),
    );
};
