import { formatEighths } from '../screenplay/format-eighths.js';
import { BREAKDOWN_CATEGORIES, BREAKDOWN_CATEGORY_INFO } from './breakdown-category.js';
import type { BreakdownElement, BreakdownTag } from './breakdown-element.js';
import type {
  BreakdownSheet,
  BreakdownSheetCategory,
  BreakdownSheetItem,
  IdentifiedScene,
} from './breakdown-sheet.js';
import { compareBreakdownElements } from './compare-breakdown-elements.js';
import { setNameOf } from './derive-sets.js';

/**
 * One scene's breakdown sheet: the header from the scene, and every element tagged in the scene once
 * (however many times it is tagged), grouped by category in BREAKDOWN_CATEGORIES order, empty categories
 * left out. Items are sorted as `compareBreakdownElements` orders them. Tags of other scenes and tags
 * naming an element that is not given are ignored.
 */
export const buildBreakdownSheet = (
  scene: IdentifiedScene,
  elements: readonly BreakdownElement[],
  tags: readonly BreakdownTag[],
  shootingLocation: string | null,
): BreakdownSheet =>
  sheetOf(
    scene,
    new Map(elements.map((element) => [element.id, element])),
    tags.filter((tag) => tag.sceneId === scene.id),
    shootingLocation,
  );

/**
 * Every scene's sheet, in the order given. `locationsBySet` maps a set name (as `setNameOf` normalises
 * it) to the shooting location chosen for it.
 */
export const buildBreakdownSheets = (
  scenes: readonly IdentifiedScene[],
  elements: readonly BreakdownElement[],
  tags: readonly BreakdownTag[],
  locationsBySet: ReadonlyMap<string, string>,
): BreakdownSheet[] => {
  const elementsById = new Map(elements.map((element) => [element.id, element]));
  const tagsByScene = new Map<string, BreakdownTag[]>();
  for (const tag of tags) {
    const list = tagsByScene.get(tag.sceneId) ?? [];
    list.push(tag);
    tagsByScene.set(tag.sceneId, list);
  }
  return scenes.map((scene) =>
    sheetOf(
      scene,
      elementsById,
      tagsByScene.get(scene.id) ?? [],
      locationsBySet.get(setNameOf(scene)) ?? null,
    ),
  );
};

const sheetOf = (
  scene: IdentifiedScene,
  elementsById: ReadonlyMap<string, BreakdownElement>,
  sceneTags: readonly BreakdownTag[],
  shootingLocation: string | null,
): BreakdownSheet => {
  const needed = new Map<string, BreakdownElement>();
  for (const tag of sceneTags) {
    const element = elementsById.get(tag.elementId);
    if (element) needed.set(element.id, element);
  }
  const sorted = [...needed.values()].sort(compareBreakdownElements);
  const categories: BreakdownSheetCategory[] = BREAKDOWN_CATEGORIES.flatMap((category) => {
    const items = sorted.filter((element) => element.category === category).map(itemOf);
    const info = BREAKDOWN_CATEGORY_INFO[category];
    return items.length ? [{ category, label: info.label, colour: info.colour, items }] : [];
  });
  return {
    sceneId: scene.id,
    sceneNumber: scene.number,
    heading: scene.heading,
    intExt: scene.intExt,
    set: scene.location,
    shootingLocation,
    time: scene.time,
    eighths: scene.eighths,
    pages: formatEighths(scene.eighths),
    pageStart: scene.pageStart,
    synopsis: scene.synopsis,
    categories,
  };
};

const itemOf = (element: BreakdownElement): BreakdownSheetItem => {
  // Only cast carry numbers onto the sheet; a stray number on another category is not printed.
  const castNumber = element.category === 'cast' ? element.castNumber : null;
  return {
    elementId: element.id,
    name: element.name,
    castNumber,
    label: castNumber === null ? element.name : `${castNumber}. ${element.name}`,
  };
};
