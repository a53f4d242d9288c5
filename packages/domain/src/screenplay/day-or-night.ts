import type { Scene } from './scene.js';

/** Whether a scene plays by day or by night: the strip colour and the turnaround rules follow it. */
export type DayOrNight = 'day' | 'night';

// Shot as night (the light is gone or going); everything else with a time of its own is day.
const NIGHT = /\b(NIGHT|DUSK|EVENING|MIDNIGHT|TWILIGHT|MAGIC HOUR|SUNSET)\b/i;
// Words that say "the same time as the scene before", not a time of their own.
const CONTINUITY =
  /^(CONTINUOUS|CONT'?D|CONTINUED|SAME|SAME TIME|LATER|MOMENTS LATER|A MOMENT LATER|SIMULTANEOUS|SECONDS LATER|MINUTES LATER)$/i;

/**
 * Day or night for each scene, in script order. A heading's time of day decides (`NIGHT`, `DUSK`,
 * `EVENING`… are night); `CONTINUOUS`, `LATER`, `SAME` and a heading with no time carry on from the scene
 * before, as a first AD reads them; a script that starts without a time starts by day.
 */
export const dayOrNight = (scenes: readonly Pick<Scene, 'time'>[]): DayOrNight[] => {
  let previous: DayOrNight = 'day';
  return scenes.map((scene) => {
    const time = scene.time?.trim() ?? '';
    if (time !== '' && !CONTINUITY.test(time)) previous = NIGHT.test(time) ? 'night' : 'day';
    return previous;
  });
};
