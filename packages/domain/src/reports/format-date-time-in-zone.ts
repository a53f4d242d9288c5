import type { Instant } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A formatter for one IANA zone, for formatting many instants: building an Intl.DateTimeFormat
 * costs far more than using one, and a report formats thousands of rows.
 * Throws a validation DomainError for an unknown zone.
 */
export const createDateTimeFormatter = (timeZone: string): ((at: Instant) => string) => {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      // h23, not hour12: false, which some engines render as "24:05" just after midnight.
      hourCycle: 'h23',
    });
  } catch {
    throw new DomainError('validation', `Unknown time zone "${timeZone}"`);
  }
  return (at) => {
    const parts = format.formatToParts(new Date(at));
    const part = (type: Intl.DateTimeFormatPartTypes): string =>
      parts.find((p) => p.type === type)?.value ?? '';
    const month = MONTHS[Number(part('month')) - 1] ?? part('month');
    return `${Number(part('day'))} ${month} ${part('year')}, ${part('hour').padStart(2, '0')}:${part('minute')}`;
  };
};

/**
 * An instant as the wall-clock date and time in an IANA zone: "24 Nov 2026, 09:31" (the web app's
 * style). Intl only converts the zone; the text is assembled here from numeric parts, because
 * ICU versions disagree on the rest (en-GB says "Sept" in newer ICU, separators have changed), and
 * a report must read the same on every server. Throws a validation DomainError for an unknown zone.
 */
export const formatDateTimeInZone = (at: Instant, timeZone: string): string =>
  createDateTimeFormatter(timeZone)(at);
