import type { CalendarDate } from '../shared/calendar-date.js';
import type { IntExt } from '../screenplay/scene.js';
import type { DoodCode } from '../schedule/dood/day-out-of-days.js';
import type { GeoPoint, SunTimes } from './sun-times.js';

// A call sheet: tomorrow for everyone, on one page. What the schedule and breakdown already know (the day,
// its scenes, who works, the days after) is derived; what only the second AD knows (calls, weather, the
// hospital, parking, notes) is entered as `CallSheetDetails`. Times are wall-clock `HH:MM` in the
// production's zone.

/** A wall-clock time, `HH:MM` (24-hour). */
export type ClockTime = string;

export type CallSheetLocation = {
  readonly name: string;
  readonly address: string;
  readonly parking: string;
  /** For sunrise and sunset and the map link; null when nobody has placed it. */
  readonly point: GeoPoint | null;
  /** The board's sets shot there. */
  readonly sets: readonly string[];
};

export type CastCall = {
  readonly castNumber: number;
  readonly pickup: ClockTime | null;
  readonly hairMakeup: ClockTime | null;
  readonly wardrobe: ClockTime | null;
  /** Null: the shooting call (or the crew call when there is none). */
  readonly onSet: ClockTime | null;
  readonly note: string;
};

export type BackgroundCall = {
  readonly description: string;
  readonly count: number;
  readonly call: ClockTime;
};

export type CrewCall = {
  readonly department: string;
  readonly position: string;
  readonly name: string;
  /** Null: the general crew call. */
  readonly call: ClockTime | null;
};

export type Hospital = { readonly name: string; readonly address: string; readonly phone: string };

/** What a person enters for the day. */
export type CallSheetDetails = {
  readonly generalCrewCall: ClockTime;
  readonly shootingCall: ClockTime | null;
  readonly weather: string;
  readonly locations: readonly CallSheetLocation[];
  readonly nearestHospital: Hospital | null;
  readonly castCalls: readonly CastCall[];
  readonly background: readonly BackgroundCall[];
  readonly crewCalls: readonly CrewCall[];
  readonly notes: string;
  readonly safety: string;
};

export type CallSheetScene = {
  readonly sceneId: string;
  readonly number: string;
  readonly set: string;
  readonly intExt: IntExt | null;
  /** DAY, NIGHT… as the scene heading says. */
  readonly time: string | null;
  readonly eighths: number;
  readonly castNumbers: readonly number[];
  readonly description: string;
};

export type CallSheetCast = {
  readonly castNumber: number;
  readonly character: string;
  readonly performer: string | null;
  /** The day out of days code for the day: SW, W, WF, SWF, PW, PWF. */
  readonly status: DoodCode;
  readonly pickup: ClockTime | null;
  readonly hairMakeup: ClockTime | null;
  readonly wardrobe: ClockTime | null;
  readonly onSet: ClockTime;
  readonly note: string;
};

export type AdvanceDay = {
  readonly dayNumber: number;
  readonly date: CalendarDate;
  readonly scenes: readonly CallSheetScene[];
  readonly eighths: number;
};

export type CallSheet = {
  readonly productionTitle: string;
  readonly dayNumber: number;
  readonly totalDays: number;
  readonly date: CalendarDate;
  readonly generalCrewCall: ClockTime;
  readonly shootingCall: ClockTime | null;
  readonly weather: string;
  /** At the first placed location; null when none is placed. */
  readonly sun: SunTimes | null;
  readonly locations: readonly (CallSheetLocation & { readonly mapLink: string | null })[];
  readonly nearestHospital: Hospital | null;
  readonly scenes: readonly CallSheetScene[];
  readonly eighths: number;
  readonly cast: readonly CallSheetCast[];
  readonly background: readonly BackgroundCall[];
  readonly crewCalls: readonly CrewCall[];
  readonly notes: string;
  readonly safety: string;
  readonly advance: readonly AdvanceDay[];
};
