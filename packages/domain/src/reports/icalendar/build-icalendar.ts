import type { CalendarDate, Instant } from '../../shared/calendar-date.js';
import { DomainError } from '../../shared/domain-error.js';
import { addDays } from '../../schedule/calendar/date-arithmetic.js';
import {
  localDateTimeToInstant,
  type LocalDateTime,
} from '../../schedule/calendar/local-date-time-to-instant.js';
import { escapeICalendarText, foldICalendarLine } from './icalendar-text.js';

export type ICalendarEventTime =
  /** An all-day event on a date. */
  | { readonly date: CalendarDate }
  /** A timed event, wall-clock times in the calendar's zone; `end` after `start`. */
  | { readonly start: LocalDateTime; readonly end: LocalDateTime };

export type ICalendarEvent = {
  /** Stable across feeds of the same calendar, so a client updates the event instead of adding one. */
  readonly uid: string;
  readonly when: ICalendarEventTime;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
};

export type ICalendarInput = {
  readonly calendarName: string;
  /** The production's IANA zone; timed events are wall-clock times there. */
  readonly timeZone: string;
  /** PRODID: `-//Greenlight//Greenlight 0.1//EN`. */
  readonly productId: string;
  /** DTSTAMP of every event: when the feed was made (the domain has no clock). */
  readonly stamp: Instant;
  readonly events: readonly ICalendarEvent[];
};

const basicDate = (date: CalendarDate): string => date.replace(/-/g, '');

/** `2026-03-02T05:30:00.000Z` → `20260302T053000Z`. */
const basicUtc = (at: Instant): string =>
  `${at.slice(0, 4)}${at.slice(5, 7)}${at.slice(8, 10)}T${at.slice(11, 13)}${at.slice(14, 16)}${at.slice(17, 19)}Z`;

/**
 * A calendar feed as RFC 5545 text: CRLF line endings, lines folded at 75 octets, TEXT values escaped,
 * every event stamped with `stamp`.
 *
 * All-day events are `DTSTART;VALUE=DATE` with the exclusive `DTEND` of the next day. Timed events are
 * written in UTC, converted from the production's zone here, rather than as `TZID=` local times: RFC 5545
 * requires a VTIMEZONE for every TZID used, and its daylight-saving rules cannot be derived from what
 * the runtime's Intl exposes; UTC shows the right time in every client, in the viewer's own zone. The
 * zone is still named in `X-WR-TIMEZONE` for clients that display it.
 *
 * Throws a validation DomainError for two events with one UID, a timed event that does not end after
 * it starts, or a malformed time or zone.
 */
export const buildICalendar = (input: ICalendarInput): string => {
  const uids = new Set<string>();
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeICalendarText(input.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalendarText(input.calendarName)}`,
    `X-WR-TIMEZONE:${escapeICalendarText(input.timeZone)}`,
  ];
  for (const event of input.events) {
    if (uids.has(event.uid))
      throw new DomainError('validation', `Two calendar events have the UID "${event.uid}"`);
    uids.add(event.uid);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeICalendarText(event.uid)}`,
      `DTSTAMP:${basicUtc(input.stamp)}`,
      ...eventTimes(event, input.timeZone),
      `SUMMARY:${escapeICalendarText(event.summary)}`,
    );
    if (event.description !== undefined && event.description !== '')
      lines.push(`DESCRIPTION:${escapeICalendarText(event.description)}`);
    if (event.location !== undefined && event.location !== '')
      lines.push(`LOCATION:${escapeICalendarText(event.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.flatMap(foldICalendarLine).join('\r\n')}\r\n`;
};

const eventTimes = (event: ICalendarEvent, timeZone: string): string[] => {
  const { when } = event;
  if ('date' in when)
    return [
      `DTSTART;VALUE=DATE:${basicDate(when.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(when.date, 1))}`,
    ];
  const start = localDateTimeToInstant(when.start, timeZone);
  const end = localDateTimeToInstant(when.end, timeZone);
  if (end <= start)
    throw new DomainError('validation', `Calendar event "${event.uid}" must end after it starts`);
  return [`DTSTART:${basicUtc(start)}`, `DTEND:${basicUtc(end)}`];
};
