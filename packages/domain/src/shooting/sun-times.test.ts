import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../shared/calendar-date.js';
import { sunTimes } from './sun-times.js';

// Expected times are NOAA's Solar Calculator (gml.noaa.gov/grad/solcalc) for the same places and dates,
// to the minute; the algorithm is good to about a minute, so a minute either way is allowed.
const minutes = (local: string): number =>
  Number(local.slice(11, 13)) * 60 + Number(local.slice(14));
const near = (actual: string, expected: string): void => {
  expect(actual.slice(0, 10)).toBe(expected.slice(0, 10));
  expect(Math.abs(minutes(actual) - minutes(expected))).toBeLessThanOrEqual(1);
};

describe('sunTimes', () => {
  it.each([
    ['London, winter solstice', 51.5074, -0.1278, '2026-12-21', 'Europe/London', '08:04', '15:53'],
    [
      'Los Angeles, summer solstice (daylight time)',
      34.0522,
      -118.2437,
      '2026-06-21',
      'America/Los_Angeles',
      '05:42',
      '20:08',
    ],
    [
      'New York, March equinox',
      40.7128,
      -74.006,
      '2026-03-20',
      'America/New_York',
      '06:59',
      '19:08',
    ],
    [
      'Auckland in January (a day ahead of UTC)',
      -36.8485,
      174.7633,
      '2026-01-15',
      'Pacific/Auckland',
      '06:18',
      '20:42',
    ],
  ])('%s matches NOAA to the minute', (_, latitude, longitude, date, zone, rise, set) => {
    const times = sunTimes({ latitude, longitude }, calendarDate(date), zone);
    if (times.kind !== 'rises-and-sets') throw new Error(times.kind);
    near(times.sunrise, `${date}T${rise}`);
    near(times.sunset, `${date}T${set}`);
  });

  it('says when the sun never sets or never rises above the Arctic Circle (Tromsø)', () => {
    const tromso = { latitude: 69.6492, longitude: 18.9553 };
    expect(sunTimes(tromso, calendarDate('2026-12-21'), 'Europe/Oslo')).toEqual({
      kind: 'polar-night',
    });
    expect(sunTimes(tromso, calendarDate('2026-06-21'), 'Europe/Oslo')).toEqual({
      kind: 'midnight-sun',
    });
  });

  it('refuses coordinates off the globe', () => {
    expect(() =>
      sunTimes({ latitude: 91, longitude: 0 }, calendarDate('2026-01-01'), 'UTC'),
    ).toThrow(/Latitude must be between/);
    expect(() =>
      sunTimes({ latitude: 0, longitude: Number.NaN }, calendarDate('2026-01-01'), 'UTC'),
    ).toThrow(/longitude between/);
  });

  it('has the sun rise before it sets on the date asked for, between the polar circles (property)', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => calendarDate(d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        day,
        (latitude, longitude, date) => {
          // Solar time at the place: the zone a local crew would keep.
          const offsetHours = Math.round(longitude / 15);
          const zone =
            offsetHours === 0
              ? 'UTC'
              : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
          const times = sunTimes({ latitude, longitude }, date, zone);
          if (times.kind !== 'rises-and-sets') return false;
          expect(times.sunrise.slice(0, 10)).toBe(date);
          expect(times.sunset.slice(0, 10)).toBe(date);
          expect(minutes(times.sunrise)).toBeLessThan(minutes(times.sunset));
          expect(times.daylightMinutes).toBe(minutes(times.sunset) - minutes(times.sunrise));
          return true;
        },
      ),
    );
  });
});
