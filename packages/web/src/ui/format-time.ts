/** An instant as a date and time in the production's time zone: "24 Nov 2026, 09:31 PST". */
export const formatInstant = (at: string, timeZone: string): string => {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  try {
    const when = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(date);
    // en-US names the common zones ("PST", "EDT"); other locales fall back to offsets.
    const zone = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value;
    return zone ? `${when} ${zone}` : when;
  } catch {
    return date.toISOString();
  }
};

/** A calendar day for lists: "24 Nov 2026". */
export const formatDay = (at: string, timeZone?: string): string => {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  try {
    return new Intl.DateTimeFormat('en-GB', {
      ...(timeZone === undefined ? {} : { timeZone }),
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(date);
  } catch {
    return date.toDateString();
  }
};

/** How long ago, coarsely: "just now", "12 min ago", "3 h ago", "4 days ago". */
export const formatAge = (at: string, now: number): string => {
  const then = Date.parse(at);
  if (Number.isNaN(then)) return '';
  const minutes = Math.floor((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const calendarDay = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/** A calendar date `YYYY-MM-DD` (already a day in the production's zone) for people: "24 Nov 2026". */
export const formatCalendarDate = (date: string): string =>
  CALENDAR_DATE.test(date) ? formatDay(`${date}T00:00:00.000Z`, 'UTC') : date;

/** First to last calendar day, what they share said once: "24 Nov – 1 Dec 2026", "4 – 11 Nov 2026". */
export const formatCalendarRange = (first: string, last: string): string => {
  if (first === last) return formatCalendarDate(first);
  const plain = `${formatCalendarDate(first)} – ${formatCalendarDate(last)}`;
  if (!CALENDAR_DATE.test(first) || !CALENDAR_DATE.test(last)) return plain;
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    })
      .formatRange(calendarDay(first), calendarDay(last))
      .replace(/\s+/g, ' '); // ICU puts thin spaces around the dash
  } catch {
    return plain;
  }
};

/** A calendar date with its weekday, as a call sheet or production report heads it: "Friday 15 January 2027". */
export const formatLongDate = (date: string): string => {
  const day = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(day);
};
