import type { IdGenerator } from '../../shared/ids.js';
import type { Strip } from '../stripboard/strip.js';
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

/** Puts the old board's banners before the scene they preceded, and its off days after the same day. */
const keepNonSceneStrips = (old: readonly Strip[], packed: readonly Strip[]): Strip[] => {
  const result = [...packed];
  const bannersBefore = new Map<string, Strip[]>();
  const offDays: { afterDay: number; strip: Strip }[] = [];
  let pending: Strip[] = [];
  let dayBreaks = 0;
  for (const strip of old) {
    if (strip.kind === 'banner') pending.push(strip);
    else if (strip.kind === 'scene') {
      if (pending.length > 0) bannersBefore.set(strip.sceneId, pending);
      pending = [];
    } else if (strip.kind === 'day-break') dayBreaks += 1;
    else offDays.push({ afterDay: dayBreaks, strip });
  }
  const withBanners = result.flatMap((strip) =>
    strip.kind === 'scene' ? [...(bannersBefore.get(strip.sceneId) ?? []), strip] : [strip],
  );
  withBanners.push(...pending);
  for (const { afterDay, strip } of offDays.reverse()) {
    let breaks = 0;
    let at = afterDay === 0 ? 0 : withBanners.length;
    for (let index = 0; index < withBanners.length && afterDay > 0; index += 1) {
      if (withBanners[index]?.kind === 'day-break') breaks += 1;
      if (breaks === afterDay) {
        at = index + 1;
        break;
      }
    }
    withBanners.splice(at, 0, strip);
  }
  return withBanners;
};
