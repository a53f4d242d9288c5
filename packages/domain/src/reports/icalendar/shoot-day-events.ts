import type { CalendarDate } from '../../shared/calendar-date.js';
import { DomainError } from '../../shared/domain-error.js';
import { addDays } from '../../schedule/calendar/date-arithmetic.js';
import type { ICalendarEvent } from './build-icalendar.js';

export type ShootDayFeedDay = {
  readonly dayNumber: number;
  readonly date: CalendarDate;
  /** In shooting order. */
  readonly sceneNumbers: readonly string[];
  /** Where the unit shoots (the first location, or the basecamp address). */
  readonly location?: string;
  readonly notes?: string;
  /** `06:30`, wall-clock time in the production's zone; without one the event is all-day. */
  readonly callTime?: string;
  /** `18:30`; earlier than the call means the next morning. Without one the event lasts 12 hours. */
  readonly wrapTime?: string;
};

export type ShootDayFeedInput = {
  /** Makes UIDs unique across productions: the production's id. */
  readonly productionId: string;
  /** The "24" of "Day 3 of 24": all shoot days of the schedule. */
  readonly totalDays: number;
  readonly days: readonly ShootDayFeedDay[];
};

const UID_DOMAIN = 'greenlight';

const scenesText = (numbers: readonly string[]): string =>
  numbers.length === 0 ? '' : `${numbers.length === 1 ? 'scene' : 'scenes'} ${numbers.join(', ')}`;

/** "Day 3 of 24" with whatever else is given, joined by em dashes. */
const summaryOf = (dayNumber: number, totalDays: number, ...parts: string[]): string =>
  [`Day ${dayNumber} of ${totalDays}`, ...parts.filter((part) => part !== '')].join(' — ');

/** A day of a person's feed: the same as the unit's, with the person's own call once call sheets give one. */
export type PersonFeedDay = ShootDayFeedDay;

export type PersonFeedInput = {
  readonly productionId: string;
  /** Whose feed it is: a person id or a cast element id, to make UIDs unique per person. */
  readonly personId: string;
  /** Put before each summary so a person's own calendar says which production it is. */
  readonly productionTitle: string;
  readonly totalDays: number;
  /** The days this person works, with the scenes they are in. */
  readonly days: readonly PersonFeedDay[];
};

// A call with no wrap time blocks a standard twelve-hour shooting day in the person's calendar.
const DEFAULT_DAY_HOURS = 12;
const TIME = /^(\d{2}):(\d{2})$/;

const minutesOf = (time: string): number => {
  const [, h, m] = TIME.exec(time) ?? [];
  const minutes = Number(h) * 60 + Number(m);
  if (h === undefined || Number(h) > 23 || Number(m) > 59)
    throw new DomainError('validation', `Expected a time as HH:MM, got "${time}"`);
  return minutes;
};

const localAt = (date: CalendarDate, minutes: number): string => {
  const day = addDays(date, Math.floor(minutes / 1440));
  const inDay = minutes % 1440;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}`;
};

/** When a day's event happens: from call to wrap when there is a call, all day otherwise. */
const eventTime = (day: ShootDayFeedDay): ICalendarEvent['when'] => {
  if (day.callTime === undefined) return { date: day.date };
  const call = minutesOf(day.callTime);
  const wrap =
    day.wrapTime === undefined
      ? call + DEFAULT_DAY_HOURS * 60
      : minutesOf(day.wrapTime) + (minutesOf(day.wrapTime) <= call ? 1440 : 0);
  return { start: localAt(day.date, call), end: localAt(day.date, wrap) };
};

const callText = (day: ShootDayFeedDay): string =>
  day.callTime === undefined ? '' : `call ${day.callTime}`;

/**
 * The production's feed: one event per shoot day, "Day 3 of 24 — scenes 4, 5, 12", all-day, or "Day 3 of
 * 24 — call 07:00 — scenes 4, 5, 12" from call to wrap when the day has a call. The UID names the shoot
 * day, not its date, so moving day 3 to another date moves the event in a subscribed calendar instead of
 * leaving the old one behind.
 */
export const shootDayEvents = (input: ShootDayFeedInput): ICalendarEvent[] =>
  input.days.map((day) => ({
    uid: `shoot-day-${day.dayNumber}.${input.productionId}@${UID_DOMAIN}`,
    when: eventTime(day),
    summary: summaryOf(day.dayNumber, input.totalDays, callText(day), scenesText(day.sceneNumbers)),
    ...(day.notes === undefined ? {} : { description: day.notes }),
    ...(day.location === undefined ? {} : { location: day.location }),
  }));

/**
 * A person's feed (a cast member's work days): "Harbour Lights: Day 3 of 24 — call 06:30 — scenes 4,
 * 12", timed from call to wrap when a call time is given, all-day otherwise. Times are wall-clock in the
 * production's zone; `buildICalendar` writes them in UTC.
 */
export const personShootDayEvents = (input: PersonFeedInput): ICalendarEvent[] =>
  input.days.map((day) => ({
    uid: `shoot-day-${day.dayNumber}.${input.personId}.${input.productionId}@${UID_DOMAIN}`,
    when: eventTime(day),
    summary: `${input.productionTitle}: ${summaryOf(day.dayNumber, input.totalDays, callText(day), scenesText(day.sceneNumbers))}`,
    ...(day.notes === undefined ? {} : { description: day.notes }),
    ...(day.location === undefined ? {} : { location: day.location }),
  }));
