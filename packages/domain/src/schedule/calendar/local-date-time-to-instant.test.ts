import { describe, expect, it } from 'vitest';
import { localDateTimeToInstant } from './local-date-time-to-instant.js';

describe('localDateTimeToInstant', () => {
  it('converts a wall-clock time in a zone', () => {
    expect(localDateTimeToInstant('2026-03-02T06:30', 'Europe/Warsaw')).toBe(
      '2026-03-02T05:30:00.000Z',
    );
    expect(localDateTimeToInstant('2026-07-02T06:30', 'Europe/Warsaw')).toBe(
      '2026-07-02T04:30:00.000Z',
    );
    expect(localDateTimeToInstant('2026-07-02T06:30', 'America/Los_Angeles')).toBe(
      '2026-07-02T13:30:00.000Z',
    );
    expect(localDateTimeToInstant('2026-01-01T00:00', 'UTC')).toBe('2026-01-01T00:00:00.000Z');
    expect(localDateTimeToInstant('2026-03-02T06:30', 'Asia/Kolkata')).toBe(
      '2026-03-02T01:00:00.000Z',
    );
  });

  it('moves a time the clocks skip forward, and takes the earlier of a repeated time', () => {
    // Europe/Warsaw: 29 Mar 2026 02:00 → 03:00; 25 Oct 2026 03:00 → 02:00.
    expect(localDateTimeToInstant('2026-03-29T02:30', 'Europe/Warsaw')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(localDateTimeToInstant('2026-10-25T02:30', 'Europe/Warsaw')).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('refuses a malformed time or an unknown zone', () => {
    expect(() => localDateTimeToInstant('2026-03-02 06:30', 'UTC')).toThrow(/YYYY-MM-DDTHH:MM/);
    expect(() => localDateTimeToInstant('2026-02-30T06:30', 'UTC')).toThrow(/YYYY-MM-DDTHH:MM/);
    expect(() => localDateTimeToInstant('2026-03-02T24:00', 'UTC')).toThrow(/YYYY-MM-DDTHH:MM/);
    expect(() => localDateTimeToInstant('2026-03-02T06:30', 'Mars/Olympus')).toThrow(
      /Unknown time zone/,
    );
  });
});
