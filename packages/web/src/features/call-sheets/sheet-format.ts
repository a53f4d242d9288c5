import type { CallSheetDto } from '@greenlight/contract';

type DoodCode = CallSheetDto['cast'][number]['status'];

/** The day out of days codes in words, for the cast table's titles. */
export const DOOD_STATUS_LABELS: Readonly<Record<DoodCode, string>> = {
  SW: 'Start work',
  W: 'Work',
  WF: 'Work finish',
  SWF: 'Start, work and finish (one day only)',
  H: 'Hold',
  D: 'Drop',
  PW: 'Pick up and work',
  PWF: 'Pick up, work and finish',
  TR: 'Travel',
  R: 'Rehearsal',
  FT: 'Fitting',
  holiday: 'Company holiday',
  '': 'Not on',
};

/** The time of a wall-clock date-time the API sends (`2027-01-15T06:58` → `06:58`). */
export const clockOf = (localDateTime: string): string => localDateTime.slice(11, 16);

/** Daylight as people say it: 610 → "10 h 10 min". */
export const formatDaylight = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

/** A scene's heading as the sheet lists it: "EXT. HARBOUR QUAY — NIGHT". */
export const sceneHeading = (scene: CallSheetDto['scenes'][number]): string => {
  const place = scene.intExt === null ? scene.set : `${scene.intExt}. ${scene.set}`;
  return scene.time === null ? place : `${place} — ${scene.time.toUpperCase()}`;
};
