import type { IdGenerator } from '../../shared/ids.js';
import type { Strip } from '../stripboard/strip.js';
import { keepNonSceneStrips } from './keep-non-scene-strips.js';
import { packIntoDays } from './pack-into-days.js';

/**
 * A board in a new scene order (the optimizer's): the scenes packed into days of at most
 * `maxEighthsPerDay`, the old board's banners kept before the scene they preceded (a banner after the last
 * scene stays at the end), and its off days after the same shoot day number as before.
 */
export const repackBoard = (
  old: readonly Strip[],
  scenes: readonly { readonly id: string; readonly eighths: number }[],
  maxEighthsPerDay: number,
  ids: IdGenerator,
): Strip[] => keepNonSceneStrips(old, packIntoDays(scenes, maxEighthsPerDay, ids));
