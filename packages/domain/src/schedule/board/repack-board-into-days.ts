import type { IdGenerator } from '../../shared/ids.js';
import type { Strip } from '../stripboard/strip.js';
import { keepNonSceneStrips } from './keep-non-scene-strips.js';

/**
 * A board with the given shoot days (scene ids, day by day; an empty day is a day break alone), the old
 * board's banners before the scene they preceded and its off days after the same shoot day number as
 * before: how the rules-aware optimizer's answer (`optimizeBoardOrder`) becomes strips. Every new strip
 * gets a fresh id from `ids`; banners and off days keep theirs.
 */
export const repackBoardIntoDays = (
  old: readonly Strip[],
  days: readonly (readonly string[])[],
  ids: IdGenerator,
): Strip[] => {
  const packed: Strip[] = [];
  for (const day of days) {
    for (const sceneId of day) packed.push({ kind: 'scene', id: ids.next(), sceneId });
    packed.push({ kind: 'day-break', id: ids.next() });
  }
  return keepNonSceneStrips(old, packed);
};
