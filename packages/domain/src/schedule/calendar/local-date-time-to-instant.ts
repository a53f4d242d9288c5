import type { Instant } from '../../shared/calendar-date.js';
import { DomainError } from '../../shared/domain-error.js';

/** A wall-clock time in the production's zone: `2026-03-02T06:30` (no seconds, no offset). */
export type LocalDateTime = string;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

// One formatter per zone, as in calendar-date.ts: building one costs far more than using it.
const formats = new Map<string, Intl.DateTimeFormat>();
const formatFor = (timeZone: string): Intl.DateTimeFormat => {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new DomainError('validation', `Unknown time zone "${timeZone}"`);
    }
    formats.set(timeZone, format);
  }
  return format;
};

/** The wall clock in `timeZone` at `ms`, read back as if it were UTC (so the difference is the offset). */
const wallClockMs = (ms: number, timeZone: string): number => {
  const parts = formatFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
};

const offsetAt = (ms: number, timeZone: string): number => wallClockMs(ms, timeZone) - ms;

/**
 * The instant a wall-clock time in an IANA zone names (a call time in the production's zone, for a
 * calendar feed in UTC). Daylight saving is resolved as JavaScript's Temporal does by default
 * ('compatible'): a time that happens twice (the clocks go back) is the earlier one; a time that never
 * happens (the clocks go forward) moves forward by the gap, so 02:30 on that night reads as 03:30.
 * Throws a validation DomainError for a malformed time or an unknown zone.
 */
export const localDateTimeToInstant = (local: LocalDateTime, timeZone: string): Instant => {
  const match = LOCAL.exec(local);
  const [, y, mo, d, h, mi] = match ?? [];
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const probe = new Date(asUtc);
  if (
    !match ||
    probe.getUTCDate() !== Number(d) ||
    probe.getUTCMonth() !== Number(mo) - 1 ||
    probe.getUTCHours() !== Number(h) ||
    probe.getUTCMinutes() !== Number(mi)
  )
    throw new DomainError(
      'validation',
      `Expected a local time as YYYY-MM-DDTHH:MM, got "${local}"`,
    );
  // A zone changes offset at most once in any two days, so the offsets a day either side are the two
  // candidates; whichever maps back onto the wall-clock time is the answer.
  const before = asUtc - offsetAt(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY_MS, timeZone);
  const fits = [before, after].filter((ms) => wallClockMs(ms, timeZone) === asUtc);
  const ms = fits.length > 0 ? Math.min(...fits) : before;
  return new Date(ms).toISOString() as Instant;
};

/** The wall-clock time in an IANA zone at an instant, to the minute (seconds dropped): the inverse above. */
export const instantToLocalDateTime = (at: Instant, timeZone: string): LocalDateTime =>
  new Date(wallClockMs(Date.parse(at), timeZone)).toISOString().slice(0, 16);
