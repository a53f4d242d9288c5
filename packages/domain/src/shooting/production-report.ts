import type { CalendarDate } from '../shared/calendar-date.js';
import type { IntExt } from '../screenplay/scene.js';
import type { DoodCode } from '../schedule/dood/day-out-of-days.js';

// The daily production report: what the unit actually did on a shoot day, against what the call sheet
// planned. What the board and the call sheet know (the day, its scenes, who works) is derived; what happened
// (what was shot, the cast's and crew's times, delays, incidents) is entered as `ProductionReportEntry`.
// Times are wall-clock `HH:MM` in the production's zone; a time after midnight is written on past 24
// (01:30 the next morning is 25:30), as wraps often are, so the times of one day stay in order.

/** A wall-clock time of the shoot day, `HH:MM` from 00:00 to 29:59 (past midnight as 24:00 and on). */
export type ReportTime = string;

/** How far a scene of the day got: all of it, some of it, or none. */
export type SceneShotStatus = 'completed' | 'part-shot' | 'not-shot';

/** What was shot of one scene today, planned or added. */
export type SceneShot = {
  readonly sceneId: string;
  readonly status: SceneShotStatus;
  /** Of the scene's pages, in eighths, shot today. */
  readonly eighthsShot: number;
  /** Screen time shot today, in seconds (the script supervisor's timing). */
  readonly secondsShot: number;
  readonly setups: number;
  readonly retakes: number;
};

/** One cast member's day, as the second AD logged it; any time may be blank. */
export type CastTimes = {
  readonly castNumber: number;
  readonly pickup: ReportTime | null;
  readonly arrived: ReportTime | null;
  readonly makeup: ReportTime | null;
  readonly onSet: ReportTime | null;
  readonly firstMealOut: ReportTime | null;
  readonly firstMealIn: ReportTime | null;
  readonly secondMealOut: ReportTime | null;
  readonly secondMealIn: ReportTime | null;
  /** Dismissed from set. */
  readonly wrap: ReportTime | null;
  /** Back at the hotel or base. */
  readonly returned: ReportTime | null;
};

/** The whole company's times for the day. */
export type UnitTimes = {
  readonly crewCall: ReportTime | null;
  readonly firstShot: ReportTime | null;
  readonly firstMealOut: ReportTime | null;
  readonly firstMealIn: ReportTime | null;
  readonly secondMealOut: ReportTime | null;
  readonly secondMealIn: ReportTime | null;
  readonly cameraWrap: ReportTime | null;
  /** The last person out. */
  readonly companyWrap: ReportTime | null;
};

export type CrewCount = { readonly department: string; readonly count: number };
export type ReportDelay = { readonly minutes: number; readonly reason: string };
export type ReportIncident = { readonly time: ReportTime | null; readonly description: string };

/** What is entered for the day. */
export type ProductionReportEntry = {
  readonly times: UnitTimes;
  /** The day's scenes and any added ones; a planned scene not listed was not shot. */
  readonly scenes: readonly SceneShot[];
  readonly cast: readonly CastTimes[];
  readonly crew: readonly CrewCount[];
  readonly background: number;
  readonly cameraRolls: string;
  readonly soundRolls: string;
  readonly delays: readonly ReportDelay[];
  readonly incidents: readonly ReportIncident[];
  readonly notes: string;
};

/** A scene on the report: the board's scene and what was shot of it. */
export type ReportScene = SceneShot & {
  readonly number: string;
  readonly set: string;
  readonly intExt: IntExt | null;
  readonly time: string | null;
  /** The scene's length in the script. */
  readonly eighths: number;
  /** On the day's call sheet (false: added on the day). */
  readonly planned: boolean;
};

/** Scenes, pages (eighths) and screen time for one line of the script totals. */
export type ScriptTotalsLine = {
  readonly scenes: number;
  readonly eighths: number;
  readonly seconds: number;
};

export type ScriptTotals = {
  /** The whole script; its screen time estimated at a minute a page. */
  readonly script: ScriptTotalsLine;
  readonly previously: ScriptTotalsLine;
  readonly today: ScriptTotalsLine;
  readonly toDate: ScriptTotalsLine;
  readonly remaining: ScriptTotalsLine;
  readonly setupsPreviously: number;
  readonly setupsToDate: number;
};

/** Where the unit stands against the board after today. */
export type ScheduleStanding = {
  readonly scenesPlannedToDate: number;
  readonly scenesShotToDate: number;
  readonly eighthsPlannedToDate: number;
  readonly eighthsShotToDate: number;
  /** Shot minus planned: positive ahead, negative behind. */
  readonly eighthsAhead: number;
  /** The same in shoot days at the board's average day, to one decimal. */
  readonly daysAhead: number;
  readonly verdict: 'ahead' | 'on schedule' | 'behind';
};

export type ReportCast = CastTimes & {
  readonly character: string;
  readonly performer: string | null;
  /** The day out of days code for the day: SW, W, WF, SWF, PW, PWF, or H for a hold. */
  readonly status: DoodCode;
};

/** The day's report as printed. */
export type ProductionReport = {
  readonly productionTitle: string;
  readonly dayNumber: number;
  readonly totalDays: number;
  readonly date: CalendarDate;
  /** The call sheet's calls: what was planned. */
  readonly plannedCrewCall: string;
  readonly plannedShootingCall: string | null;
  readonly times: UnitTimes;
  readonly scenes: readonly ReportScene[];
  readonly today: {
    readonly scenesPlanned: number;
    readonly eighthsPlanned: number;
    readonly completed: number;
    readonly partShot: number;
    readonly notShot: number;
    readonly added: number;
    readonly eighthsShot: number;
    readonly secondsShot: number;
    readonly setups: number;
    readonly retakes: number;
  };
  readonly totals: ScriptTotals;
  readonly schedule: ScheduleStanding;
  readonly cast: readonly ReportCast[];
  readonly crew: readonly CrewCount[];
  readonly crewTotal: number;
  readonly background: number;
  readonly cameraRolls: string;
  readonly soundRolls: string;
  readonly delays: readonly ReportDelay[];
  readonly delayMinutes: number;
  readonly incidents: readonly ReportIncident[];
  readonly notes: string;
};
