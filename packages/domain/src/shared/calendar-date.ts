import type { Brand } from './brand.js';
import { DomainError } from './domain-error.js';

/** A calendar date `YYYY-MM-DD` in the production's time zone. No time, no zone arithmetic. */
export type CalendarDate = Brand<string, 'CalendarDate'>;

/** An instant as an ISO 8601 UTC string (`2026-11-24T09:31:51.000Z`). */
export type Instant = Brand<string, 'Instant'>;

/** The clock is a port: the server passes the real one, tests pass a fixed one. */
export interface Clock {
  now(): Instant;
}

export const calendarDate = (value: string): CalendarDate => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new DomainError('validation', `Expected a date as YYYY-MM-DD, got "${value}"`);
  const [, y, m, d] = match;
  const probe = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    probe.getUTCFullYear() !== Number(y) ||
    probe.getUTCMonth() !== Number(m) - 1 ||
    probe.getUTCDate() !== Number(d)
  ) {
    throw new DomainError('validation', `"${value}" is not a date on the calendar`);
  }
  return value as CalendarDate;
};

export const instant = (value: string): Instant => {
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new DomainError('validation', `Expected an ISO 8601 instant, got "${value}"`);
  return new Date(time).toISOString() as Instant;
};

/** The calendar date an instant falls on in an IANA time zone (the production's). */
export const dateInTimeZone = (at: Instant, timeZone: string): CalendarDate => {
  const parts = calendarFormat(timeZone).formatToParts(new Date(at));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}` as CalendarDate;
};

export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** Dates in ISO form order lexically. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a < b ? -1 : a > b ? 1 : 0;

// One formatter per zone (see money.ts for why this memo is safe in the pure domain).
const calendarFormats = new Map<string, Intl.DateTimeFormat>();
const calendarFormat = (timeZone: string): Intl.DateTimeFormat => {
  let format = calendarFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    calendarFormats.set(timeZone, format);
  }
  return format;
};
