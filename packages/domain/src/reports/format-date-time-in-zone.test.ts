import { describe, expect, it } from 'vitest';
import { instant } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import { createDateTimeFormatter, formatDateTimeInZone } from './format-date-time-in-zone.js';

describe('formatDateTimeInZone', () => {
  it('shows wall-clock time in the zone, 24-hour, with an English month', () => {
    const at = instant('2026-09-05T00:05:00Z');
    expect(formatDateTimeInZone(at, 'UTC')).toBe('5 Sep 2026, 00:05');
    expect(formatDateTimeInZone(at, 'America/Los_Angeles')).toBe('4 Sep 2026, 17:05');
    expect(formatDateTimeInZone(at, 'Asia/Kolkata')).toBe('5 Sep 2026, 05:35');
  });

  it('crosses daylight-saving changes', () => {
    expect(formatDateTimeInZone(instant('2026-03-29T00:59:00Z'), 'Europe/Warsaw')).toBe(
      '29 Mar 2026, 01:59',
    );
    expect(formatDateTimeInZone(instant('2026-03-29T01:00:00Z'), 'Europe/Warsaw')).toBe(
      '29 Mar 2026, 03:00',
    );
  });

  it('never prints hour 24 at midnight', () => {
    expect(formatDateTimeInZone(instant('2026-01-01T00:00:00Z'), 'UTC')).toBe('1 Jan 2026, 00:00');
  });

  it('builds one reusable formatter per zone', () => {
    const inTokyo = createDateTimeFormatter('Asia/Tokyo');
    expect(inTokyo(instant('2026-12-31T15:00:00Z'))).toBe('1 Jan 2027, 00:00');
    expect(inTokyo(instant('2026-06-30T14:59:00Z'))).toBe('30 Jun 2026, 23:59');
  });

  it('refuses an unknown zone with a validation error', () => {
    expect(() => createDateTimeFormatter('Nowhere/Atlantis')).toThrow(DomainError);
    expect(() => formatDateTimeInZone(instant('2026-01-01T00:00:00Z'), '')).toThrow(
      'Unknown time zone ""',
    );
  });
});
