import type { Strip } from '../stripboard/strip.js';
import { offDayPositions } from './off-day-positions.js';

/**
 * A repacked board with the old board's other strips put back: its banners before the scene they
 * preceded (a banner after the last scene stays at the end), and its off days after the same number of
 * shoot days as before (`offDayPositions`), so they take the same place in the calendar.
 */
export const keepNonSceneStrips = (old: readonly Strip[], packed: readonly Strip[]): Strip[] => {
  const bannersBefore = new Map<string, Strip[]>();
  let pending: Strip[] = [];
  for (const strip of old) {
    if (strip.kind === 'banner') pending.push(strip);
    else if (strip.kind === 'scene') {
      if (pending.length > 0) bannersBefore.set(strip.sceneId, pending);
      pending = [];
    }
  }
  const withBanners = packed.flatMap((strip) =>
    strip.kind === 'scene' ? [...(bannersBefore.get(strip.sceneId) ?? []), strip] : [strip],
  );
  withBanners.push(...pending);
  const positions = offDayPositions(old);
  const offDays = old.filter((strip) => strip.kind === 'off-day');
  // Last first, so inserting one never moves the place counted for an earlier one.
  for (let o = offDays.length - 1; o >= 0; o -= 1) {
    const strip = offDays[o];
    const afterDay = positions[o] ?? 0;
    if (strip === undefined) continue;
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
