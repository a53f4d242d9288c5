import type { BreakdownElement, BreakdownTag } from './breakdown-element.js';
import type { IdentifiedScene } from './breakdown-sheet.js';
import { compareBreakdownElements } from './compare-breakdown-elements.js';

/** One element with the scenes that need it: a line of the breakdown's element lists (cast list, props…). */
export type ElementListEntry = {
  readonly element: BreakdownElement;
  /** Scenes tagged with the element, in script order, each once. */
  readonly sceneIds: readonly string[];
  readonly sceneNumbers: readonly string[];
  /** The sum of those scenes' eighths. */
  readonly eighths: number;
  /** Position in the script (0-based, among the scenes given) of its first scene; null when in none. */
  readonly firstScenePosition: number | null;
};

/**
 * Every element with its scenes, sorted as `compareBreakdownElements` orders them (category, cast number,
 * name). Elements tagged in no scene are listed with no scenes, so nothing the breakdown names is lost
 * from a list; tags of scenes not given (an omitted scene) or of unknown elements are ignored.
 */
export const buildElementLists = (
  scenes: readonly IdentifiedScene[],
  elements: readonly BreakdownElement[],
  tags: readonly BreakdownTag[],
): ElementListEntry[] => {
  const position = new Map<string, number>();
  scenes.forEach((scene, index) => {
    if (!position.has(scene.id)) position.set(scene.id, index);
  });
  const positionsByElement = new Map<string, Set<number>>();
  for (const tag of tags) {
    const at = position.get(tag.sceneId);
    if (at === undefined) continue;
    const set = positionsByElement.get(tag.elementId) ?? new Set<number>();
    set.add(at);
    positionsByElement.set(tag.elementId, set);
  }
  return [...elements].sort(compareBreakdownElements).map((element) => {
    const positions = [...(positionsByElement.get(element.id) ?? [])].sort((a, b) => a - b);
    const inScenes = positions.flatMap((at) => {
      const scene = scenes[at];
      return scene ? [scene] : [];
    });
    return {
      element,
      sceneIds: inScenes.map((scene) => scene.id),
      sceneNumbers: inScenes.map((scene) => scene.number),
      eighths: inScenes.reduce((sum, scene) => sum + scene.eighths, 0),
      firstScenePosition: positions[0] ?? null,
    };
  });
};
