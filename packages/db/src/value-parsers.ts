/**
 * Text parsers for the column types whose default JavaScript value differs between PGlite and node-postgres
 * (stack notes §2.1). Both drivers are given these, so a row read on either backend is the same value:
 * int8 → number, date → 'YYYY-MM-DD', timestamp → its text, timestamptz → ISO 8601 UTC string.
 */

/** PostgreSQL type OIDs (pg_type.oid), fixed since forever. */
export const PG_TYPE_OIDS = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** Money and counters are integers; JavaScript numbers hold them exactly up to 2^53 (±90 trillion dollars in cents). */
export const parseInt8 = (text: string): number => {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    // A silent float would corrupt money; this can only come from data written outside Greenlight.
    throw new RangeError(`int8 value ${text} is outside the range JavaScript numbers hold exactly`);
  }
  return value;
};

/** A date has no time zone; turning it into a Date would shift it by the host's offset. */
export const parseDate = (text: string): string => text;

/** Wall-clock time without a zone (`2026-03-29 02:30:00`): kept as text for the same reason. */
export const parseTimestamp = (text: string): string => text;

// DateStyle ISO output: `2026-11-24 09:31:51.123456+00`, offset as +HH, +HH:MM or +HH:MM:SS.
const TIMESTAMPTZ =
  /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?$/;

/** Instants travel as ISO strings in UTC with milliseconds (the domain's `Instant`); microseconds are dropped. */
export const parseTimestamptz = (text: string): string => {
  const match = TIMESTAMPTZ.exec(text);
  if (!match)
    throw new RangeError(
      `Unsupported timestamptz value "${text}" (expected DateStyle ISO, no BC or infinity)`,
    );
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction,
    sign,
    offsetHours,
    offsetMinutes,
    offsetSeconds,
  ] = match;
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const offset =
    (Number(offsetHours) * 3600 + Number(offsetMinutes ?? 0) * 60 + Number(offsetSeconds ?? 0)) *
    1000;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), millis);
  return new Date(date.getTime() - (sign === '+' ? offset : -offset)).toISOString();
};

/** OID → parser, for both drivers. */
export const VALUE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [PG_TYPE_OIDS.int8]: parseInt8,
  [PG_TYPE_OIDS.date]: parseDate,
  [PG_TYPE_OIDS.timestamp]: parseTimestamp,
  [PG_TYPE_OIDS.timestamptz]: parseTimestamptz,
};
